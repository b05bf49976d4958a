/**
 * Signed distance fields built from smooth primitives (lofted ellipse sections, ellipsoids, round
 * cones), combined with a polynomial smooth-min. Negative inside. Distances are approximate
 * (ellipse/ellipsoid bounds), good enough for polygonising and for "depth under the skin".
 */
import { type Vec3, clamp, cross, dot, len, norm, perpendicular, sub } from './math'

export interface Section {
  /** fraction along the axis A->B */
  t: number
  /** half-width along the side axis (m) */
  a: number
  /** half-depth along the front axis (m) */
  b: number
  /** offset of the section centre along the front axis (m) */
  f?: number
  /** offset of the section centre along the side axis (m) */
  s?: number
  /** superellipse exponent of the section (2 = ellipse; larger = boxier) */
  n?: number
}

/** Approximate distance to a superelliptic section (exponent n) with an ellipsoidal end cap. */
function superDist(
  u: number,
  w: number,
  s: number,
  a: number,
  b: number,
  c: number,
  n: number,
): number {
  const au = Math.abs(u) / a + 1e-12
  const aw = Math.abs(w) / b + 1e-12
  const pu = Math.pow(au, n)
  const pw = Math.pow(aw, n)
  const k = Math.pow(pu + pw, 1 / n)
  const kn1 = Math.pow(k, 1 - n)
  const gu = (pu / au / a) * kn1
  const gw = (pw / aw / b) * kn1
  const sc = s / c
  const K = Math.sqrt(k * k + sc * sc)
  const gx = (k * gu) / K
  const gy = (k * gw) / K
  const gz = s / (c * c) / K
  const g = Math.sqrt(gx * gx + gy * gy + gz * gz)
  return (K - 1) / Math.max(g, 1e-9)
}

export interface Prim {
  group: number
  k: number
  /** carve this shape out of what the earlier primitives built (smooth subtraction) */
  carve?: boolean
  /** drawn (e.g. fascia with the skeleton) but never used to lay muscles on */
  drawnOnly?: boolean
  min: Vec3
  max: Vec3
  d(x: number, y: number, z: number): number
}

function ellipsoidDist(u: number, w: number, s: number, a: number, b: number, c: number): number {
  const k0 = Math.sqrt((u / a) ** 2 + (w / b) ** 2 + (s / c) ** 2)
  if (k0 < 1e-9) return -Math.min(a, b, c)
  const k1 = Math.sqrt((u / (a * a)) ** 2 + (w / (b * b)) ** 2 + (s / (c * c)) ** 2)
  return (k0 * (k0 - 1)) / k1
}

/** Cubic Hermite interpolation of section values with Catmull-Rom tangents over uneven knots. */
function interp(ts: number[], vs: number[], t: number): number {
  const n = ts.length
  if (n === 1 || t <= ts[0]!) return vs[0]!
  if (t >= ts[n - 1]!) return vs[n - 1]!
  let i = 0
  while (i < n - 2 && t > ts[i + 1]!) i++
  const t0 = ts[i]!
  const t1 = ts[i + 1]!
  const h = t1 - t0
  const u = (t - t0) / h
  const slope = (j: number): number => {
    if (j <= 0) return (vs[1]! - vs[0]!) / (ts[1]! - ts[0]!)
    if (j >= n - 1) return (vs[n - 1]! - vs[n - 2]!) / (ts[n - 1]! - ts[n - 2]!)
    return (vs[j + 1]! - vs[j - 1]!) / (ts[j + 1]! - ts[j - 1]!)
  }
  const m0 = slope(i) * h
  const m1 = slope(i + 1) * h
  const u2 = u * u
  const u3 = u2 * u
  return (
    (2 * u3 - 3 * u2 + 1) * vs[i]! +
    (u3 - 2 * u2 + u) * m0 +
    (-2 * u3 + 3 * u2) * vs[i + 1]! +
    (u3 - u2) * m1
  )
}

/**
 * A lofted body between A and B whose elliptical cross-sections vary along the axis. `front` gives
 * the direction of the b (depth) half-axis. Ends are rounded with a cap of radius capScale*min(a,b).
 */
export function loft(
  group: number,
  A: Vec3,
  B: Vec3,
  sections: Section[],
  front: Vec3,
  k = 0.02,
  capScale = 1,
): Prim {
  const axis = sub(B, A)
  const L = len(axis)
  const e = norm(axis)
  const fz = perpendicular(e, front)
  const sx = cross(e, fz)
  const ts = sections.map((s) => s.t)
  const as = sections.map((s) => s.a)
  const bs = sections.map((s) => s.b)
  const fs = sections.map((s) => s.f ?? 0)
  const ss = sections.map((s) => s.s ?? 0)
  const ns = sections.map((s) => s.n ?? 2)
  const boxy = ns.some((n) => n !== 2)
  let r = 0
  for (const s of sections)
    r = Math.max(r, Math.max(s.a, s.b) + Math.abs(s.f ?? 0) + Math.abs(s.s ?? 0))
  const min: Vec3 = [Math.min(A[0], B[0]) - r, Math.min(A[1], B[1]) - r, Math.min(A[2], B[2]) - r]
  const max: Vec3 = [Math.max(A[0], B[0]) + r, Math.max(A[1], B[1]) + r, Math.max(A[2], B[2]) + r]
  return {
    group,
    k,
    min,
    max,
    d(x, y, z) {
      const px = x - A[0]
      const py = y - A[1]
      const pz = z - A[2]
      const along = px * e[0] + py * e[1] + pz * e[2]
      const t = along / L
      const tc = clamp(t, 0, 1)
      const a = interp(ts, as, tc)
      const b = interp(ts, bs, tc)
      const fo = interp(ts, fs, tc)
      const so = interp(ts, ss, tc)
      const s = (t - tc) * L
      const qx = px - e[0] * tc * L
      const qy = py - e[1] * tc * L
      const qz = pz - e[2] * tc * L
      const u = qx * sx[0] + qy * sx[1] + qz * sx[2] - so
      const w = qx * fz[0] + qy * fz[1] + qz * fz[2] - fo
      const c = Math.max(1e-4, Math.min(a, b) * capScale)
      if (boxy) return superDist(u, w, s, a, b, c, interp(ts, ns, tc))
      return ellipsoidDist(u, w, s, a, b, c)
    },
  }
}

/** An ellipsoid with half-axes r along the orthonormal axes (ax, ay, az = ax x ay). */
export function ellipsoid(
  group: number,
  c: Vec3,
  r: Vec3,
  ax: Vec3 = [1, 0, 0],
  ay: Vec3 = [0, 1, 0],
  k = 0.02,
): Prim {
  const X = norm(ax)
  const Y = perpendicular(X, ay)
  const Z = cross(X, Y)
  const m = Math.max(r[0], r[1], r[2])
  return {
    group,
    k,
    min: [c[0] - m, c[1] - m, c[2] - m],
    max: [c[0] + m, c[1] + m, c[2] + m],
    d(x, y, z) {
      const px = x - c[0]
      const py = y - c[1]
      const pz = z - c[2]
      return ellipsoidDist(
        px * X[0] + py * X[1] + pz * X[2],
        px * Y[0] + py * Y[1] + pz * Y[2],
        px * Z[0] + py * Z[1] + pz * Z[2],
        r[0],
        r[1],
        r[2],
      )
    },
  }
}

/** Mark a primitive as carving (smooth subtraction); carving primitives must come last. */
export function carve(p: Prim): Prim {
  return { ...p, carve: true, d: p.d }
}

/** A round cone (capsule with linearly varying radius) between A and B. */
export function roundCone(group: number, A: Vec3, B: Vec3, ra: number, rb: number, k = 0.01): Prim {
  const ab = sub(B, A)
  const L2 = dot(ab, ab)
  const r = Math.max(ra, rb)
  return {
    group,
    k,
    min: [Math.min(A[0], B[0]) - r, Math.min(A[1], B[1]) - r, Math.min(A[2], B[2]) - r],
    max: [Math.max(A[0], B[0]) + r, Math.max(A[1], B[1]) + r, Math.max(A[2], B[2]) + r],
    d(x, y, z) {
      const px = x - A[0]
      const py = y - A[1]
      const pz = z - A[2]
      const t = clamp((px * ab[0] + py * ab[1] + pz * ab[2]) / L2, 0, 1)
      const dx = px - ab[0] * t
      const dy = py - ab[1] * t
      const dz = pz - ab[2] * t
      return Math.sqrt(dx * dx + dy * dy + dz * dz) - (ra + (rb - ra) * t)
    },
  }
}

/** A union of primitives with a spatial bucket grid so each evaluation only visits nearby ones. */
export class Field {
  readonly prims: Prim[]
  readonly margin: number
  private readonly cell = 0.04
  private readonly o: Vec3
  private readonly n: [number, number, number]
  private readonly buckets: Int32Array[]
  /** Set by the last call to d(): the group of the nearest primitive. */
  lastGroup = -1
  /**
   * When set, the field is made exactly mirror-symmetric about x = 0 by evaluating at |x| (the
   * smooth union is order-dependent, so the raw left and right halves differ by tiny amounts);
   * groups found for x < 0 are mapped to their mirror group.
   */
  private readonly mirrorGroup: ((g: number) => number) | undefined

  constructor(prims: Prim[], margin = 0.06, mirrorGroup?: (g: number) => number) {
    this.prims = prims
    this.margin = margin
    this.mirrorGroup = mirrorGroup
    const lo: Vec3 = [Infinity, Infinity, Infinity]
    const hi: Vec3 = [-Infinity, -Infinity, -Infinity]
    for (const p of prims)
      for (let i = 0; i < 3; i++) {
        lo[i] = Math.min(lo[i]!, p.min[i]! - margin - p.k)
        hi[i] = Math.max(hi[i]!, p.max[i]! + margin + p.k)
      }
    this.o = lo
    this.n = [0, 1, 2].map((i) => Math.max(1, Math.ceil((hi[i]! - lo[i]!) / this.cell))) as [
      number,
      number,
      number,
    ]
    const lists: number[][] = Array.from({ length: this.n[0] * this.n[1] * this.n[2] }, () => [])
    prims.forEach((p, pi) => {
      const a = [0, 1, 2].map((i) =>
        Math.max(0, Math.floor((p.min[i]! - margin - p.k - lo[i]!) / this.cell)),
      )
      const b = [0, 1, 2].map((i) =>
        Math.min(this.n[i]! - 1, Math.floor((p.max[i]! + margin + p.k - lo[i]!) / this.cell)),
      )
      for (let x = a[0]!; x <= b[0]!; x++)
        for (let y = a[1]!; y <= b[1]!; y++)
          for (let z = a[2]!; z <= b[2]!; z++) lists[x + this.n[0] * (y + this.n[1] * z)]!.push(pi)
    })
    this.buckets = lists.map((l) => Int32Array.from(l))
  }

  d(x: number, y: number, z: number): number {
    if (this.mirrorGroup && x < 0) {
      const v = this.raw(-x, y, z)
      if (this.lastGroup >= 0) this.lastGroup = this.mirrorGroup(this.lastGroup)
      return v
    }
    return this.raw(x, y, z)
  }

  private raw(x: number, y: number, z: number): number {
    const ix = Math.floor((x - this.o[0]) / this.cell)
    const iy = Math.floor((y - this.o[1]) / this.cell)
    const iz = Math.floor((z - this.o[2]) / this.cell)
    this.lastGroup = -1
    if (ix < 0 || iy < 0 || iz < 0 || ix >= this.n[0] || iy >= this.n[1] || iz >= this.n[2])
      return this.margin
    const list = this.buckets[ix + this.n[0] * (iy + this.n[1] * iz)]!
    let acc = this.margin
    let best = Infinity
    for (let i = 0; i < list.length; i++) {
      const p = this.prims[list[i]!]!
      const di = p.d(x, y, z)
      const k = p.k
      if (p.carve) {
        const h = Math.max(k - Math.abs(acc + di), 0) / k
        acc = Math.max(acc, -di) + h * h * k * 0.25
        continue
      }
      if (di < best) {
        best = di
        this.lastGroup = p.group
      }
      const h = Math.max(k - Math.abs(acc - di), 0) / k
      acc = Math.min(acc, di) - h * h * k * 0.25
    }
    return Math.min(acc, this.margin)
  }

  dv(p: Vec3): number {
    return this.d(p[0], p[1], p[2])
  }

  /** Normalised gradient (outward normal) by the tetrahedral difference technique. */
  grad(p: Vec3, eps = 0.0005): Vec3 {
    const [x, y, z] = p
    const a = this.d(x + eps, y - eps, z - eps)
    const b = this.d(x - eps, y - eps, z + eps)
    const c = this.d(x - eps, y + eps, z - eps)
    const e = this.d(x + eps, y + eps, z + eps)
    return norm([a - b - c + e, -a - b + c + e, -a + b - c + e])
  }

  /** Move p onto the level set d = target by Newton steps along the gradient. */
  project(p: Vec3, target = 0, iters = 4): Vec3 {
    let q: Vec3 = [p[0], p[1], p[2]]
    for (let i = 0; i < iters; i++) {
      const d = this.dv(q) - target
      if (Math.abs(d) < 1e-5) break
      const g = this.grad(q)
      q = [q[0] - g[0] * d, q[1] - g[1] * d, q[2] - g[2] * d]
    }
    return q
  }

  /**
   * March from p along dir until the field crosses `target` (from below to above), then refine by
   * bisection. Returns null if no crossing within maxDist.
   */
  rayTo(p: Vec3, dir: Vec3, target = 0, maxDist = 0.6): Vec3 | null {
    const dn = norm(dir)
    let s = 0
    let prev = this.dv(p) - target
    if (prev > 0) return this.project(p, target)
    while (s < maxDist) {
      const step = Math.max(0.002, Math.min(0.02, Math.abs(prev) * 0.8))
      const s2 = s + step
      const q: Vec3 = [p[0] + dn[0] * s2, p[1] + dn[1] * s2, p[2] + dn[2] * s2]
      const d = this.dv(q) - target
      if (d >= 0) {
        let lo = s
        let hi = s2
        for (let i = 0; i < 30; i++) {
          const m = (lo + hi) / 2
          const dm = this.dv([p[0] + dn[0] * m, p[1] + dn[1] * m, p[2] + dn[2] * m]) - target
          if (dm >= 0) hi = m
          else lo = m
        }
        const m = (lo + hi) / 2
        return [p[0] + dn[0] * m, p[1] + dn[1] * m, p[2] + dn[2] * m]
      }
      s = s2
      prev = d
    }
    return null
  }
}
