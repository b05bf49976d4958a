import type { Dataset } from './dataset'
import { resolveZones, zoneContains, type Landmarks, type ZoneShape } from './geometry'
import type { RegionAtlas, Side, Vec3 } from './manifest'
import type { TriggerPoint, TriggerPointId, ZoneKind } from './schema'

/** How much of one atlas region a trigger point's pattern covers, by zone kind. */
export interface RegionHit {
  readonly region: string
  readonly kind: ZoneKind
  /** Fraction (0..1] of the region's skin samples inside the zone. */
  readonly share: number
  /** How many skin samples (about 1 cm apart) of the region lie inside the zone. */
  readonly samples: number
}

/** A trigger point on one side of the body, with the regions its pattern covers. */
export interface SidedPattern {
  readonly triggerPoint: TriggerPointId
  readonly side: Side
  readonly zones: readonly ZoneShape[]
  /** Essential hits first; a region hit by both kinds is listed as essential only. */
  readonly hits: readonly RegionHit[]
}

export interface ReferralIndex {
  readonly patterns: readonly SidedPattern[]
  readonly pattern: (tp: TriggerPointId, side: Side) => SidedPattern | undefined
  readonly regionName: (id: string) => string
  /** The region a body-frame point (metres) falls in: the region of the nearest skin sample. */
  readonly regionAt: (p: Vec3) => string
}

/**
 * Derives, for every trigger point on both sides, the atlas regions its referral zones cover, from
 * the zone shapes and the atlas' skin samples (never from hand-typed tags).
 */
export function buildReferralIndex(
  dataset: Dataset,
  landmarks: Landmarks,
  atlas: RegionAtlas,
): ReferralIndex {
  const { region } = atlas.samples
  const count = region.length
  const points = samplePoints(atlas)
  const perRegion = new Array<number>(atlas.regions.length).fill(0)
  for (const r of region) perRegion[r] = (perRegion[r] ?? 0) + 1

  // Patterns are derived on first use and kept: the explorer needs one or two, the lookup all.
  const byKey = new Map<string, SidedPattern>()
  const pattern = (id: TriggerPointId, side: Side): SidedPattern | undefined => {
    const key = `${id}|${side}`
    let p = byKey.get(key)
    const tp = dataset.triggerPointById.get(id)
    if (!p && tp) byKey.set(key, (p = sidedPattern(tp, side)))
    return p
  }
  let all: SidedPattern[] | undefined

  function sidedPattern(tp: TriggerPoint, side: Side): SidedPattern {
    const zones = resolveZones(tp.referral.zones, side, landmarks)
    const inside = { essential: new Map<number, number>(), spillover: new Map<number, number>() }
    for (let i = 0; i < count; i++) {
      const p = points[i]!
      let kind: ZoneKind | undefined
      for (const z of zones)
        if (zoneContains(z, p)) {
          kind = z.kind
          if (kind === 'essential') break
        }
      if (kind) inside[kind].set(region[i]!, (inside[kind].get(region[i]!) ?? 0) + 1)
    }
    const hits: RegionHit[] = []
    for (const kind of ['essential', 'spillover'] as const)
      for (const [r, n] of [...inside[kind]].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
        if (kind === 'spillover' && inside.essential.has(r)) continue
        hits.push({ region: atlas.regions[r]!.id, kind, share: n / perRegion[r]!, samples: n })
      }
    return { triggerPoint: tp.id, side, zones, hits }
  }

  const names = new Map(atlas.regions.map((r) => [r.id, r.name]))
  return {
    get patterns() {
      all ??= dataset.triggerPoints.flatMap((tp) =>
        (['L', 'R'] as const).map((side) => pattern(tp.id, side)!),
      )
      return all
    },
    pattern,
    regionName: (id) => names.get(id) ?? id,
    regionAt: (p) => {
      let best = 0
      let bestD = Infinity
      for (let i = 0; i < count; i++) {
        const q = points[i]!
        const d = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2 + (q[2] - p[2]) ** 2
        if (d < bestD) {
          bestD = d
          best = i
        }
      }
      return atlas.regions[region[best]!]!.id
    },
  }
}

/** The mean skin position of each atlas region (metres), in atlas order: where to put its label or button. */
export function regionCentroids(atlas: RegionAtlas): Vec3[] {
  const sums = atlas.regions.map(() => [0, 0, 0, 0])
  const { positions, region } = atlas.samples
  region.forEach((r, i) => {
    const s = sums[r]!
    s[0] = (s[0] ?? 0) + positions[i * 3]! / 1000
    s[1] = (s[1] ?? 0) + positions[i * 3 + 1]! / 1000
    s[2] = (s[2] ?? 0) + positions[i * 3 + 2]! / 1000
    s[3] = (s[3] ?? 0) + 1
  })
  return sums.map(([x = 0, y = 0, z = 0, n = 0]) => (n ? [x / n, y / n, z / n] : [0, 0, 0]))
}

/**
 * Referral zones (either kind, both sides) that contain no skin sample of the atlas: drawn nowhere
 * and invisible to the reverse lookup. Each as `<trigger point>.<side> zone <index>`.
 */
export function zonesOffSkin(dataset: Dataset, landmarks: Landmarks, atlas: RegionAtlas): string[] {
  const samples = samplePoints(atlas)
  const off: string[] = []
  for (const tp of dataset.triggerPoints)
    for (const side of ['L', 'R'] as const)
      tp.referral.zones.forEach((zone, i) => {
        const shape = resolveZones([zone], side, landmarks)
        if (!shape.some((s) => samples.some((p) => zoneContains(s, p))))
          off.push(`${tp.id}.${side} zone ${i}`)
      })
  return off
}

/**
 * Up to `max` skin points (metres, evenly spread over the atlas samples) inside the zones of one
 * kind: what a camera must see to show a pattern's essential area.
 */
export function skinPointsInZones(
  zones: readonly ZoneShape[],
  atlas: RegionAtlas,
  kind: ZoneKind,
  max: number,
): Vec3[] {
  const chosen = zones.filter((z) => z.kind === kind)
  if (chosen.length === 0) return []
  const inside = samplePoints(atlas).filter((p) => chosen.some((z) => zoneContains(z, p)))
  const step = Math.max(1, inside.length / max)
  const out: Vec3[] = []
  for (let k = 0; k < inside.length && out.length < max; k += step) out.push(inside[Math.floor(k)]!)
  return out
}

const pointsOf = new WeakMap<RegionAtlas, Vec3[]>()
/** The atlas' skin samples in metres (stored in millimetres), converted once per atlas. */
function samplePoints(atlas: RegionAtlas): Vec3[] {
  let points = pointsOf.get(atlas)
  if (!points) {
    const { positions } = atlas.samples
    points = []
    for (let i = 0; i < positions.length; i += 3)
      points.push([positions[i]! / 1000, positions[i + 1]! / 1000, positions[i + 2]! / 1000])
    pointsOf.set(atlas, points)
  }
  return points
}
