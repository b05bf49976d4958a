import type { TechniqueId } from '../domain/schema'
import { useActions, useDataset } from '../state/StoreProvider'
import { SourceList } from './SourceList'

const stageName = {
  'relieve-pain': 'Relieve pain',
  'correct-structure': 'Correct structure',
  'restore-flexibility': 'Restore flexibility',
  strength: 'Build strength',
  endurance: 'Build endurance',
} as const

/** A technique page: what, who does what, the steps, dosage, contraindications and the stage it serves. */
export function TechniquePanel({ techniqueId }: { techniqueId: TechniqueId }) {
  const dataset = useDataset()
  const actions = useActions()
  const t = dataset.techniqueById.get(techniqueId)
  if (!t) return null
  return (
    <article className="panel technique-panel" aria-labelledby="technique-title">
      <header>
        <p className="eyebrow">
          Technique · {t.stage.map((s) => stageName[s]).join(', ')}
          <button type="button" className="link" onClick={() => actions.openTechnique(null)}>
            back
          </button>
        </p>
        <h2 id="technique-title">{t.name}</h2>
        {t.aliases.length > 0 && <p className="aliases">Also: {t.aliases.join(', ')}</p>}
        <p className="summary">{t.summary}</p>
      </header>
      <dl className="anatomy">
        <dt>Position</dt>
        <dd>{t.position}</dd>
        <dt>Tool</dt>
        <dd>{t.tool}</dd>
        <dt>Dosage</dt>
        <dd>{t.dosage}</dd>
      </dl>
      <section>
        <h3>Steps</h3>
        <ol className="steps">
          {t.steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      </section>
      {t.contraindications.length > 0 && (
        <section className="red-flags">
          <h3>Do not use when</h3>
          <ul>
            {t.contraindications.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>Sources</h3>
        <SourceList refs={t.sources} />
      </section>
    </article>
  )
}
