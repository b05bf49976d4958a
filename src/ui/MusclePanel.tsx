import { selectSide, selectTriggerPoint } from '../state/selectors'
import { useActions, useApp, useDataset } from '../state/StoreProvider'
import type { MuscleId } from '../domain/schema'
import { PanelHeader } from './PanelHeader'
import { SourceList } from './SourceList'
import { TriggerPointCard } from './TriggerPointCard'

const sideName = { L: 'left', R: 'right' } as const
const layerName = {
  superficial: 'Superficial',
  intermediate: 'Intermediate',
  deep: 'Deep',
} as const

/** Everything about the selected muscle: what it is and does, its trigger points and patterns, conditions, sources. */
export function MusclePanel({ muscleId }: { muscleId: MuscleId }) {
  const dataset = useDataset()
  const side = useApp(selectSide)
  const selectedTp = useApp(selectTriggerPoint)
  const actions = useActions()
  const muscle = dataset.muscleById.get(muscleId)
  if (!muscle) return null
  const conditions = dataset.conditionsOfMuscle.get(muscle.id) ?? []
  return (
    <article className="panel muscle-panel" aria-labelledby="muscle-title">
      <PanelHeader
        eyebrow={`${layerName[muscle.layer]} muscle · ${sideName[side]} side`}
        title={muscle.name}
        titleId="muscle-title"
        action={{
          label: `show ${sideName[side === 'L' ? 'R' : 'L']}`,
          onClick: () => actions.selectMuscle(muscle.id, side === 'L' ? 'R' : 'L'),
        }}
        aliases={muscle.aliases}
        summary={muscle.summary}
      />
      <dl className="anatomy">
        <dt>Origin</dt>
        <dd>{muscle.origin}</dd>
        <dt>Insertion</dt>
        <dd>{muscle.insertion}</dd>
        <dt>Action</dt>
        <dd>{muscle.action}</dd>
        <dt>Nerve</dt>
        <dd>{muscle.innervation}</dd>
      </dl>
      <section>
        <h3>Trigger points and referral patterns</h3>
        {muscle.triggerPoints.length === 0 ? (
          <p className="muted">No trigger point of this muscle is in the atlas yet.</p>
        ) : (
          <ul className="tp-list">
            {muscle.triggerPoints.map((tp) => (
              <TriggerPointCard key={tp.id} tp={tp} side={side} selected={tp.id === selectedTp} />
            ))}
          </ul>
        )}
      </section>
      {conditions.length > 0 && (
        <section>
          <h3>Associated conditions</h3>
          <ul className="chips">
            {conditions.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="chip"
                  onClick={() => actions.selectCondition(c.id)}
                >
                  {c.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>Sources</h3>
        <SourceList refs={muscle.sources} />
      </section>
    </article>
  )
}
