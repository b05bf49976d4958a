import type { Vec3 } from '../domain/manifest'
import type { View } from '../domain/viewState'
import type { PartInfo } from './bodyModel'

export interface CameraGoal {
  readonly target: Vec3
  readonly position: Vec3
}

/** Unit directions from the body toward the camera for each preset (+Z anterior, +X subject's left). */
const viewDirection: Record<View, Vec3> = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
}

/** Distance that fits a height `h` (metres) in a vertical field of view `fovDeg`, with margin. */
export function fitDistance(h: number, fovDeg: number, aspect = 1): number {
  const half = (fovDeg * Math.PI) / 360
  const fitH = h / 2 / Math.tan(half)
  return Math.max(fitH, fitH / Math.min(1, aspect)) * 1.12
}

/**
 * Where the camera should go: the whole body from the preset's side, or a selected part framed from
 * the side it faces (the direction from its centroid to the nearest skin, flattened a little).
 */
export function cameraGoal(
  view: View,
  fovDeg: number,
  aspect: number,
  stature: number,
  part?: PartInfo,
  outward?: Vec3,
): CameraGoal {
  if (!part) {
    const d = fitDistance(stature * 1.04, fovDeg, aspect)
    const dir = viewDirection[view]
    const target: Vec3 = [0, stature * 0.5, 0]
    return { target, position: [dir[0] * d, target[1] + 0.05, dir[2] * d] }
  }
  const size = Math.max(part.max[0] - part.min[0], part.max[1] - part.min[1], part.max[2] - part.min[2])
  const d = Math.min(2.4, Math.max(0.55, fitDistance(size * 2.1, fovDeg, aspect)))
  let dir = outward ?? viewDirection[view]
  dir = normalise([dir[0], dir[1] * 0.35, dir[2]])
  const t = part.centroid
  return { target: t, position: [t[0] + dir[0] * d, t[1] + dir[1] * d + 0.04, t[2] + dir[2] * d] }
}

function normalise(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]) || 1
  return [v[0] / l, v[1] / l, v[2] / l]
}
