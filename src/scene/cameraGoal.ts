import type { ZoneShape } from '../domain/geometry'
import type { Vec3 } from '../domain/manifest'
import type { View } from '../domain/viewState'
import type { PartInfo } from './bodyModel'

export interface CameraGoal {
  readonly target: Vec3
  readonly position: Vec3
}

/** Unit directions from the body toward the camera for each preset (+Z anterior, +X subject's left). */
export const viewDirection: Record<View, Vec3> = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
}

const s = Math.SQRT1_2
/** Directions tried when the preferred one does not show the selected part. */
export const candidateDirections: readonly Vec3[] = [
  [0, 0, 1],
  [0, 0, -1],
  [1, 0, 0],
  [-1, 0, 0],
  [s, 0, s],
  [-s, 0, s],
  [s, 0, -s],
  [-s, 0, -s],
  [0, 0.5, 0.87],
  [0, 0.5, -0.87],
  [0, -0.5, 0.87],
  [0, -0.5, -0.87],
  // From below, for the sole and the plantar muscles.
  [s, -s, 0],
  [-s, -s, 0],
  [0, -0.87, 0.5],
]

/** Distance that fits a sphere of diameter `size` (metres) in a vertical field of view, with margin. */
export function fitDistance(size: number, fovDeg: number, aspect = 1): number {
  const half = (fovDeg * Math.PI) / 360
  const fit = size / 2 / Math.tan(half)
  return Math.max(fit, fit / Math.min(1, aspect)) * 1.1
}

/** The whole body from a preset's side. */
export function bodyGoal(view: View, fovDeg: number, aspect: number, stature: number): CameraGoal {
  const d = fitDistance(stature * 1.02, fovDeg, aspect)
  const dir = viewDirection[view]
  const target: Vec3 = [0, stature * 0.5, 0]
  return { target, position: [dir[0] * d, target[1] + 0.05, dir[2] * d] }
}

/** The box around a selected part and the referral zones painted for it: centre and diagonal. */
export function partFrame(
  part: PartInfo,
  zones: readonly ZoneShape[],
): { target: Vec3; size: number } {
  const min = [...part.min]
  const max = [...part.max]
  for (const z of zones)
    for (const b of z.balls)
      for (let i = 0; i < 3; i++) {
        min[i] = Math.min(min[i]!, b.centre[i]! - b.radius)
        max[i] = Math.max(max[i]!, b.centre[i]! + b.radius)
      }
  return {
    target: [(min[0]! + max[0]!) / 2, (min[1]! + max[1]!) / 2, (min[2]! + max[2]!) / 2],
    size: Math.hypot(max[0]! - min[0]!, max[1]! - min[1]!, max[2]! - min[2]!),
  }
}

/**
 * Frames a part (and its zones) from the direction that shows most of it: the preferred direction
 * unless a candidate shows clearly more (30% more and 0.15 more of the share).
 * `visibility(eye)` returns the share (0..1) of the part seen from a camera at `eye`.
 */
export function partGoal(
  frame: { target: Vec3; size: number },
  preferred: Vec3,
  visibility: (eye: Vec3) => number,
  fovDeg: number,
  aspect: number,
): CameraGoal {
  const d = Math.min(4.5, Math.max(0.5, fitDistance(frame.size, fovDeg, aspect)))
  const t = frame.target
  const eye = (dir: Vec3): Vec3 => {
    const n = normalise(dir)
    return [t[0] + n[0] * d, t[1] + n[1] * d, t[2] + n[2] * d]
  }
  const preferredShare = visibility(eye(preferred))
  let best = preferred
  let bestShare = preferredShare
  if (preferredShare < 0.6)
    for (const dir of candidateDirections) {
      const share = visibility(eye(dir))
      if (share > bestShare + 0.05) {
        best = dir
        bestShare = share
      }
    }
  const clearlyBetter = bestShare >= Math.max(preferredShare * 1.3, preferredShare + 0.15)
  const chosen = clearlyBetter || preferredShare === 0 ? best : preferred
  return { target: t, position: eye(chosen) }
}

function normalise(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]) || 1
  return [v[0] / l, v[1] / l, v[2] / l]
}

/** Several parts (a condition's muscles) framed together from `direction`. */
export function groupGoal(
  parts: readonly PartInfo[],
  direction: Vec3,
  fovDeg: number,
  aspect: number,
): CameraGoal {
  const min = [Infinity, Infinity, Infinity]
  const max = [-Infinity, -Infinity, -Infinity]
  for (const p of parts)
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i]!, p.min[i]!)
      max[i] = Math.max(max[i]!, p.max[i]!)
    }
  const target: Vec3 = [(min[0]! + max[0]!) / 2, (min[1]! + max[1]!) / 2, (min[2]! + max[2]!) / 2]
  const size = Math.hypot(max[0]! - min[0]!, max[1]! - min[1]!, max[2]! - min[2]!)
  const d = Math.min(4.5, Math.max(0.6, fitDistance(size, fovDeg, aspect)))
  const n = normalise(direction)
  return { target, position: [target[0] + n[0] * d, target[1] + n[1] * d, target[2] + n[2] * d] }
}
