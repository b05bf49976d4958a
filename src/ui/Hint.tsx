import { selectMode } from '../state/selectors'
import { useApp } from '../state/StoreProvider'

/** The one-line hint over the 3D view. */
export function Hint() {
  const mode = useApp(selectMode)
  return (
    <p className="hint">
      {mode === 'lookup'
        ? 'Click where it hurts · drag to turn · scroll to zoom'
        : 'Click a muscle · drag to turn · scroll to zoom · press ? for help'}
    </p>
  )
}
