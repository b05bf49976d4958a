import type { ConditionId } from '../domain/schema'
import { selectSide } from '../state/selectors'
import { useActions, useApp, useDataset } from '../state/StoreProvider'
import { PanelHeader } from './PanelHeader'
import { SourceList } from './SourceList'

/** A condition: plain-words summary, the muscles that may contribute (highlighted in 3D), red flags. */
export function ConditionPanel({ conditionId }: { conditionId: ConditionId }) {
  const dataset = useDataset()
  const actions = useActions()
  const side = useApp(selectSide)
  const condition = dataset.conditionById.get(conditionId)
  if (!condition) return null
  const muscles = dataset.musclesOfCondition.get(condition.id) ?? []
  return (
    <article className="panel condition-panel" aria-labelledby="condition-title">
      <PanelHeader
        eyebrow="Condition"
        title={condition.name}
        titleId="condition-title"
        action={{ label: 'close', onClick: () => actions.selectCondition(null) }}
        aliases={condition.aliases}
        summary={condition.summary}
      />
      <section>
        <h3>Muscles whose trigger points may contribute ({muscles.length})</h3>
        <ul className="muscle-list">
          {muscles.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="list-button"
                onClick={() => actions.selectMuscle(m.id, side)}
              >
                <strong>{m.name}</strong>
                <span>
                  {(
                    m.triggerPoints.find((tp) => tp.conditions.includes(condition.id)) ??
                    m.triggerPoints[0]
                  )?.referral.summary ?? m.summary}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {condition.redFlags.length > 0 && (
        <section className="red-flags" aria-label="Red flags">
          <h3>See a physician first if</h3>
          <ul>
            {condition.redFlags.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>Sources</h3>
        <SourceList refs={condition.sources} />
      </section>
    </article>
  )
}
