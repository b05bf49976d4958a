import { useMemo, useState } from 'react'
import { rankCandidates } from '../domain/ranking'
import type { Mark } from '../domain/viewState'
import { selectMarkIntensity, selectMarks, selectPainting } from '../state/selectors'
import { useActions, useApp, useKnowledge } from '../state/StoreProvider'
import { PainChart } from './PainChart'
import { RedFlags } from './RedFlags'

const intensityName = { 1: 'mild', 2: 'moderate', 3: 'severe' } as const

/** "Where does it hurt?": mark places on the body or the chart, get ranked trigger points that may refer there. */
export function LookupPanel() {
  const { dataset } = useKnowledge()
  const marks = useApp(selectMarks)
  const actions = useActions()
  const intensity = useApp(selectMarkIntensity)
  const painting = useApp(selectPainting)
  return (
    <section className="panel lookup-panel" aria-labelledby="lookup-title">
      <h2 id="lookup-title">Where does it hurt?</h2>
      <p className="muted">
        Click the body or the chart where the pain is felt. Several places are fine. Nothing leaves
        your browser.
      </p>
      <MarkedAreas />
      <h3>Trigger points that may refer there</h3>
      <Candidates />
      <h3>Mark the painful places</h3>
      <div className="intensity" role="radiogroup" aria-label="Intensity of the next mark">
        {([1, 2, 3] as const).map((i) => (
          <label key={i}>
            <input
              type="radio"
              name="intensity"
              checked={intensity === i}
              onChange={() => actions.setMarkIntensity(i)}
            />{' '}
            {intensityName[i]}
          </label>
        ))}
      </div>
      <label className="paint-toggle">
        <input
          type="checkbox"
          checked={painting}
          onChange={(e) => actions.setPainting(e.target.checked)}
        />{' '}
        Paint on the body by dragging (turning the body is paused)
      </label>
      <PainChart
        onToggle={(region) =>
          marks.some((m) => m.region === region)
            ? actions.unmarkRegion(region)
            : actions.markRegion(region, intensity)
        }
      />
      <AddArea intensity={intensity} />
      <label className="from-condition">
        Or start from a condition{' '}
        <select
          value=""
          onChange={(e) => e.target.value && actions.selectCondition(e.target.value as never)}
        >
          <option value="">choose…</option>
          {dataset.conditions.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <RedFlags />
    </section>
  )
}

function MarkedAreas() {
  const { referral } = useKnowledge()
  const marks = useApp(selectMarks)
  const actions = useActions()
  if (marks.length === 0) return null
  return (
    <div className="marks">
      <ul className="chips" aria-label="Marked areas">
        {marks.map((m) => (
          <li key={m.region}>
            <button
              type="button"
              className="chip marked"
              onClick={() => actions.unmarkRegion(m.region)}
              aria-label={`Remove ${referral.regionName(m.region)}`}
            >
              {referral.regionName(m.region)} · {intensityName[m.intensity]} ✕
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => actions.undoMark()}>
        Undo
      </button>
      <button type="button" onClick={() => actions.clearMarks()}>
        Clear
      </button>
    </div>
  )
}

function Candidates() {
  const { dataset, referral } = useKnowledge()
  const marks = useApp(selectMarks)
  const actions = useActions()
  const candidates = useMemo(
    () => rankCandidates(marks, referral, dataset, 12),
    [marks, referral, dataset],
  )
  if (marks.length === 0) return <p className="muted">Mark at least one place to see candidates.</p>
  if (candidates.length === 0)
    return <p className="muted">No pattern in the atlas reaches the marked places.</p>
  return (
    <ol className="candidates" aria-label="Candidates">
      {candidates.map((c) => (
        <li key={`${c.triggerPoint}.${c.side}`}>
          <button
            type="button"
            className="list-button"
            onMouseEnter={() => actions.hoverTriggerPoint(c.triggerPoint, c.side)}
            onMouseLeave={() => actions.hoverTriggerPoint(null)}
            onFocus={() => actions.hoverTriggerPoint(c.triggerPoint, c.side)}
            onBlur={() => actions.hoverTriggerPoint(null)}
            onClick={() => actions.exploreTriggerPoint(c.triggerPoint, c.side)}
          >
            <strong>
              {c.muscle.name} {dataset.triggerPointById.get(c.triggerPoint)?.label} (
              {c.side === 'L' ? 'left' : 'right'})
            </strong>
            <span>
              {c.reason}
              {c.alsoTriggerPoints.length > 0 &&
                ` · also ${c.alsoTriggerPoints.map((id) => dataset.triggerPointById.get(id)?.label ?? id).join(', ')}`}
            </span>
          </button>
        </li>
      ))}
    </ol>
  )
}

function AddArea({ intensity }: { intensity: Mark['intensity'] }) {
  const { atlas } = useKnowledge()
  const actions = useActions()
  const [adding, setAdding] = useState('')
  const sorted = useMemo(
    () => [...atlas.regions].sort((a, b) => a.name.localeCompare(b.name)),
    [atlas],
  )
  return (
    <form
      className="add-region"
      onSubmit={(e) => {
        e.preventDefault()
        if (adding) actions.markRegion(adding, intensity)
        setAdding('')
      }}
    >
      <label>
        Add an area{' '}
        <select value={adding} onChange={(e) => setAdding(e.target.value)}>
          <option value="">choose…</option>
          {sorted.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!adding}>
        Add
      </button>
    </form>
  )
}
