/**
 * A finer skin mesh for the head. The body's skin is polygonised on a 5 mm grid, too coarse for a
 * face (the lips, the alae and the eyelids are 5-10 mm features: on that grid they come out
 * jagged). The head above a horizontal cut through the neck is therefore polygonised again on a
 * finer grid, simplified with its border locked to the triangles the body's mesh had above the
 * cut (minus the seam), and zipped to the body's mesh along the cut. Below the cut the body's
 * mesh is untouched. Deterministic.
 */
import { type TriMesh, compact, simplify, surfaceNets } from './mesher'
import type { Field } from './sdf'
import type { Vec3 } from './math'

/** Directed boundary edges (u -> v with no v -> u) among vertices with yLo <= y <= yHi. */
function boundaryEdges(mesh: TriMesh, yLo: number, yHi: number): Map<number, number[]> {
  const idx = mesh.indices
  const y = (v: number): number => mesh.positions[3 * v + 1]!
  const key = (a: number, b: number): string => `${a},${b}`
  const edges = new Set<string>()
  for (let t = 0; t < idx.length; t += 3)
    for (let e = 0; e < 3; e++) edges.add(key(idx[t + e]!, idx[t + ((e + 1) % 3)]!))
  const next = new Map<number, number[]>()
  for (let t = 0; t < idx.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = idx[t + e]!
      const b = idx[t + ((e + 1) % 3)]!
      if (y(a) < yLo || y(a) > yHi || y(b) < yLo || y(b) > yHi) continue
      if (!edges.has(key(b, a))) next.set(a, [...(next.get(a) ?? []), b])
    }
  return next
}

/**
 * Keep the triangles whose three vertices pass `keep`, then drop the triangles around every
 * pinch vertex of the new border (two border edges leaving one vertex) until the border near the
 * cut is one simple loop; returns the mesh and that loop (in the direction of its border edges).
 */
function cutOpen(
  mesh: TriMesh,
  keep: (y: number) => boolean,
  yLo: number,
  yHi: number,
): { mesh: TriMesh; loop: number[] } {
  const p = mesh.positions
  let tris: number[] = []
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = mesh.indices[t]!
    const b = mesh.indices[t + 1]!
    const c = mesh.indices[t + 2]!
    if (keep(p[3 * a + 1]!) && keep(p[3 * b + 1]!) && keep(p[3 * c + 1]!)) tris.push(a, b, c)
  }
  for (let round = 0; ; round++) {
    const cur = compact({
      positions: mesh.positions,
      normals: mesh.normals,
      indices: Uint32Array.from(tris),
    })
    const next = boundaryEdges(cur, yLo, yHi)
    const pinch = new Set<number>()
    for (const [a, bs] of next) if (bs.length > 1) pinch.add(a)
    if (pinch.size === 0) {
      if (next.size === 0) throw new Error('head mesh: no border at the cut')
      const start = Math.min(...next.keys())
      const loop = [start]
      for (let v = next.get(start)![0]!; v !== start; v = next.get(v)![0]!) {
        loop.push(v)
        if (loop.length > next.size) throw new Error('head mesh: broken border')
      }
      if (loop.length !== next.size)
        throw new Error('head mesh: more than one border loop at the cut')
      return { mesh: cur, loop }
    }
    if (round > 20) throw new Error('head mesh: border pinches do not resolve')
    // map the pinch vertices back to the original indexing by position, and drop their triangles
    const bad = new Set<string>()
    for (const v of pinch)
      bad.add(`${cur.positions[3 * v]},${cur.positions[3 * v + 1]},${cur.positions[3 * v + 2]}`)
    const at = (v: number): string => `${p[3 * v]},${p[3 * v + 1]},${p[3 * v + 2]}`
    const kept: number[] = []
    for (let t = 0; t < tris.length; t += 3)
      if (!bad.has(at(tris[t]!)) && !bad.has(at(tris[t + 1]!)) && !bad.has(at(tris[t + 2]!)))
        kept.push(tris[t]!, tris[t + 1]!, tris[t + 2]!)
    tris = kept
  }
}

/**
 * Replace the part of `body` above y = cutY by the field polygonised on a grid of step h in the
 * box lo..hi, using `spare` fewer triangles than the body's mesh had there (seam included).
 */
export function withFineHead(
  body: TriMesh,
  field: Field,
  cutY: number,
  lo: Vec3,
  hi: Vec3,
  h: number,
  spare = 0,
): TriMesh {
  const { mesh: below, loop: loopA } = cutOpen(body, (y) => y <= cutY, cutY - 0.06, cutY)
  const removed = (body.indices.length - below.indices.length) / 3
  const cut = cutOpen(
    surfaceNets(field, [lo[0], cutY - 3 * h, lo[2]], hi, h),
    (y) => y >= cutY,
    cutY,
    cutY + 0.03,
  )
  const budget = Math.max(0, removed - loopA.length - cut.loop.length - spare)
  const head = simplify(cut.mesh, budget, 1, true)
  const loopB = cutOpen(head, () => true, cutY, cutY + 0.03).loop.reverse()
  const nA = below.positions.length / 3
  const pa = (i: number): Vec3 => {
    const v = loopA[i % loopA.length]!
    return [below.positions[3 * v]!, below.positions[3 * v + 1]!, below.positions[3 * v + 2]!]
  }
  const pb = (k: number): Vec3 => {
    const v = loopB[k % loopB.length]!
    return [head.positions[3 * v]!, head.positions[3 * v + 1]!, head.positions[3 * v + 2]!]
  }
  const d2 = (a: Vec3, b: Vec3): number =>
    (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2
  // start the zip at the head-loop vertex nearest to the first body-loop vertex, then merge the
  // two loops by their angle around the neck (both run the same way round; the body's loop can
  // zigzag a little where its coarse triangles were cut, so distances alone mislead the zip)
  let k0 = 0
  for (let k = 1; k < loopB.length; k++) if (d2(pa(0), pb(k)) < d2(pa(0), pb(k0))) k0 = k
  let cx = 0
  let cz = 0
  for (let i = 0; i < loopA.length; i++) {
    cx += pa(i)[0] / loopA.length
    cz += pa(i)[2] / loopA.length
  }
  const raw = (p: Vec3): number => Math.atan2(p[2] - cz, p[0] - cx)
  const wrap = (a: number): number => a - 2 * Math.PI * Math.round(a / (2 * Math.PI))
  const unwrap = (n: number, f: (i: number) => Vec3): number[] => {
    const out = [wrap(raw(f(0)) - raw(pa(0)))]
    for (let i = 1; i <= n; i++) out.push(out[i - 1]! + wrap(raw(f(i)) - raw(f(i - 1))))
    return out
  }
  const thA = unwrap(loopA.length, pa)
  const thB = unwrap(loopB.length, (k) => pb(k0 + k))
  const sgn = Math.sign(thA[loopA.length]!) || 1
  const band: number[] = []
  const A = (i: number): number => loopA[i % loopA.length]!
  const B = (k: number): number => nA + loopB[(k0 + k) % loopB.length]!
  let i = 0
  let k = 0
  while (i < loopA.length || k < loopB.length) {
    const advanceA =
      k >= loopB.length || (i < loopA.length && sgn * thA[i + 1]! <= sgn * thB[k + 1]!)
    if (advanceA) {
      // the reversed body boundary edge a(i+1) -> a(i)
      band.push(A(i + 1), A(i), B(k))
      i++
    } else {
      // the reversed head boundary edge b(k) -> b(k+1) (loopB is already reversed)
      band.push(B(k), B(k + 1), A(i))
      k++
    }
  }
  const nB = head.positions.length / 3
  const positions = new Float32Array(3 * (nA + nB))
  positions.set(below.positions)
  positions.set(head.positions, 3 * nA)
  const normals = new Float32Array(3 * (nA + nB))
  normals.set(below.normals)
  normals.set(head.normals, 3 * nA)
  const indices = new Uint32Array(below.indices.length + head.indices.length + band.length)
  indices.set(below.indices)
  indices.set(
    head.indices.map((v) => v + nA),
    below.indices.length,
  )
  indices.set(band, below.indices.length + head.indices.length)
  return { positions, normals, indices }
}
