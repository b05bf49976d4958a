/** Small, allocation-light vector helpers for the model generator (metres, body frame). */
export type Vec3 = [number, number, number]

export const v3 = (x: number, y: number, z: number): Vec3 => [x, y, z]
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
export const len = (a: Vec3): number => Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2])
export const dist = (a: Vec3, b: Vec3): number => len(sub(a, b))
export const norm = (a: Vec3): Vec3 => {
  const l = len(a)
  return l > 1e-12 ? [a[0] / l, a[1] / l, a[2] / l] : [0, 1, 0]
}
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]
export const madd = (a: Vec3, b: Vec3, s: number): Vec3 => [
  a[0] + b[0] * s,
  a[1] + b[1] * s,
  a[2] + b[2] * s,
]
export const mirror = (a: Vec3): Vec3 => [-a[0], a[1], a[2]]
export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x)
export const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = clamp((x - e0) / (e1 - e0), 0, 1)
  return t * t * (3 - 2 * t)
}
/** Catmull-Rom through points (centripetal-free, uniform); t in [0,1] over the whole chain. */
export function catmull(points: Vec3[], t: number): Vec3 {
  const n = points.length
  if (n === 1) return points[0]!
  if (n === 2) return lerp(points[0]!, points[1]!, t)
  const seg = Math.min(n - 2, Math.floor(t * (n - 1)))
  const u = t * (n - 1) - seg
  const p1 = points[seg]!
  const p2 = points[seg + 1]!
  const p0 = seg > 0 ? points[seg - 1]! : sub(scale(p1, 2), p2)
  const p3 = seg + 2 < n ? points[seg + 2]! : sub(scale(p2, 2), p1)
  const u2 = u * u
  const u3 = u2 * u
  const out: Vec3 = [0, 0, 0]
  for (let i = 0; i < 3; i++) {
    out[i] =
      0.5 *
      (2 * p1[i]! +
        (-p0[i]! + p2[i]!) * u +
        (2 * p0[i]! - 5 * p1[i]! + 4 * p2[i]! - p3[i]!) * u2 +
        (-p0[i]! + 3 * p1[i]! - 3 * p2[i]! + p3[i]!) * u3)
  }
  return out
}
/** Any unit vector perpendicular to a, preferring the plane containing hint. */
export function perpendicular(a: Vec3, hint: Vec3): Vec3 {
  const h = sub(hint, scale(a, dot(hint, a)))
  if (len(h) > 1e-6) return norm(h)
  return norm(cross(a, Math.abs(a[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0]))
}
export const round4 = (x: number): number => Math.round(x * 1e4) / 1e4 + 0
