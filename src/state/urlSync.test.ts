// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../tests/fixtures/fixtureDataset'
import { createAppStore } from './store'
import { startUrlSync } from './urlSync'

const dataset = fixtureDataset()
const known = { dataset, regionIds: new Set(['temple.L']) }
let stop = () => {}
afterEach(() => {
  stop()
  window.history.replaceState(null, '', '/')
})

describe('URL sync', () => {
  it('pushes selections and replaces toggles, so Back walks through selections', () => {
    const store = createAppStore({ dataset, regionIds: known.regionIds })
    stop = startUrlSync(store, known)
    const { actions } = store.getState()
    const before = window.history.length
    actions.selectMuscle('temporalis' as never)
    expect(window.location.search).toBe('?muscle=temporalis')
    actions.toggleLayer('skin')
    expect(window.location.search).toBe('?muscle=temporalis&show=skin')
    actions.selectMuscle('masseter' as never)
    expect(window.history.length).toBe(before + 2)
  })

  it('applies the URL on popstate, with notices for what it could not read', () => {
    const store = createAppStore({ dataset, regionIds: known.regionIds })
    stop = startUrlSync(store, known)
    window.history.pushState(null, '', '/?muscle=masseter&view=back&tp=ghost')
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(store.getState()).toMatchObject({ muscle: 'masseter', view: 'back' })
    expect(store.getState().notices).toEqual([
      'No trigger point "ghost" in the atlas; it was left out.',
    ])
  })
})
