/**
 * Narrow-band surface nets: polygonise a Field's zero level set on a regular grid. The field is
 * evaluated on a coarse grid first; only coarse cells near the surface are evaluated finely.
 * Vertices are then projected onto the surface and given gradient normals. Deterministic.
 */
import { MeshoptSimplifier } from 'meshoptimizer'
import type { Field } from './sdf'
import type { Vec3 } from './math'

export interface TriMesh {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
}

export function surfaceNets(field: Field, lo: Vec3, hi: Vec3, h: number): TriMesh {
  const C = 4
  const nc = [0, 1, 2].map((i) => Math.ceil((hi[i]! - lo[i]!) / (h * C))) as [
    number,
    number,
    number,
  ]
  const n = nc.map((v) => v * C + 1) as [number, number, number] // fine grid points per axis
  const cp = nc.map((v) => v + 1) as [number, number, number] // coarse grid points per axis
  const coarse = new Float32Array(cp[0] * cp[1] * cp[2])
  for (let k = 0; k < cp[2]; k++)
    for (let j = 0; j < cp[1]; j++)
      for (let i = 0; i < cp[0]; i++)
        coarse[i + cp[0] * (j + cp[1] * k)] = field.d(
          lo[0] + i * h * C,
          lo[1] + j * h * C,
          lo[2] + k * h * C,
        )
  const band = h * C * Math.sqrt(3) * 1.3
  const UNSET = 1e9 // exactly representable in float32
  const fine = new Float32Array(n[0] * n[1] * n[2]).fill(UNSET)
  const active = new Uint8Array(nc[0] * nc[1] * nc[2])
  const fi = (i: number, j: number, k: number): number => i + n[0] * (j + n[1] * k)
  for (let K = 0; K < nc[2]; K++)
    for (let J = 0; J < nc[1]; J++)
      for (let I = 0; I < nc[0]; I++) {
        let mn = Infinity
        let neg = 0
        for (let c = 0; c < 8; c++) {
          const v =
            coarse[I + (c & 1) + cp[0] * (J + ((c >> 1) & 1) + cp[1] * (K + ((c >> 2) & 1)))]!
          mn = Math.min(mn, Math.abs(v))
          if (v < 0) neg++
        }
        if (mn < band || (neg > 0 && neg < 8)) {
          active[I + nc[0] * (J + nc[1] * K)] = 1
          for (let k = K * C; k <= K * C + C; k++)
            for (let j = J * C; j <= J * C + C; j++)
              for (let i = I * C; i <= I * C + C; i++) {
                const idx = fi(i, j, k)
                if (fine[idx] === UNSET)
                  fine[idx] = field.d(lo[0] + i * h, lo[1] + j * h, lo[2] + k * h)
              }
        } else if (neg === 8) {
          for (let k = K * C; k <= K * C + C; k++)
            for (let j = J * C; j <= J * C + C; j++)
              for (let i = I * C; i <= I * C + C; i++) {
                const idx = fi(i, j, k)
                if (fine[idx] === UNSET) fine[idx] = -field.margin
              }
        }
      }
  // vertices: one per fine cell with a sign change
  const cellVert = new Int32Array((n[0] - 1) * (n[1] - 1) * (n[2] - 1)).fill(-1)
  const ci = (i: number, j: number, k: number): number => i + (n[0] - 1) * (j + (n[1] - 1) * k)
  const pos: number[] = []
  const corner = new Float32Array(8)
  const edges = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [0, 4],
    [1, 5],
    [2, 6],
    [3, 7],
  ] as const
  for (let K = 0; K < nc[2]; K++)
    for (let J = 0; J < nc[1]; J++)
      for (let I = 0; I < nc[0]; I++) {
        if (!active[I + nc[0] * (J + nc[1] * K)]) continue
        for (let k = K * C; k < K * C + C; k++)
          for (let j = J * C; j < J * C + C; j++)
            for (let i = I * C; i < I * C + C; i++) {
              let mask = 0
              for (let c = 0; c < 8; c++) {
                const v = fine[fi(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))]!
                corner[c] = v
                if (v < 0) mask |= 1 << c
              }
              if (mask === 0 || mask === 255) continue
              let sx = 0
              let sy = 0
              let sz = 0
              let cnt = 0
              for (const [a, b] of edges) {
                const va = corner[a]!
                const vb = corner[b]!
                if (va < 0 === vb < 0) continue
                const t = va / (va - vb)
                const ax = a & 1
                const ay = (a >> 1) & 1
                const az = (a >> 2) & 1
                sx += ax + ((b & 1) - ax) * t
                sy += ay + (((b >> 1) & 1) - ay) * t
                sz += az + (((b >> 2) & 1) - az) * t
                cnt++
              }
              cellVert[ci(i, j, k)] = pos.length / 3
              pos.push(
                lo[0] + (i + sx / cnt) * h,
                lo[1] + (j + sy / cnt) * h,
                lo[2] + (k + sz / cnt) * h,
              )
            }
      }
  // faces: one quad per grid edge with a sign change
  const idx: number[] = []
  const quad = (a: number, b: number, c: number, d: number, flip: boolean): void => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return
    // Counter-clockwise seen from outside (three.js FrontSide), so translucent skin and its paint
    // draw the near surface; tests/model/winding.test.ts checks the signed volume stays positive.
    if (flip) idx.push(a, b, c, a, c, d)
    else idx.push(a, d, c, a, c, b)
  }
  for (let k = 1; k < n[2] - 1; k++)
    for (let j = 1; j < n[1] - 1; j++)
      for (let i = 1; i < n[0] - 1; i++) {
        const v0 = fine[fi(i, j, k)]!
        const s0 = v0 < 0
        const vx = fine[fi(i + 1, j, k)]!
        if (s0 !== vx < 0)
          quadIdx(ci(i, j - 1, k - 1), ci(i, j, k - 1), ci(i, j, k), ci(i, j - 1, k), s0)
        const vy = fine[fi(i, j + 1, k)]!
        if (s0 !== vy < 0)
          quadIdx(ci(i - 1, j, k - 1), ci(i - 1, j, k), ci(i, j, k), ci(i, j, k - 1), s0)
        const vz = fine[fi(i, j, k + 1)]!
        if (s0 !== vz < 0)
          quadIdx(ci(i - 1, j - 1, k), ci(i, j - 1, k), ci(i, j, k), ci(i - 1, j, k), s0)
      }
  function quadIdx(a: number, b: number, c: number, d: number, flip: boolean): void {
    quad(cellVert[a]!, cellVert[b]!, cellVert[c]!, cellVert[d]!, flip)
  }
  const positions = new Float32Array(pos)
  return finish(field, positions, new Uint32Array(idx))
}

function finish(field: Field, positions: Float32Array, indices: Uint32Array): TriMesh {
  const normals = new Float32Array(positions.length)
  for (let v = 0; v < positions.length / 3; v++) {
    const p = field.project([positions[3 * v]!, positions[3 * v + 1]!, positions[3 * v + 2]!], 0, 2)
    const g = field.grad(p)
    positions.set(p, 3 * v)
    normals.set(g, 3 * v)
  }
  return { positions, normals, indices }
}

/** Simplify to about targetTris triangles, drop unused vertices. Deterministic. */
/** Simplify to about `targetTris` triangles; `lockBorder` keeps open borders exactly (for zipping). */
export function simplify(
  mesh: TriMesh,
  targetTris: number,
  maxError = 0.01,
  lockBorder = false,
): TriMesh {
  const [out] = MeshoptSimplifier.simplify(
    mesh.indices,
    mesh.positions,
    3,
    targetTris * 3,
    maxError,
    lockBorder ? ['LockBorder'] : [],
  )
  return compact({ positions: mesh.positions, normals: mesh.normals, indices: out })
}

export function compact(mesh: TriMesh): TriMesh {
  const map = new Int32Array(mesh.positions.length / 3).fill(-1)
  let n = 0
  const indices = new Uint32Array(mesh.indices.length)
  for (let i = 0; i < mesh.indices.length; i++) {
    const v = mesh.indices[i]!
    if (map[v]! < 0) map[v] = n++
    indices[i] = map[v]!
  }
  const positions = new Float32Array(n * 3)
  const normals = new Float32Array(n * 3)
  for (let v = 0; v < map.length; v++) {
    const m = map[v]!
    if (m < 0) continue
    positions.set(mesh.positions.subarray(3 * v, 3 * v + 3), 3 * m)
    normals.set(mesh.normals.subarray(3 * v, 3 * v + 3), 3 * m)
  }
  return { positions, normals, indices }
}
