import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { buildReferralIndex } from '../domain/referralRegions'
import { decodeViewState } from '../domain/urlCodec'
import { createAppStore } from '../state/store'
import { StoreProvider } from '../state/StoreProvider'
import { startUrlSync } from '../state/urlSync'
import { DataErrorScreen } from '../ui/DataErrorScreen'
import { probeWebGL } from '../ui/NoWebGL'
import { App, type SceneState } from './App'
import { loadData } from './loadData'
import bodyUrl from '../../assets/models/body.glb?url'
import '../ui/styles.css'

// Start downloading the body and the 3D code at once, in parallel with validating the data.
const bodyBytes = fetch(bodyUrl).then((r) => {
  if (!r.ok) throw new Error(`HTTP ${r.status}`)
  return r.arrayBuffer()
})
bodyBytes.catch(() => {}) // handled where it is awaited; avoids an unhandled rejection meanwhile
const sceneCode = import('../scene/loadBody')
void import('../scene/Scene')

const root = createRoot(document.getElementById('root')!)
const loaded = loadData()
performance.mark('tpa:data-validated')

if (!loaded.ok) {
  root.render(<DataErrorScreen problems={loaded.problems} />)
} else {
  const { dataset } = loaded.result
  const { manifest, atlas } = loaded
  const regionIds = new Set(atlas.regions.map((r) => r.id))
  const known = { dataset, regionIds }
  const { state, notices } = decodeViewState(window.location.search, known)
  const modelMuscles = new Set(manifest.parts.map((p) => p.muscle))
  const store = createAppStore({ dataset, regionIds, modelMuscles, initial: state, notices })
  startUrlSync(store, known)
  const referral = buildReferralIndex(dataset, manifest.landmarks, atlas)
  const webgl = probeWebGL()
  const scene: Promise<SceneState> = webgl.available
    ? sceneCode
        .then(async ({ loadBody }) => loadBody(await bodyBytes, manifest))
        .then((model) => (performance.mark('tpa:body-loaded'), model))
        .then((model): SceneState => ({
          status: 'ready',
          data: { model, referral, landmarks: manifest.landmarks, atlas },
          software: webgl.software,
        }))
        .catch((e: unknown): SceneState => ({
          status: 'unavailable',
          reason: `The body model could not be loaded (${String(e)}).`,
        }))
    : Promise.resolve({
        status: 'unavailable',
        reason: 'This browser or device does not provide WebGL, which the 3D view needs.',
      })
  root.render(
    <StrictMode>
      <StoreProvider store={store} knowledge={{ dataset, referral, atlas }}>
        <App
          scene={scene}
          initial={
            webgl.available
              ? { status: 'loading', software: webgl.software }
              : { status: 'unavailable', reason: 'This browser or device does not provide WebGL.' }
          }
        />
      </StoreProvider>
    </StrictMode>,
  )
}
