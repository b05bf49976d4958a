import { selectNotices } from '../state/selectors'
import { useActions, useApp } from '../state/StoreProvider'

/** Short, dismissable messages: e.g. a link that named something the atlas does not have. */
export function Notices() {
  const notices = useApp(selectNotices)
  const actions = useActions()
  // Always rendered: a live region must exist before its content changes to be announced.
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n, i) => (
        <p key={i} className="notice">
          {n}
          <button type="button" aria-label="Dismiss" onClick={() => actions.dismissNotice(i)}>
            ✕
          </button>
        </p>
      ))}
    </div>
  )
}
