import { selectMode, selectPage } from '../state/selectors'
import { useActions, useApp } from '../state/StoreProvider'
import { SearchBox } from './SearchBox'

/** Title, the two modes, search and the index pages. */
export function Header() {
  const mode = useApp(selectMode)
  const page = useApp(selectPage)
  const actions = useActions()
  return (
    <header className="app-header">
      <h1>
        <span aria-hidden>✕</span> Trigger Point Atlas
      </h1>
      <nav className="modes" aria-label="Mode">
        <button
          type="button"
          aria-pressed={mode === 'explore'}
          onClick={() => actions.setMode('explore')}
        >
          Explore
        </button>
        <button
          type="button"
          aria-pressed={mode === 'lookup'}
          onClick={() => actions.setMode('lookup')}
        >
          Where does it hurt?
        </button>
      </nav>
      <SearchBox />
      <nav className="pages" aria-label="Pages">
        <button
          type="button"
          aria-pressed={page === 'conditions'}
          onClick={() => actions.openPage(page === 'conditions' ? null : 'conditions')}
        >
          Conditions
        </button>
        <button
          type="button"
          aria-pressed={page === 'techniques'}
          onClick={() => actions.openPage(page === 'techniques' ? null : 'techniques')}
        >
          Techniques
        </button>
        <button
          type="button"
          aria-pressed={page === 'about'}
          onClick={() => actions.openPage(page === 'about' ? null : 'about')}
        >
          About
        </button>
      </nav>
    </header>
  )
}
