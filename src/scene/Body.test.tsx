import ReactThreeTestRenderer from '@react-three/test-renderer'
import { BoxGeometry, Group, Mesh } from 'three'
import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../tests/fixtures/fixtureDataset'
import { fixtureAtlas, fixtureManifest } from '../../tests/fixtures/model'
import { buildReferralIndex } from '../domain/referralRegions'
import { createAppStore } from '../state/store'
import { StoreProvider } from '../state/StoreProvider'
import { Body } from './Body'
import { buildBodyModel } from './bodyModel'
import { SceneDataContext } from './SceneData'

function setup(mode: 'explore' | 'lookup' = 'explore') {
  const root = new Group()
  for (const [name, x] of [
    ['masseter.L', 0.05],
    ['temporalis.L', 0.07],
  ] as const) {
    const m = new Mesh(new BoxGeometry(0.02, 0.02, 0.02))
    m.name = name
    m.position.set(x, 1.6, 0.03)
    root.add(m)
  }
  const model = buildBodyModel(root, () => 'superficial')
  const dataset = fixtureDataset()
  const referral = buildReferralIndex(dataset, fixtureManifest.landmarks, fixtureAtlas)
  const store = createAppStore({
    dataset,
    regionIds: new Set(fixtureAtlas.regions.map((r) => r.id)),
    initial: { mode },
  })
  const ui = (
    <StoreProvider store={store} knowledge={{ dataset, referral, atlas: fixtureAtlas }}>
      <SceneDataContext.Provider
        value={{ model, referral, landmarks: fixtureManifest.landmarks, atlas: fixtureAtlas }}
      >
        <Body />
      </SceneDataContext.Provider>
    </StoreProvider>
  )
  return { ui, store, model }
}

const click = (vertex: number, point = { x: 0, y: 0, z: 0 }) => ({
  face: { a: vertex },
  delta: 0,
  point,
  stopPropagation: () => {},
})

describe('<Body />', () => {
  it('sends a click on a muscle to the store as a selection of that part', async () => {
    const { ui, store, model } = setup()
    const r = await ReactThreeTestRenderer.create(ui)
    const muscles = r.scene.findByProps({ name: 'muscles' })
    const temporalis = model.partByName.get('temporalis.L')!
    await r.fireEvent(muscles, 'click', click(temporalis.start))
    expect(store.getState()).toMatchObject({ muscle: 'temporalis', side: 'L' })
    await r.fireEvent(muscles, 'pointerMove', click(0))
    expect(store.getState().hover).toEqual({ muscle: 'masseter', side: 'L' })
  })

  it('ignores a drag, and in lookup mode marks the region under the click instead', async () => {
    const { ui, store } = setup('lookup')
    const r = await ReactThreeTestRenderer.create(ui)
    const muscles = r.scene.findByProps({ name: 'muscles' })
    await r.fireEvent(muscles, 'click', { ...click(0, { x: 0.07, y: 1.66, z: 0.04 }), delta: 20 })
    expect(store.getState().marks).toEqual([])
    await r.fireEvent(muscles, 'click', click(0, { x: 0.07, y: 1.66, z: 0.04 }))
    expect(store.getState()).toMatchObject({
      muscle: null,
      marks: [{ region: 'temple.L', intensity: 2 }],
    })
  })

  it('paints marks while dragging in paint mode, and only then', async () => {
    const { ui, store } = setup('lookup')
    const r = await ReactThreeTestRenderer.create(ui)
    const muscles = r.scene.findByProps({ name: 'muscles' })
    const at = { x: 0.05, y: 1.55, z: 0.03 }
    await r.fireEvent(muscles, 'pointerMove', { ...click(0, at), buttons: 1 })
    expect(store.getState().marks).toEqual([])
    store.getState().actions.setPainting(true)
    store.getState().actions.setMarkIntensity(3)
    await r.fireEvent(muscles, 'pointerMove', { ...click(0, at), buttons: 0 })
    expect(store.getState().marks).toEqual([])
    await r.fireEvent(muscles, 'pointerMove', { ...click(0, at), buttons: 1 })
    expect(store.getState().marks).toEqual([{ region: 'jaw.L', intensity: 3 }])
  })
})
