/**
 * Muscle geometry from a table row: a sheet of fibres running from origin to insertion (through
 * optional via lines), laid on the body (under the skin at a layer depth, or on the bone proxies),
 * inflated by a belly thickness profile and closed into a watertight lens-section surface. Fan
 * muscles fan because their origin line is long and their insertion short; fusiform muscles get
 * a belly width profile. Each vertex carries the local fibre direction.
 */
import type { Field } from './sdf'
import {
  type Vec3,
  add,
  catmull,
  clamp,
  cross,
  dot,
  len,
  lerp,
  madd,
  norm,
  scale,
  sub,
} from './math'
import type { Head, MuscleDef, Shape } from './muscles/types'

export interface Mesh {
  positions: number[]
  normals: number[]
  fiber: number[]
  indices: number[]
}

export interface GeomContext {
  skin: Field
  bone: Field
  /** resolves a point spec to left-side coordinates */
  point: (spec: Head['o'][number]) => Vec3
  /** resolution scale (1 = full) */
  res: number
}

function lineAt(pts: Vec3[], u: number): Vec3 {
  return catmull(pts, u)
}

function profile(shape: Shape, v: number): number {
  const s = Math.sin(Math.PI * clamp(v, 0, 1))
  switch (shape) {
    case 'fusiform':
      return 0.08 + 0.92 * Math.pow(s, v > 0.5 ? 2.4 : 1.3)
    case 'pennate':
    case 'bipennate':
      return 0.1 + 0.9 * Math.pow(s, v > 0.5 ? 1.8 : 1.0)
    case 'strap':
      return 0.3 + 0.7 * Math.pow(s, 0.5)
    case 'fan':
      return 0.25 + 0.75 * Math.pow(s, 0.45) * (0.55 + 0.45 * v)
    case 'sheet':
      return 0.35 + 0.65 * Math.pow(s, 0.35)
  }
}

function edge(shape: Shape, u: number): number {
  const x = 1 - (2 * u - 1) ** 2
  return Math.pow(Math.max(0, x), shape === 'sheet' || shape === 'fan' ? 0.3 : 0.5)
}

/** Place a point on the level set field = target, searching along dir first when it is deep. */
function place(
  field: Field,
  p: Vec3,
  target: number,
  dir: Vec3 | undefined,
  inward: boolean,
): Vec3 {
  const d = field.dv(p)
  if (dir && d < target) {
    const hit = field.rayTo(p, dir, target, 0.5)
    if (hit) return field.project(hit, target, 3)
  }
  if (inward && d > field.margin * 0.95) {
    // far outside the band: walk back toward the body along -dir if given
    if (dir) {
      const q = madd(p, norm(dir), -0.05)
      return place(field, q, target, dir, false)
    }
  }
  return field.project(p, target, 6)
}

/** A piecewise-linear profile across a muscle: values spread evenly over u = 0..1. */
function acrossAt(vals: number[], u: number): number {
  if (vals.length < 2) return vals[0] ?? 0
  const x = clamp(u, 0, 1) * (vals.length - 1)
  const i = Math.min(vals.length - 2, Math.floor(x))
  return vals[i]! + (vals[i + 1]! - vals[i]!) * (x - i)
}

export function buildHead(def: MuscleDef, head: Head, ctx: GeomContext, out: Mesh): void {
  const O = head.o.map(ctx.point)
  const I = head.i.map(ctx.point)
  const V = (head.via ?? []).map((l) => l.map(ctx.point))
  const lines = [O, ...V, I]
  const path = (u: number): Vec3[] => lines.map((l) => lineAt(l, u))
  // size estimates
  const mid = path(0.5)
  let length = 0
  for (let k = 1; k < mid.length; k++) length += len(sub(mid[k]!, mid[k - 1]!))
  const wO = O.length > 1 ? len(sub(O[O.length - 1]!, O[0]!)) : 0
  const wI = I.length > 1 ? len(sub(I[I.length - 1]!, I[0]!)) : 0
  const wMax = Math.max(wO, wI, head.w ?? 0)
  const step = 0.011 / ctx.res / (head.grid ?? 1)
  const nv = clamp(Math.round(length / step), 6, Math.round(30 * ctx.res))
  const nu = clamp(Math.round(wMax / step), 3, Math.round((head.nuMax ?? 20) * ctx.res))
  const shape = def.shape
  const halfT = head.t / 2
  const on = head.on ?? 'skin'
  const depth =
    head.d ?? (def.layer === 'superficial' ? 0.002 : def.layer === 'intermediate' ? 0.012 : 0.024)
  const depthEnd = head.dEnd ?? depth
  const gap = head.g ?? 0.002
  const dir = head.dir
  // bellies bulge toward the skin and tendons sink: the outer surface lies at `depth` where the
  // muscle is thickest and up to relief * (max - local half-thickness) deeper elsewhere
  const relief = 0.6
  const bellyAt = clamp(head.b ?? 0.5, 0.1, 0.9)
  const corner = shape === 'fan' || shape === 'sheet' ? 0.12 : shape === 'strap' ? 0.3 : 0.2
  // mid-surface grid
  // arc-length parameterisation of the centre fibre, so v is a true fraction of the length
  const centre = path(0.5)
  const arc: number[] = [0]
  const SAMPLES = 64
  let prev = catmull(centre, 0)
  for (let k = 1; k <= SAMPLES; k++) {
    const q = catmull(centre, k / SAMPLES)
    arc.push(arc[k - 1]! + len(sub(q, prev)))
    prev = q
  }
  const total = arc[SAMPLES]! || 1
  const arcParam = (v: number): number => {
    const target = v * total
    let k = 1
    while (k < SAMPLES && arc[k]! < target) k++
    const a0 = arc[k - 1]!
    const a1 = arc[k]!
    return (k - 1 + (a1 > a0 ? (target - a0) / (a1 - a0) : 0)) / SAMPLES
  }
  const M: Vec3[][] = []
  const N: Vec3[][] = []
  const Hh: number[][] = []
  for (let j = 0; j <= nv; j++) {
    const v = j / nv
    // v remapped so the belly (profile peak) sits at head.b along the fibres; with head.tendon
    // the belly profile is compressed into the fleshy part and the rest is tendon
    const vt = head.tendon === undefined ? v : Math.min(1, v / (1 - head.tendon))
    const vb = vt < bellyAt ? (0.5 * vt) / bellyAt : 0.5 + (0.5 * (vt - bellyAt)) / (1 - bellyAt)
    const sv = arcParam(v)
    const c = catmull(path(0.5), sv)
    const a = catmull(path(0), sv)
    const b = catmull(path(1), sv)
    // across direction: the attachment lines' spread perpendicular to the fibres; when the lines
    // run along the fibres (e.g. vastus lateralis), fall back to the surface tangent across them
    const T = norm(
      sub(catmull(path(0.5), Math.min(1, sv + 0.01)), catmull(path(0.5), Math.max(0, sv - 0.01))),
    )
    const across = sub(b, a)
    const perp = sub(across, scale(T, dot(across, T)))
    const wLines = len(perp)
    const outward =
      on === 'skin' ? ctx.skin.grad(c) : on === 'bone' ? ctx.bone.grad(c) : (dir ?? [0, 0, 1])
    let X = norm(cross(T, outward))
    if (wLines > 1e-4 && dot(X, perp) < 0) X = scale(X, -1)
    if (wLines > 0.3 * len(across) && wLines > 1e-4) X = norm(perp)
    let W = wLines
    if (head.w !== undefined) {
      const bulge =
        head.w *
        Math.pow(
          Math.sin(Math.PI * vb),
          shape === 'strap'
            ? 0.4
            : (shape === 'fusiform' ? 1.1 : 0.9) * (vb > 0.5 && head.b !== undefined ? 1.8 : 1),
        )
      W = Math.max(wLines, bulge)
    }
    if (head.tendon !== undefined) W = Math.max(W, head.tw ?? 0.01)
    const rowM: Vec3[] = []
    const rowN: Vec3[] = []
    const rowH: number[] = []
    for (let i = 0; i <= nu; i++) {
      const u = i / nu
      // blend between the true fibre line (fans) and a centred belly (fusiform widening)
      const onLine = catmull(path(u), sv)
      const centred = madd(c, X, (u - 0.5) * W)
      const raw = head.w !== undefined && W > wLines + 1e-6 ? centred : onLine
      // round the outline: pull the corners toward the centre line near both ends
      const p = madd(c, sub(raw, c), 1 - corner * Math.pow(1 - Math.sin(Math.PI * v), 3))
      const fill = head.fill ?? (shape === 'fan' || shape === 'sheet' ? 0.55 : 0.68)
      const h = Math.max(0.0006, halfT * profile(shape, vb) * (fill + (1 - fill) * edge(shape, u)))
      let q: Vec3
      let n: Vec3
      if (on === 'skin') {
        const dHere =
          head.dMid === undefined
            ? depth + (depthEnd - depth) * v
            : v < bellyAt
              ? depth + (head.dMid - depth) * (v / bellyAt)
              : head.dMid + (depthEnd - head.dMid) * ((v - bellyAt) / (1 - bellyAt))
        const dO = head.dO ? acrossAt(head.dO, u) * Math.max(0, 1 - v / bellyAt) : 0
        q = place(ctx.skin, p, -(dHere + dO + relief * (halfT - h) + h), dir, true)
        n = ctx.skin.grad(q)
      } else if (on === 'bone') {
        q = place(ctx.bone, p, gap + h, undefined, false)
        n = ctx.bone.grad(q)
      } else {
        q = p
        n = [0, 0, 0]
      }
      rowM.push(q)
      rowN.push(n)
      rowH.push(h)
    }
    M.push(rowM)
    N.push(rowN)
    Hh.push(rowH)
  }
  // free placement: normals from the grid (oriented by dir, or outward from the skin)
  if (on === 'free') {
    for (let j = 0; j <= nv; j++)
      for (let i = 0; i <= nu; i++) {
        const du = sub(M[j]![Math.min(nu, i + 1)]!, M[j]![Math.max(0, i - 1)]!)
        const dv = sub(M[Math.min(nv, j + 1)]![i]!, M[Math.max(0, j - 1)]![i]!)
        let n = norm(cross(du, dv))
        const ref = dir ?? ctx.skin.grad(M[j]![i]!)
        if (dot(n, ref) < 0) n = scale(n, -1)
        N[j]![i] = n
      }
  }
  // ring per v: a rounded (superelliptic) cross-section swept around the mid-surface, so bellies
  // have soft sides instead of knife edges
  const base = out.positions.length / 3
  const firstIndex = out.indices.length
  const ring = 2 * nu + 4
  const pennation = shape === 'pennate' ? 0.35 : shape === 'bipennate' ? 0.4 : 0
  const SE = 2 / 2.6
  const at = <T>(row: T[], u: number, f: (a: T, b: T, t: number) => T): T => {
    const x = u * nu
    const i0 = Math.min(nu - 1, Math.floor(x))
    return f(row[i0]!, row[i0 + 1]!, x - i0)
  }
  const lerpN = (a: number, b: number, t: number): number => a + (b - a) * t
  for (let j = 0; j <= nv; j++) {
    const jn = Math.min(nv, j + 1)
    const jp = Math.max(0, j - 1)
    for (let k = 0; k < ring; k++) {
      const phi = (2 * Math.PI * k) / ring
      const cphi = Math.cos(phi)
      const sphi = Math.sin(phi)
      const ue = 0.5 - 0.5 * Math.sign(cphi) * Math.pow(Math.abs(cphi), SE)
      const he = Math.sign(sphi) * Math.pow(Math.abs(sphi), SE)
      const m = at(M[j]!, ue, lerp)
      const n = norm(at(N[j]!, ue, lerp))
      const h = at(Hh[j]!, ue, lerpN)
      const p = madd(m, n, he * h)
      out.positions.push(p[0], p[1], p[2])
      out.normals.push(0, 0, 0)
      let f = norm(sub(at(M[jn]!, ue, lerp), at(M[jp]!, ue, lerp)))
      if (pennation > 0) {
        const X = norm(sub(M[j]![nu]!, M[j]![0]!))
        const sgn = shape === 'bipennate' ? (ue < 0.5 ? -1 : 1) : 1
        f = norm(add(scale(f, Math.cos(pennation)), scale(X, sgn * Math.sin(pennation))))
      }
      out.fiber.push(f[0], f[1], f[2])
    }
  }
  for (let j = 0; j < nv; j++)
    for (let k = 0; k < ring; k++) {
      const a = base + j * ring + k
      const b = base + j * ring + ((k + 1) % ring)
      const c = base + (j + 1) * ring + ((k + 1) % ring)
      const d = base + (j + 1) * ring + k
      out.indices.push(a, b, c, a, c, d)
    }
  // caps: close each end ring across its thickness (vertex k pairs with ring - k, the point at the
  // same place across the muscle on the other face), so a long attachment line gets a thin flat
  // seam; a fan of triangles to the ring's centroid would cut through the muscle wherever the
  // attachment line is curved (e.g. the latissimus origin along the spine and iliac crest)
  const half = ring >> 1
  for (const j of [0, nv]) {
    const r0 = base + j * ring
    const tri = (a: number, b: number, c: number): void => {
      if (a === b || b === c || a === c) return
      if (j === 0) out.indices.push(r0 + a, r0 + b, r0 + c)
      else out.indices.push(r0 + a, r0 + c, r0 + b)
    }
    for (let k = 0; k < half; k++) {
      const m = (ring - k) % ring
      const m1 = ring - k - 1
      tri(k + 1, k, m)
      tri(k + 1, m, m1)
    }
  }
  orientHead(out, firstIndex)
}

/** Make the winding of the triangles from firstIndex on outward (positive signed volume). */
function orientHead(mesh: Mesh, firstIndex: number): void {
  const P = mesh.positions
  const I = mesh.indices
  let vol = 0
  for (let t = firstIndex; t < I.length; t += 3) {
    const a: Vec3 = [P[3 * I[t]!]!, P[3 * I[t]! + 1]!, P[3 * I[t]! + 2]!]
    const b: Vec3 = [P[3 * I[t + 1]!]!, P[3 * I[t + 1]! + 1]!, P[3 * I[t + 1]! + 2]!]
    const c: Vec3 = [P[3 * I[t + 2]!]!, P[3 * I[t + 2]! + 1]!, P[3 * I[t + 2]! + 2]!]
    vol += dot(a, cross(b, c))
  }
  if (vol < 0)
    for (let t = firstIndex; t < I.length; t += 3) {
      const x = I[t + 1]!
      I[t + 1] = I[t + 2]!
      I[t + 2] = x
    }
}

/** Keep every vertex inside the skin (by at least `inset`), pushing along the skin normal. */
export function clampInside(mesh: Mesh, skin: Field, inset = 0.0015): void {
  for (let v = 0; v < mesh.positions.length / 3; v++) {
    const p: Vec3 = [mesh.positions[3 * v]!, mesh.positions[3 * v + 1]!, mesh.positions[3 * v + 2]!]
    p[0] = Math.max(p[0], 0.0004)
    let d = skin.dv(p)
    let it = 0
    while (d > -inset && it++ < 4) {
      const g = skin.grad(p)
      const s = d + inset + 0.0002
      p[0] -= g[0] * s
      p[1] -= g[1] * s
      p[2] -= g[2] * s
      d = skin.dv(p)
    }
    // rows describe the LEFT half: nothing may cross the midline (midline muscles get two halves)
    mesh.positions[3 * v] = Math.max(p[0], 0.0004)
    mesh.positions[3 * v + 1] = p[1]
    mesh.positions[3 * v + 2] = p[2]
  }
}

/** Area-weighted vertex normals; flips the winding if the mesh is inside out (negative volume). */
export function computeNormals(mesh: Mesh): void {
  const P = mesh.positions
  const I = mesh.indices
  let vol = 0
  for (let t = 0; t < I.length; t += 3) {
    const a: Vec3 = [P[3 * I[t]!]!, P[3 * I[t]! + 1]!, P[3 * I[t]! + 2]!]
    const b: Vec3 = [P[3 * I[t + 1]!]!, P[3 * I[t + 1]! + 1]!, P[3 * I[t + 1]! + 2]!]
    const c: Vec3 = [P[3 * I[t + 2]!]!, P[3 * I[t + 2]! + 1]!, P[3 * I[t + 2]! + 2]!]
    vol += dot(a, cross(b, c))
  }
  if (vol < 0)
    for (let t = 0; t < I.length; t += 3) {
      const x = I[t + 1]!
      I[t + 1] = I[t + 2]!
      I[t + 2] = x
    }
  const Nn = new Float64Array(P.length)
  for (let t = 0; t < I.length; t += 3) {
    const ia = I[t]!
    const ib = I[t + 1]!
    const ic = I[t + 2]!
    const a: Vec3 = [P[3 * ia]!, P[3 * ia + 1]!, P[3 * ia + 2]!]
    const b: Vec3 = [P[3 * ib]!, P[3 * ib + 1]!, P[3 * ib + 2]!]
    const c: Vec3 = [P[3 * ic]!, P[3 * ic + 1]!, P[3 * ic + 2]!]
    const n = cross(sub(b, a), sub(c, a))
    for (const i of [ia, ib, ic]) {
      Nn[3 * i] = Nn[3 * i]! + n[0]
      Nn[3 * i + 1] = Nn[3 * i + 1]! + n[1]
      Nn[3 * i + 2] = Nn[3 * i + 2]! + n[2]
    }
  }
  for (let v = 0; v < P.length / 3; v++) {
    const n = norm([Nn[3 * v]!, Nn[3 * v + 1]!, Nn[3 * v + 2]!])
    mesh.normals[3 * v] = n[0]
    mesh.normals[3 * v + 1] = n[1]
    mesh.normals[3 * v + 2] = n[2]
  }
}

export { lerp }
