import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../tests/fixtures/fixtureDataset'
import { decodeViewState, encodeViewState } from './urlCodec'
import { defaultViewState, type ViewState } from './viewState'

const known = { dataset: fixtureDataset(), regionIds: new Set(['temple.L', 'jaw.L', 'vertex']) }

describe('URL codec', () => {
  it('encodes the default state as an empty query', () => {
    expect(encodeViewState(defaultViewState)).toBe('')
  })

  it('round-trips a full state with readable keys', () => {
    const state: ViewState = {
      ...defaultViewState,
      mode: 'lookup',
      muscle: 'upper-trapezius' as never,
      side: 'L',
      triggerPoint: 'upper-trapezius-trp1' as never,
      condition: 'tmj-dysfunction' as never,
      technique: 'ischemic-compression' as never,
      page: 'about',
      view: 'back',
      layers: { skin: true, superficial: false, intermediate: true, deep: true },
      referral: false,
      regions: true,
      marks: [
        { region: 'temple.L', intensity: 2 },
        { region: 'vertex', intensity: 1 },
      ],
    }
    const text = encodeViewState(state)
    expect(text).toBe(
      '?mode=lookup&muscle=upper-trapezius&side=L&tp=upper-trapezius-trp1&condition=tmj-dysfunction&technique=ischemic-compression&page=about&view=back&show=skin&hide=superficial&referral=0&regions=1&marks=temple.L%3A2%2Cvertex',
    )
    expect(decodeViewState(text, known)).toEqual({ state, notices: [] })
  })

  it('drops unknown ids and garbage with a notice each, keeping the rest', () => {
    const { state, notices } = decodeViewState(
      '?muscle=biceps&view=top&side=L&hide=skin,bones&marks=temple.L:9,jaw.L&tp=%00&referral=maybe&page=x',
      known,
    )
    expect(state).toEqual({
      ...defaultViewState,
      side: 'L',
      marks: [{ region: 'jaw.L', intensity: 1 }],
    })
    expect(notices).toHaveLength(7)
    expect(notices[0]).toMatch(/biceps/)
  })

  it('lets a trigger point imply its muscle', () => {
    const { state } = decodeViewState('?tp=temporalis-trp1', known)
    expect(state.muscle).toBe('temporalis')
  })

  it('never throws on arbitrary text', () => {
    for (const s of ['%', '?&&==', '?muscle', '?marks=::,:', '?' + 'x'.repeat(5000)])
      expect(() => decodeViewState(s, known)).not.toThrow()
  })
})
