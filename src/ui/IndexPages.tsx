import type { Page } from '../domain/viewState'
import { useActions, useDataset } from '../state/StoreProvider'
import { PanelHeader } from './PanelHeader'

interface Entry {
  readonly id: string
  readonly name: string
  readonly summary: string
}

/** An index page: every entry with its plain summary; choosing one opens it. */
function IndexPage({
  page,
  title,
  entries,
  open,
}: {
  page: Page
  title: string
  entries: readonly Entry[]
  open: (id: string) => void
}) {
  const actions = useActions()
  return (
    <nav className="panel index-page" aria-label={title}>
      <PanelHeader
        eyebrow="Index"
        title={`${title} (${entries.length})`}
        titleId={`${page}-title`}
        action={{ label: 'close', onClick: () => actions.openPage(null) }}
      />
      <ul className="muscle-list">
        {entries.map((e) => (
          <li key={e.id}>
            <button type="button" className="list-button" onClick={() => open(e.id)}>
              <strong>{e.name}</strong>
              <span>{e.summary}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The conditions index; choosing one highlights its muscles. */
export function ConditionsIndex() {
  const dataset = useDataset()
  const actions = useActions()
  return (
    <IndexPage
      page="conditions"
      title="Conditions"
      entries={dataset.conditions}
      open={(id) => actions.selectCondition(id as never)}
    />
  )
}

/** The technique library. */
export function TechniquesIndex() {
  const dataset = useDataset()
  const actions = useActions()
  return (
    <IndexPage
      page="techniques"
      title="Techniques"
      entries={dataset.techniques}
      open={(id) => actions.openTechnique(id as never)}
    />
  )
}
