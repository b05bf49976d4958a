import type { ReferralZone, Station, ZoneKind } from './schema'
import type { Landmark, Side, Vec3 } from './manifest'

/** Landmarks by name as the manifest gives them: sided names end in `.L` / `.R`. */
export type Landmarks = Readonly<Record<string, Landmark>>

/**
 * The manifest key a landmark name resolves to on one side: the sided landmark when there is one,
 * else the midline landmark, else undefined.
 */
export function landmarkKey(landmarks: Landmarks, name: string, side: Side): string | undefined {
  const sided = `${name}.${side}`
  if (landmarks[sided]) return sided
  if (landmarks[name]) return name
  return undefined
}

/**
 * A station's point in the body frame (metres) on one side of the body. Throws on an unknown
 * landmark; parseDataset reports those first, so validated data never throws here.
 */
export function resolveStation(
  station: Omit<Station, 'r'>,
  side: Side,
  landmarks: Landmarks,
): Vec3 {
  const a = lookup(landmarks, station.at, side)
  if (!station.toward) return a
  const b = lookup(landmarks, station.toward, side)
  const t = station.t ?? 0.5
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
}

function lookup(landmarks: Landmarks, name: string, side: Side): Vec3 {
  const key = landmarkKey(landmarks, name, side)
  if (!key) throw new Error(`unknown landmark "${name}"`)
  return landmarks[key]!.position
}

/** A referral zone resolved to the body frame: balls (centre, radius) joined in a chain. */
export interface ZoneShape {
  readonly kind: ZoneKind
  readonly balls: readonly { readonly centre: Vec3; readonly radius: number }[]
}

export function resolveZone(zone: ReferralZone, side: Side, landmarks: Landmarks): ZoneShape {
  return {
    kind: zone.kind,
    balls: zone.stations.map((s) => ({ centre: resolveStation(s, side, landmarks), radius: s.r })),
  }
}

/** A trigger point's zones for one side of the body; bilateral zones are drawn on both sides. */
export function resolveZones(
  zones: readonly ReferralZone[],
  side: Side,
  landmarks: Landmarks,
): ZoneShape[] {
  return zones.flatMap((z) =>
    z.bilateral
      ? [resolveZone(z, side, landmarks), resolveZone(z, mirrorSide(side), landmarks)]
      : [resolveZone(z, side, landmarks)],
  )
}

/**
 * Whether a point (body frame, metres) lies inside a zone's volume: inside one of its balls or the
 * tapered capsule between two consecutive balls (radius interpolated along the segment).
 */
export function zoneContains(zone: ZoneShape, p: Vec3): boolean {
  const { balls } = zone
  for (let i = 0; i < balls.length; i++) {
    const a = balls[i]!
    if (dist2(p, a.centre) <= a.radius * a.radius) return true
    const b = balls[i + 1]
    if (!b) continue
    const abx = b.centre[0] - a.centre[0]
    const aby = b.centre[1] - a.centre[1]
    const abz = b.centre[2] - a.centre[2]
    const len2 = abx * abx + aby * aby + abz * abz
    if (len2 === 0) continue
    const t =
      ((p[0] - a.centre[0]) * abx + (p[1] - a.centre[1]) * aby + (p[2] - a.centre[2]) * abz) / len2
    if (t <= 0 || t >= 1) continue
    const r = a.radius + (b.radius - a.radius) * t
    const qx = a.centre[0] + abx * t - p[0]
    const qy = a.centre[1] + aby * t - p[1]
    const qz = a.centre[2] + abz * t - p[2]
    if (qx * qx + qy * qy + qz * qz <= r * r) return true
  }
  return false
}

export function dist2(a: Vec3, b: Vec3): number {
  const x = a[0] - b[0]
  const y = a[1] - b[1]
  const z = a[2] - b[2]
  return x * x + y * y + z * z
}

export const mirrorSide = (side: Side): Side => (side === 'L' ? 'R' : 'L')
