import { selectHover } from '../state/selectors'
import { useApp, useDataset } from '../state/StoreProvider'

/** The name of the muscle under the pointer, large enough to read on a projector. */
export function HoverLabel() {
  const hover = useApp(selectHover)
  const dataset = useDataset()
  const muscle = hover ? dataset.muscleById.get(hover.muscle) : undefined
  if (!hover || !muscle) return null
  return (
    <p className="hover-label" role="status">
      {muscle.name} <span>({hover.side === 'L' ? 'left' : 'right'})</span>
    </p>
  )
}
