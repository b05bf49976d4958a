import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { buildReferralIndex } from '../domain/referralRegions'
import { decodeViewState } from '../domain/urlCodec'
import { createAppStore } from '../state/store'
import { StoreProvider } from '../state/StoreProvider'
import { startUrlSync } from '../state/urlSync'
import { DataErrorScreen } from '../ui/DataErrorScreen'
import { webglAvailable } from '../ui/NoWebGL'
import { App, type SceneState } from './App'
import { loadData } from './loadData'
import bodyUrl from '../../assets/models/body.glb?url'
import '../ui/styles.css'

const root = createRoot(document.getElementById('root')!)
const loaded = loadData()

if (!loaded.ok) {
  root.render(<DataErrorScreen problems={loaded.problems} />)
} else {
  const { dataset } = loaded.result
  const { manifest, atlas } = loaded
  const regionIds = new Set(atlas.regions.map((r) => r.id))
  const known = { dataset, regionIds }
  const { state, notices } = decodeViewState(window.location.search, known)
  const store = createAppStore({ dataset, regionIds, initial: state, notices })
  startUrlSync(store, known)
  const referral = buildReferralIndex(dataset, manifest.landmarks, atlas)
  const scene: Promise<SceneState> = webglAvailable()
    ? import('../scene/loadBody')
        .then(({ loadBody }) => loadBody(bodyUrl, manifest))
        .then((model): SceneState => ({ status: 'ready', data: { model, referral, landmarks: manifest.landmarks, atlas } }))
        .catch((e: unknown): SceneState => ({ status: 'unavailable', reason: `The body model could not be loaded (${String(e)}).` }))
    : Promise.resolve({ status: 'unavailable', reason: 'This browser or device does not provide WebGL, which the 3D view needs.' })
  root.render(
    <StrictMode>
      <StoreProvider store={store} knowledge={{ dataset, referral, atlas }}>
        <App scene={scene} />
      </StoreProvider>
    </StrictMode>,
  )
}
