import type { TechniqueId } from '../domain/schema'
import { useActions, useDataset } from '../state/StoreProvider'
import { PanelHeader } from './PanelHeader'
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
      <PanelHeader
        eyebrow={`Technique · ${t.stage.map((s) => stageName[s]).join(', ')}`}
        title={t.name}
        titleId="technique-title"
        action={{ label: 'back', onClick: () => actions.openTechnique(null) }}
        aliases={t.aliases}
        summary={t.summary}
      />
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
