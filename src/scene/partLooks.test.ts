import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../tests/fixtures/fixtureDataset'
import { createAppStore } from '../state/store'
import type { PartInfo } from './bodyModel'
import { Highlight } from './materials/partStateTexture'
import { partLooks } from './partLooks'

const dataset = fixtureDataset()
const part = (index: number, name: string, layer: PartInfo['layer']): PartInfo => {
  const [muscle, side] = name.split('.') as [string, 'L' | 'R']
  return {
    index,
    name,
    muscle,
    side,
    layer,
    start: 0,
    count: 0,
    centroid: [0, 0, 0],
    min: [0, 0, 0],
    max: [0, 0, 0],
  }
}
const parts = [
  part(0, 'masseter.L', 'superficial'),
  part(1, 'masseter.R', 'superficial'),
  part(2, 'temporalis.L', 'deep'),
  part(3, 'upper-trapezius.R', 'superficial'),
]

describe('part looks', () => {
  it('highlights the selected side, dims the rest, hides by layer', () => {
    const store = createAppStore({ dataset, regionIds: new Set() })
    store.getState().actions.selectMuscle('masseter' as never, 'L')
    store.getState().actions.toggleLayer('deep')
    const looks = partLooks(parts, store.getState(), dataset)
    expect(looks.map((l) => [l.highlight, l.dimmed, l.visible])).toEqual([
      [Highlight.Selected, false, true],
      [Highlight.None, true, true],
      [Highlight.None, true, false],
      [Highlight.None, true, true],
    ])
  })

  it("highlights a condition's muscles on both sides, and hover over everything else", () => {
    const store = createAppStore({ dataset, regionIds: new Set() })
    store.getState().actions.selectCondition('tmj-dysfunction' as never)
    store.getState().actions.hover({ muscle: 'upper-trapezius' as never, side: 'R' })
    const looks = partLooks(parts, store.getState(), dataset)
    expect(looks.map((l) => l.highlight)).toEqual([
      Highlight.Condition,
      Highlight.Condition,
      Highlight.Condition,
      Highlight.Hover,
    ])
  })
})
