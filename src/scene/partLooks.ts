import type { Dataset } from '../domain/dataset'
import type { AppState } from '../state/store'
import type { PartInfo } from './bodyModel'
import { Highlight, type PartLook } from './materials/partStateTexture'

const layerIndex = { superficial: 0, intermediate: 1, deep: 2 } as const

/**
 * How every part should look for a state: shown by its layer toggle; the selected part (one side)
 * and the hovered part highlighted; a chosen condition's muscles highlighted on both sides; the
 * rest dimmed while something is selected.
 */
export function partLooks(parts: readonly PartInfo[], s: AppState, dataset: Dataset): PartLook[] {
  const involved = s.condition
    ? new Set((dataset.musclesOfCondition.get(s.condition) ?? []).map((m) => m.id as string))
    : null
  const focus = s.muscle !== null || involved !== null
  return parts.map((p) => {
    let highlight = Highlight.None
    if (s.muscle === p.muscle && s.side === p.side) highlight = Highlight.Selected
    else if (s.hover?.muscle === p.muscle && s.hover.side === p.side) highlight = Highlight.Hover
    else if (involved?.has(p.muscle)) highlight = Highlight.Condition
    return {
      highlight,
      visible: s.layers[p.layer],
      dimmed: focus && highlight === Highlight.None,
      layer: layerIndex[p.layer],
    }
  })
}
