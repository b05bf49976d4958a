import { useActions } from '../state/StoreProvider'

/** Always visible: what this app is not, and where the red flags are. */
export function Footer() {
  const actions = useActions()
  return (
    <footer className="disclaimer">
      Educational atlas, not a diagnosis. Chest pain, spreading numbness or weakness, fever, night
      pain or recent injury need a physician —{' '}
      <button type="button" className="link" onClick={() => actions.openPage('about')}>
        red flags
      </button>
      . Nothing you do here leaves your browser.
    </footer>
  )
}
