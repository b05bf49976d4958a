/**
 * Signed distance to the skin MESH (what the viewer draws), not to the skin field: the simplified
 * mesh cuts chords across convex curves, so a point a little inside the field can still be drawn
 * outside the skin. Positive outside. Uses three-mesh-bvh (closest triangle; sign from its normal).
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three'
import { MeshBVH } from 'three-mesh-bvh'

export class SkinMeshDistance {
  private readonly bvh: MeshBVH
  private readonly pos: Float32Array
  private readonly idx: Uint32Array
  private readonly q = new Vector3()
  private readonly ray = new Ray()
  private readonly hit = { point: new Vector3(), distance: 0, faceIndex: 0 }
  constructor(positions: Float32Array, indices: Uint32Array) {
    const g = new BufferGeometry()
    this.pos = positions
    this.idx = indices
    g.setAttribute('position', new BufferAttribute(positions, 3))
    g.setIndex(new BufferAttribute(indices, 1))
    this.bvh = new MeshBVH(g)
  }
  /** signed distance (m), positive outside the skin mesh; also returns the outward face normal */
  d(x: number, y: number, z: number, nrm?: number[]): number {
    this.q.set(x, y, z)
    const h = this.bvh.closestPointToPoint(this.q, this.hit as never)
    if (!h) return -Infinity
    const f = this.hit.faceIndex
    const P = this.pos
    const a = this.idx[3 * f]!,
      b = this.idx[3 * f + 1]!,
      c = this.idx[3 * f + 2]!
    const e1x = P[3 * b]! - P[3 * a]!,
      e1y = P[3 * b + 1]! - P[3 * a + 1]!,
      e1z = P[3 * b + 2]! - P[3 * a + 2]!
    const e2x = P[3 * c]! - P[3 * a]!,
      e2y = P[3 * c + 1]! - P[3 * a + 1]!,
      e2z = P[3 * c + 2]! - P[3 * a + 2]!
    let nx = e1y * e2z - e1z * e2y
    let ny = e1z * e2x - e1x * e2z
    let nz = e1x * e2y - e1y * e2x
    const l = Math.hypot(nx, ny, nz) || 1
    nx /= l
    ny /= l
    nz /= l
    if (nrm) {
      nrm[0] = nx
      nrm[1] = ny
      nrm[2] = nz
    }
    const p = this.hit.point
    const s = (x - p.x) * nx + (y - p.y) * ny + (z - p.z) * nz
    if (s <= 0) return -this.hit.distance
    // a sliver or folded face can give the wrong sign far from the surface: confirm by ray parity
    if (this.hit.distance > 0.002 && this.inside(x, y, z)) return -this.hit.distance
    return this.hit.distance
  }
  /** ray parity along three fixed directions, majority vote */
  inside(x: number, y: number, z: number): boolean {
    let votes = 0
    for (const dir of [
      [0.267, 0.535, 0.802],
      [-0.577, -0.577, 0.577],
      [0.801, -0.267, -0.535],
    ] as const) {
      this.ray.origin.set(x, y, z)
      this.ray.direction.set(dir[0], dir[1], dir[2]).normalize()
      const hits = this.bvh.raycast(this.ray, DoubleSide)
      if (hits.length % 2 === 1) votes++
    }
    return votes >= 2
  }
}

/**
 * Pushes every vertex at least `inset` inside the skin mesh (and its mirror image, so a left-half
 * part mirrored to the right stays inside too). Only vertices near the skin field's surface are
 * tested (`near`), which also keeps the nearest-face sign test away from deep, ambiguous points.
 * Returns the number of vertices moved.
 */
export function clampInsideMesh(
  positions: Float32Array | number[],
  sd: SkinMeshDistance,
  skinD: (x: number, y: number, z: number) => number,
  inset = 0.0015,
  near = 0.008,
  minX = -Infinity,
): number {
  const n: number[] = [0, 0, 0]
  const nm: number[] = [0, 0, 0]
  let moved = 0
  for (let v = 0; v < positions.length / 3; v++) {
    let x = positions[3 * v]!
    let y = positions[3 * v + 1]!
    let z = positions[3 * v + 2]!
    if (skinD(x, y, z) < -near) continue
    let hit = false
    for (let it = 0; it < 4; it++) {
      const d = sd.d(x, y, z, n)
      const dm = sd.d(-x, y, z, nm)
      let s = d + inset
      let gx = n[0]!
      if (dm > d) {
        s = dm + inset
        gx = -nm[0]!
        n[1] = nm[1]!
        n[2] = nm[2]!
      }
      if (s <= 0) break
      hit = true
      s += 0.0001
      x -= gx * s
      y -= n[1]! * s
      z -= n[2]! * s
    }
    if (hit) {
      moved++
      positions[3 * v] = Math.max(x, minX)
      positions[3 * v + 1] = y
      positions[3 * v + 2] = z
    }
  }
  return moved
}

const FACE_SAMPLES = [
  [1 / 3, 1 / 3, 1 / 3],
  [0.5, 0.5, 0],
  [0, 0.5, 0.5],
  [0.5, 0, 0.5],
] as const

/**
 * A flat triangle between two inside vertices can still cut out through a concave skin fold (under
 * the chin, the axilla, the ankle): sample each triangle (centroid, edge midpoints) and pull the
 * vertices of any triangle that reaches within `inset` of the skin mesh inward along the normal.
 */
export function clampFacesInsideMesh(
  positions: Float32Array | number[],
  indices: Uint32Array | number[],
  sd: SkinMeshDistance,
  skinD: (x: number, y: number, z: number) => number,
  inset = 0.0015,
  near = 0.012,
  minX = -Infinity,
): number {
  const P = positions
  const n: number[] = [0, 0, 0]
  const nm: number[] = [0, 0, 0]
  let moved = 0
  for (let pass = 0; pass < 6; pass++) {
    let any = 0
    for (let t = 0; t < indices.length; t += 3) {
      const a = 3 * indices[t]!
      const b = 3 * indices[t + 1]!
      const c = 3 * indices[t + 2]!
      const cx = (P[a]! + P[b]! + P[c]!) / 3
      const cy = (P[a + 1]! + P[b + 1]! + P[c + 1]!) / 3
      const cz = (P[a + 2]! + P[b + 2]! + P[c + 2]!) / 3
      if (skinD(cx, cy, cz) < -near) continue
      let worst = -Infinity
      let g: number[] = [0, 0, 0]
      for (const [u, v, w] of FACE_SAMPLES) {
        const x = u * P[a]! + v * P[b]! + w * P[c]!
        const y = u * P[a + 1]! + v * P[b + 1]! + w * P[c + 1]!
        const z = u * P[a + 2]! + v * P[b + 2]! + w * P[c + 2]!
        const d = sd.d(x, y, z, n)
        if (d > worst) {
          worst = d
          g = [n[0]!, n[1]!, n[2]!]
        }
        const dm = sd.d(-x, y, z, nm)
        if (dm > worst) {
          worst = dm
          g = [-nm[0]!, nm[1]!, nm[2]!]
        }
      }
      const s = worst + inset
      if (s <= 0) continue
      any++
      const step = s + 0.0001
      for (const o of [a, b, c]) {
        P[o] = Math.max(P[o]! - g[0]! * step, minX)
        P[o + 1] = P[o + 1]! - g[1]! * step
        P[o + 2] = P[o + 2]! - g[2]! * step
      }
    }
    moved += any
    if (!any) break
  }
  return moved
}
