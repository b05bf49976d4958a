import { views, type LayerToggle } from '../domain/viewState'
import { selectLayers, selectReferral, selectRegions, selectView } from '../state/selectors'
import { useActions, useApp } from '../state/StoreProvider'

const viewLabel = { front: 'Front', back: 'Back', left: 'Left', right: 'Right' } as const
const viewKey = { front: 'F', back: 'B', left: 'L', right: 'R' } as const
const layerLabel: Record<LayerToggle, string> = {
  skin: 'Skin',
  superficial: 'Superficial',
  intermediate: 'Intermediate',
  deep: 'Deep',
}
const layerKey: Record<LayerToggle, string> = {
  skin: 'S',
  superficial: '1',
  intermediate: '2',
  deep: '3',
}

/** View presets, layer toggles and overlays; every control has a keyboard shortcut shown in its title. */
export function Toolbar() {
  const view = useApp(selectView)
  const layers = useApp(selectLayers)
  const referral = useApp(selectReferral)
  const regions = useApp(selectRegions)
  const actions = useActions()
  return (
    <div className="toolbar" role="toolbar" aria-label="View">
      <div className="group" role="group" aria-label="View presets">
        {views.map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            title={`${viewLabel[v]} view (${viewKey[v]})`}
            onClick={() => actions.setView(v)}
          >
            {viewLabel[v]}
          </button>
        ))}
        <button type="button" title="Reset view (0)" onClick={() => actions.resetView()}>
          Reset
        </button>
      </div>
      <div className="group" role="group" aria-label="Layers">
        {(Object.keys(layerLabel) as LayerToggle[]).map((l) => (
          <button
            key={l}
            type="button"
            aria-pressed={layers[l]}
            title={`${layerLabel[l]} (${layerKey[l]})`}
            onClick={() => actions.toggleLayer(l)}
          >
            {layerLabel[l]}
          </button>
        ))}
      </div>
      <div className="group" role="group" aria-label="Overlays">
        <button
          type="button"
          aria-pressed={referral}
          title="Referral pattern overlay (O)"
          onClick={() => actions.setReferral(!referral)}
        >
          Referral
        </button>
        <button
          type="button"
          aria-pressed={regions}
          title="Region atlas overlay (G)"
          onClick={() => actions.setRegions(!regions)}
        >
          Regions
        </button>
      </div>
    </div>
  )
}
