import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../tests/fixtures/fixtureDataset'
import { createAppStore } from './store'

const dataset = fixtureDataset()
const fresh = () => createAppStore({ dataset, regionIds: new Set(['temple.L', 'jaw.L']) })
const id = <T>(v: string) => v as T

describe('app store', () => {
  it('selects a muscle and rejects unknown ids', () => {
    const store = fresh()
    const { actions } = store.getState()
    actions.selectMuscle(id('temporalis'), 'L')
    expect(store.getState()).toMatchObject({ muscle: 'temporalis', side: 'L', triggerPoint: null })
    actions.selectMuscle(id('biceps'))
    expect(store.getState().muscle).toBe('temporalis')
  })

  it('selecting a trigger point selects its muscle; another muscle drops it', () => {
    const store = fresh()
    const { actions } = store.getState()
    actions.selectTriggerPoint(id('upper-trapezius-trp1'))
    expect(store.getState()).toMatchObject({
      muscle: 'upper-trapezius',
      triggerPoint: 'upper-trapezius-trp1',
    })
    actions.selectMuscle(id('upper-trapezius'))
    expect(store.getState().triggerPoint).toBe('upper-trapezius-trp1')
    actions.selectMuscle(id('masseter'))
    expect(store.getState().triggerPoint).toBeNull()
  })

  it('escape closes a page, then the muscle, then the condition', () => {
    const store = fresh()
    const { actions } = store.getState()
    actions.selectCondition(id('tmj-dysfunction'))
    actions.selectTriggerPoint(id('temporalis-trp1'))
    actions.openPage('about')
    actions.escape()
    expect(store.getState()).toMatchObject({
      page: null,
      muscle: 'temporalis',
      condition: 'tmj-dysfunction',
    })
    actions.escape()
    expect(store.getState()).toMatchObject({
      muscle: null,
      triggerPoint: null,
      condition: 'tmj-dysfunction',
    })
    actions.escape()
    expect(store.getState().condition).toBeNull()
  })

  it('choosing a condition shows it instead of the selected muscle, and leaves the lookup', () => {
    const store = fresh()
    const { actions } = store.getState()
    actions.setMode('lookup')
    actions.selectMuscle(id('masseter'))
    actions.selectCondition(id('tmj-dysfunction'))
    expect(store.getState()).toMatchObject({
      mode: 'explore',
      muscle: null,
      condition: 'tmj-dysfunction',
    })
  })

  it('toggles layers and overlays; reset restores them and asks the camera to re-frame', () => {
    const store = fresh()
    const { actions } = store.getState()
    actions.toggleLayer('skin')
    actions.toggleLayer('superficial')
    actions.setReferral(false)
    actions.setView('back')
    expect(store.getState().layers).toEqual({
      skin: true,
      superficial: false,
      intermediate: true,
      deep: true,
    })
    const before = store.getState().cameraRequest
    actions.resetView()
    expect(store.getState()).toMatchObject({
      view: 'front',
      referral: true,
      layers: { skin: false, superficial: true },
    })
    expect(store.getState().cameraRequest).toBeGreaterThan(before)
  })

  it('keeps one mark per region, undoes and clears, ignores unknown regions', () => {
    const store = fresh()
    const { actions } = store.getState()
    actions.markRegion('temple.L')
    actions.markRegion('jaw.L', 2)
    actions.markRegion('temple.L', 3)
    actions.markRegion('moon')
    expect(store.getState().marks).toEqual([
      { region: 'jaw.L', intensity: 2 },
      { region: 'temple.L', intensity: 3 },
    ])
    actions.undoMark()
    expect(store.getState().marks).toEqual([{ region: 'jaw.L', intensity: 2 }])
    actions.clearMarks()
    expect(store.getState().marks).toEqual([])
  })

  it('marks with the chosen intensity and ignores repeats of the same mark', () => {
    const store = fresh()
    const { actions } = store.getState()
    let changes = 0
    store.subscribe(() => changes++)
    actions.setMarkIntensity(3)
    actions.markRegion('jaw.L')
    actions.markRegion('jaw.L')
    expect(store.getState().marks).toEqual([{ region: 'jaw.L', intensity: 3 }])
    expect(changes).toBe(2)
  })

  it('stops painting when leaving the lookup', () => {
    const store = fresh()
    const { actions } = store.getState()
    actions.setMode('lookup')
    actions.setPainting(true)
    actions.setMode('explore')
    expect(store.getState().painting).toBe(false)
  })

  it('lookup mode turns the region overlay on', () => {
    const store = fresh()
    store.getState().actions.setMode('lookup')
    expect(store.getState()).toMatchObject({ mode: 'lookup', regions: true })
  })

  it('ignores hover of unknown muscles and repeated hovers', () => {
    const store = fresh()
    let changes = 0
    store.subscribe(() => changes++)
    const { actions } = store.getState()
    actions.hover({ muscle: id('masseter'), side: 'L' })
    actions.hover({ muscle: id('masseter'), side: 'L' })
    actions.hover({ muscle: id('nope'), side: 'L' })
    expect(changes).toBe(2)
    expect(store.getState().hover).toBeNull()
  })
})
