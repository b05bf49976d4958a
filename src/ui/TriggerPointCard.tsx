import type { Side } from '../domain/manifest'
import type { TriggerPoint } from '../domain/schema'
import { useActions, useDataset } from '../state/StoreProvider'
import { SourceList } from './SourceList'

interface Props {
  tp: TriggerPoint
  side: Side
  selected: boolean
}

/** One trigger point: where to find it, where it sends pain, what helps. Expanded when selected. */
export function TriggerPointCard({ tp, side, selected }: Props) {
  const actions = useActions()
  const dataset = useDataset()
  return (
    <li className={`tp-card${selected ? ' selected' : ''}`}>
      <button
        type="button"
        className="tp-head"
        aria-pressed={selected}
        aria-label={`${tp.label}: ${tp.referral.summary}`}
        onClick={() => actions.selectTriggerPoint(selected ? null : tp.id, side)}
        onMouseEnter={() => actions.hoverTriggerPoint(tp.id, side)}
        onMouseLeave={() => actions.hoverTriggerPoint(null)}
        onFocus={() => actions.hoverTriggerPoint(tp.id, side)}
        onBlur={() => actions.hoverTriggerPoint(null)}
      >
        <span className="tp-x" aria-hidden>
          ✕
        </span>
        <span className="tp-label">{tp.label}</span>
        <span className="tp-summary">{tp.referral.summary}</span>
      </button>
      {selected && (
        <div className="tp-body">
          <Field title="Where to find it">{tp.location.palpation}</Field>
          <List title="Symptoms" items={tp.symptoms} />
          {tp.entrapment && (
            <Field title="Nerve entrapment">
              <strong>{tp.entrapment.nerve}:</strong> {tp.entrapment.effect}
            </Field>
          )}
          <List title="What sets it off" items={tp.activatingFactors} />
          <List title="What keeps it going" items={tp.perpetuatingFactors} />
          <List title="Key and satellite trigger points" items={tp.satellites} />
          {tp.techniques.length > 0 && (
            <Field title="Suggested techniques">
              <ul className="chips">
                {tp.techniques.map((id) => (
                  <li key={id}>
                    <button
                      type="button"
                      className="chip"
                      onClick={() => actions.openTechnique(id)}
                    >
                      {dataset.techniqueById.get(id)?.name ?? id}
                    </button>
                  </li>
                ))}
              </ul>
            </Field>
          )}
          <List title="Self-care" items={tp.selfCare} />
          <List title="Cautions" items={tp.cautions} className="cautions" />
          <Field title="Sources">
            <SourceList refs={tp.sources} />
          </Field>
        </div>
      )}
    </li>
  )
}

function Field({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="field">
      <h4>{title}</h4>
      <div>{children}</div>
    </section>
  )
}

function List({
  title,
  items,
  className,
}: {
  title: string
  items: readonly string[]
  className?: string
}) {
  if (items.length === 0) return null
  return (
    <Field title={title}>
      <ul className={className}>
        {items.map((t, i) => (
          <li key={i}>{t}</li>
        ))}
      </ul>
    </Field>
  )
}
