import { modelMuscleName } from '../domain/manifest'
import { selectHover } from '../state/selectors'
import { useApp, useDataset } from '../state/StoreProvider'

/**
 * The name of the muscle under the pointer, large enough to read on a projector. A muscle the
 * model shows but the dataset does not describe is named too, and says it has no trigger points here.
 */
export function HoverLabel() {
  const hover = useApp(selectHover)
  const dataset = useDataset()
  if (!hover) return null
  const muscle = dataset.muscleById.get(hover.muscle)
  const side = hover.side === 'L' ? 'left' : 'right'
  return (
    <p className="hover-label" role="status">
      {muscle?.name ?? modelMuscleName(hover.muscle)} <span>({side})</span>
      {!muscle && <span className="hover-label-note"> · no trigger points in this atlas</span>}
    </p>
  )
}
