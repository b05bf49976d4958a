import { bodyRegions, type BodyRegion } from '../domain/schema'
import { selectSide } from '../state/selectors'
import { useActions, useApp, useDataset } from '../state/StoreProvider'

export const regionLabel: Record<BodyRegion, string> = {
  'head-jaw': 'Head and jaw',
  neck: 'Neck',
  'shoulder-girdle': 'Shoulder girdle',
  arm: 'Arm',
  forearm: 'Forearm',
  hand: 'Hand',
  thorax: 'Chest and thorax',
  abdomen: 'Abdomen',
  back: 'Back',
  'pelvis-hip': 'Pelvis and hip',
  thigh: 'Thigh',
  leg: 'Leg',
  foot: 'Foot',
}

/** Every muscle by body region: the way in without the 3D view, and a study index. */
export function MuscleBrowser() {
  const dataset = useDataset()
  const actions = useActions()
  const side = useApp(selectSide)
  return (
    <nav className="panel browser" aria-label="Muscles by region">
      <h2>Muscles by region</h2>
      <p className="muted">
        {dataset.muscles.length} muscles, {dataset.triggerPoints.length} trigger points. Click a
        muscle on the body or pick one here.
      </p>
      {bodyRegions.map((region) => {
        const muscles = dataset.muscles.filter((m) => m.region === region)
        if (muscles.length === 0) return null
        return (
          <details key={region}>
            <summary>
              {regionLabel[region]} <span className="count">{muscles.length}</span>
            </summary>
            <ul className="muscle-list compact">
              {muscles.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    className="list-button"
                    onClick={() => actions.selectMuscle(m.id, side)}
                  >
                    {m.name}
                    <span className="count">{m.triggerPoints.length} TrP</span>
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )
      })}
    </nav>
  )
}
