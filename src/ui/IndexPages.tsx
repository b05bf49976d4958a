import { useActions, useDataset } from '../state/StoreProvider'

/** The conditions index: every condition with its plain summary; choosing one highlights its muscles. */
export function ConditionsIndex() {
  const dataset = useDataset()
  const actions = useActions()
  return (
    <nav className="panel index-page" aria-label="Conditions">
      <p className="eyebrow">
        Index
        <button type="button" className="link" onClick={() => actions.openPage(null)}>
          close
        </button>
      </p>
      <h2>Conditions ({dataset.conditions.length})</h2>
      <ul className="muscle-list">
        {dataset.conditions.map((c) => (
          <li key={c.id}>
            <button type="button" className="list-button" onClick={() => actions.selectCondition(c.id)}>
              <strong>{c.name}</strong>
              <span>{c.summary}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The technique library. */
export function TechniquesIndex() {
  const dataset = useDataset()
  const actions = useActions()
  return (
    <nav className="panel index-page" aria-label="Techniques">
      <p className="eyebrow">
        Index
        <button type="button" className="link" onClick={() => actions.openPage(null)}>
          close
        </button>
      </p>
      <h2>Techniques ({dataset.techniques.length})</h2>
      <ul className="muscle-list">
        {dataset.techniques.map((t) => (
          <li key={t.id}>
            <button type="button" className="list-button" onClick={() => actions.openTechnique(t.id)}>
              <strong>{t.name}</strong>
              <span>{t.summary}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
