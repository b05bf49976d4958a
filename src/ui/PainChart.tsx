import { useMemo } from 'react'
import { regionCentroids } from '../domain/referralRegions'
import type { Mark } from '../domain/viewState'
import { selectMarks } from '../state/selectors'
import { useApp, useKnowledge } from '../state/StoreProvider'

const W = 150
const H = 300

interface ChartRegion {
  id: string
  name: string
  x: number
  y: number
  back: boolean
}

/**
 * A 2D front and back pain chart: the skin samples drawn as a faint body outline and one round,
 * focusable button per atlas region. Toggling one marks or unmarks that region.
 */
export function PainChart({ onToggle }: { onToggle: (region: string) => void }) {
  const { atlas } = useKnowledge()
  const marks = useApp(selectMarks)
  const { regions, front, back } = useMemo(() => layout(atlas), [atlas])
  const level = (id: string): Mark['intensity'] | 0 =>
    marks.find((m) => m.region === id)?.intensity ?? 0
  return (
    <svg
      className="pain-chart"
      viewBox={`0 0 ${W * 2 + 20} ${H + 20}`}
      role="group"
      aria-label="Pain chart, front and back"
    >
      <text x={W / 2} y={12} className="chart-label">
        Front
      </text>
      <text x={W * 1.5 + 20} y={12} className="chart-label">
        Back
      </text>
      <path d={front} className="outline" />
      <path d={back} className="outline" />
      {regions.map((r) => {
        const l = level(r.id)
        return (
          <circle
            key={r.id}
            cx={r.x}
            cy={r.y}
            r={4.5}
            className={`chart-region level-${l}`}
            role="checkbox"
            aria-checked={l > 0}
            aria-label={r.name}
            tabIndex={0}
            onClick={() => onToggle(r.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault()
                onToggle(r.id)
              }
            }}
          >
            <title>{r.name}</title>
          </circle>
        )
      })}
    </svg>
  )
}

/** Projects the atlas to two charts: front (viewer faces the subject) and back, split at each height's mid-depth. */
function layout(atlas: ReturnType<typeof useKnowledge>['atlas']) {
  const { positions, region } = atlas.samples
  const n = region.length
  const slabs = new Map<number, { sum: number; count: number }>()
  const slab = (y: number) => Math.round(y / 40)
  for (let i = 0; i < n; i++) {
    const s = slabs.get(slab(positions[i * 3 + 1]!)) ?? { sum: 0, count: 0 }
    s.sum += positions[i * 3 + 2]!
    s.count++
    slabs.set(slab(positions[i * 3 + 1]!), s)
  }
  const midZ = (y: number) => {
    const s = slabs.get(slab(y))
    return s ? s.sum / s.count : 0
  }
  let maxX = 1
  let maxY = 1
  for (let i = 0; i < n; i++) {
    maxX = Math.max(maxX, Math.abs(positions[i * 3]!))
    maxY = Math.max(maxY, positions[i * 3 + 1]!)
  }
  const k = Math.min((W / 2 - 6) / maxX, (H - 10) / maxY)
  // Front chart: the subject's left (+X) appears on the viewer's right. Back chart: mirrored.
  const toFront = (x: number, y: number) => [W / 2 + x * k, H + 14 - y * k] as const
  const toBack = (x: number, y: number) => [W * 1.5 + 20 - x * k, H + 14 - y * k] as const
  let front = ''
  let back = ''
  for (let i = 0; i < n; i++) {
    const x = positions[i * 3]!
    const y = positions[i * 3 + 1]!
    const isBack = positions[i * 3 + 2]! < midZ(y)
    const [px, py] = isBack ? toBack(x, y) : toFront(x, y)
    const d = `M${px.toFixed(1)} ${py.toFixed(1)}h0.8`
    if (isBack) back += d
    else front += d
  }
  const centroids = regionCentroids(atlas)
  const regions: ChartRegion[] = atlas.regions.map((r, i) => {
    const [x, y, z] = centroids[i]!
    const isBack = z * 1000 < midZ(y * 1000)
    const [px, py] = isBack ? toBack(x * 1000, y * 1000) : toFront(x * 1000, y * 1000)
    return { id: r.id, name: r.name, x: px, y: py, back: isBack }
  })
  return { regions, front, back }
}
