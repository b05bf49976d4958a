/**
 * Independent accuracy check: each muscle's centroid against published musculoskeletal geometry
 * that is NOT this generator (tests/model/reference/: Rajagopal 2016 / Delp 1990 lower limb,
 * Holzbaur 2005 MoBL-ARMS upper limb; provenance in tests/model/reference/README.md).
 *
 * Each reference body chain is posed (all coordinates 0; forearm supinated), its axes mapped onto
 * our LEFT side (OpenSim right-side x anterior, y up, z lateral -> our Z, Y, X), and each segment
 * is placed on our skeleton by a least-squares similarity (rotation + ONE uniform scale +
 * translation) fitted to matching joint centres and bony/skin landmarks of assets/models/manifest.json.
 * A reference centroid is the length-weighted midpoint of the path polyline (mean over the parts
 * that stand for one of our muscles); ours is the manifest centroid of `<muscle>.L`.
 *
 *   npx tsx scripts/model/centroid-check.ts [--extent] [other-manifest.json]
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { type Vec3 as V, add, cross, dot, len, scale as mul, sub } from './math'

type PathPoint = [string, number, number, number]
interface Body {
  parent: string | null
  pos: V
  supinate?: { axis: V; deg: number }
  /** fixed orientation in the parent (OpenSim orientation_in_parent: body-fixed X-Y-Z Euler, rad) */
  rot?: V
}
interface Segment {
  bodies: string[]
  match?: [PathPoint, string, string?][]
  bilateral?: boolean
  /** with bilateral: match the midpoint of each left/right pair (a midline point) instead of both
   * sides, so the fit uses only the spine's sagittal course, not the source's lateral offsets */
  pairMidpoints?: boolean
  like?: string
  anchor?: [PathPoint, string]
  /** no rotation, the uniform scale of the named segment, translation fitted to the matches */
  translateOnly?: string
  /** exactly two matches (a bone's two ends, e.g. the clavicle's sternoclavicular and
   * acromioclavicular joints): the named segment's rotation, then the smallest extra rotation that
   * lines the reference end-to-end axis up with ours; scale = ratio of the two lengths */
  twoPoint?: string
  /** as twoPoint, with a fixed base rotation (applied after the axis mapping) instead of another
   * segment's: for a source body frame whose axes are anatomical (e.g. DAS3's humerus: x lateral,
   * y up, z posterior needs 90 degrees about Y) */
  twoPointBase?: { axis: V; deg: number }
  /** landmarks printed with the residuals but not fitted (skeleton differences worth knowing) */
  checks?: [PathPoint, string, string?][]
}
interface RefModel {
  bodies: Record<string, Body>
  segments: Record<string, Segment>
  paths: Record<string, PathPoint[]>
}
export interface Comparison {
  muscle: string
  metric?: 'path'
  parts: string[]
  dropBodies?: string[]
  maxPoints?: number
  compare?: boolean
  why?: string
  reportOnly?: string
}
interface ManifestLike {
  stature: number
  parts: { name: string; centroid: V; min: V; max: V }[]
  landmarks: Record<string, { position: V }>
}

export interface CentroidRow {
  muscle: string
  model: RefKey
  /** our centroid and the reference centroid (body frame, m) */
  ours: V
  ref: V
  errorMm: number
  errorPct: number
  /** reference path points in our frame (for the extent check) */
  refPaths: V[][]
  /** distance (mm) from our centroid to the nearest reference path polyline, and where along it (0..1) */
  pathDistMm: number
  along: number
  /** 'centroid': asserted on errorPct; 'path': asserted on pathDistMm (tendon-dominated reference) */
  metric: 'centroid' | 'path' | 'none'
  asserted: boolean
  note?: string
}

const REF_DIR = resolve(import.meta.dirname, '../../tests/model/reference')

/** Reference models: lower limb, upper limb, lumbar spine + thorax (Christophy 2012), neck (Mortensen 2018),
 * shoulder girdle (Seth 2019 thoracoscapular model, Klein Breteler 1999 muscle elements), scapulohumeral
 * muscles with every element of the Delft model (DAS3, Chadwick 2014). */
export type RefKey = 'leg' | 'arm' | 'trunk' | 'neck' | 'shoulder' | 'das3'
const REF_FILES: Record<RefKey, string> = {
  leg: 'leg-rajagopal2016.json',
  arm: 'arm-holzbaur2005.json',
  trunk: 'trunk-christophy2012.json',
  neck: 'neck-mortensen2018.json',
  shoulder: 'shoulder-seth2019.json',
  das3: 'shoulder-das3.json',
}

/** Checked array access (the project compiles with noUncheckedIndexedAccess). */
function at<T>(arr: readonly T[], i: number): T {
  const v = arr[i]
  if (v === undefined) throw new Error(`index ${i} out of range`)
  return v
}
type M3 = [V, V, V] // rows
const I3: M3 = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
]
const mv = (m: M3, v: V): V => [dot(m[0], v), dot(m[1], v), dot(m[2], v)]
const col = (m: M3, j: 0 | 1 | 2): V => [m[0][j], m[1][j], m[2][j]]
const mm = (a: M3, b: M3): M3 => {
  const c0 = col(b, 0)
  const c1 = col(b, 1)
  const c2 = col(b, 2)
  const row = (r: V): V => [dot(r, c0), dot(r, c1), dot(r, c2)]
  return [row(a[0]), row(a[1]), row(a[2])]
}

/** Rodrigues rotation matrix about a unit axis. */
function axisAngle(axis: V, rad: number): M3 {
  const [x, y, z] = mul(axis, 1 / len(axis))
  const c = Math.cos(rad)
  const s = Math.sin(rad)
  const t = 1 - c
  return [
    [t * x * x + c, t * x * y - s * z, t * x * z + s * y],
    [t * x * y + s * z, t * y * y + c, t * y * z - s * x],
    [t * x * z - s * y, t * y * z + s * x, t * z * z + c],
  ]
}

/** Posed reference model: point on a body -> reference root frame. */
function poser(model: RefModel, supSign: number) {
  const cache = new Map<string, { o: V; r: M3 }>()
  const frame = (name: string): { o: V; r: M3 } => {
    const hit = cache.get(name)
    if (hit) return hit
    const b = model.bodies[name]
    if (!b) throw new Error(`unknown reference body ${name}`)
    let f: { o: V; r: M3 }
    if (!b.parent) f = { o: b.pos, r: I3 }
    else {
      const p = frame(b.parent)
      const own = b.supinate
        ? axisAngle(b.supinate.axis, (supSign * b.supinate.deg * Math.PI) / 180)
        : b.rot
          ? mm(
              mm(axisAngle([1, 0, 0], b.rot[0]), axisAngle([0, 1, 0], b.rot[1])),
              axisAngle([0, 0, 1], b.rot[2]),
            )
          : I3
      f = { o: add(p.o, mv(p.r, b.pos)), r: mm(p.r, own) }
    }
    cache.set(name, f)
    return f
  }
  return (pp: PathPoint): V => {
    const f = frame(pp[0])
    return add(f.o, mv(f.r, [pp[1], pp[2], pp[3]]))
  }
}

/** OpenSim right side (x anterior, y up, z lateral) -> our left side (X lateral, Y up, Z anterior). */
const toOurs = (p: V): V => [p[2], p[1], p[0]]

/** Largest-eigenvalue eigenvector of a symmetric 4x4 matrix (Jacobi rotations; row-major flat). */
function maxEigenvector(a: readonly number[]): [number, number, number, number] {
  const n = 4
  const m = Float64Array.from(a)
  const v = Float64Array.from([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1])
  const g = (x: Float64Array, i: number, j: number): number => x[i * n + j] ?? 0
  const put = (x: Float64Array, i: number, j: number, val: number): void => {
    x[i * n + j] = val
  }
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += g(m, p, q) ** 2
    if (off < 1e-22) break
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const mpq = g(m, p, q)
        if (Math.abs(mpq) < 1e-30) continue
        const theta = (g(m, q, q) - g(m, p, p)) / (2 * mpq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < n; k++) {
          const mkp = g(m, k, p)
          const mkq = g(m, k, q)
          put(m, k, p, c * mkp - s * mkq)
          put(m, k, q, s * mkp + c * mkq)
        }
        for (let k = 0; k < n; k++) {
          const mpk = g(m, p, k)
          const mqk = g(m, q, k)
          put(m, p, k, c * mpk - s * mqk)
          put(m, q, k, s * mpk + c * mqk)
        }
        for (let k = 0; k < n; k++) {
          const vkp = g(v, k, p)
          const vkq = g(v, k, q)
          put(v, k, p, c * vkp - s * vkq)
          put(v, k, q, s * vkp + c * vkq)
        }
      }
  }
  let best = 0
  for (let i = 1; i < n; i++) if (g(m, i, i) > g(m, best, best)) best = i
  return [g(v, 0, best), g(v, 1, best), g(v, 2, best), g(v, 3, best)]
}

interface Sim {
  s: number
  r: M3
  t: V
}
const applySim = (T: Sim, p: V): V => add(mul(mv(T.r, p), T.s), T.t)

/** Least-squares similarity src -> dst (Horn 1987 quaternion method, uniform scale). */
export function fitSimilarity(src: V[], dst: V[]): Sim {
  const n = Math.min(src.length, dst.length)
  const cs = mul(src.reduce(add, [0, 0, 0]), 1 / n)
  const cd = mul(dst.reduce(add, [0, 0, 0]), 1 / n)
  // cross-covariance S[i][j] = sum a_i b_j
  let [Sxx, Sxy, Sxz, Syx, Syy, Syz, Szx, Szy, Szz] = [0, 0, 0, 0, 0, 0, 0, 0, 0]
  let ss = 0
  src.forEach((sp, k) => {
    const dp = dst[k]
    if (!dp) return
    const a = sub(sp, cs)
    const b = sub(dp, cd)
    ss += dot(a, a)
    Sxx += a[0] * b[0]
    Sxy += a[0] * b[1]
    Sxz += a[0] * b[2]
    Syx += a[1] * b[0]
    Syy += a[1] * b[1]
    Syz += a[1] * b[2]
    Szx += a[2] * b[0]
    Szy += a[2] * b[1]
    Szz += a[2] * b[2]
  })
  const N = [
    Sxx + Syy + Szz,
    Syz - Szy,
    Szx - Sxz,
    Sxy - Syx,
    Syz - Szy,
    Sxx - Syy - Szz,
    Sxy + Syx,
    Szx + Sxz,
    Szx - Sxz,
    Sxy + Syx,
    -Sxx + Syy - Szz,
    Syz + Szy,
    Sxy - Syx,
    Szx + Sxz,
    Syz + Szy,
    -Sxx - Syy + Szz,
  ]
  const [w, x, y, z] = maxEigenvector(N)
  const r: M3 = [
    [w * w + x * x - y * y - z * z, 2 * (x * y - w * z), 2 * (x * z + w * y)],
    [2 * (x * y + w * z), w * w - x * x + y * y - z * z, 2 * (y * z - w * x)],
    [2 * (x * z - w * y), 2 * (y * z + w * x), w * w - x * x - y * y + z * z],
  ]
  let num = 0
  src.forEach((sp, k) => {
    const dp = dst[k]
    if (dp) num += dot(sub(dp, cd), mv(r, sub(sp, cs)))
  })
  const s = num / ss
  return { s, r, t: sub(cd, mul(mv(r, cs), s)) }
}

function lm(man: ManifestLike, name: string, side: 'L' | 'R' = 'L'): V {
  const l = man.landmarks[`${name}.${side}`] ?? man.landmarks[name]
  if (!l) throw new Error(`manifest has no landmark ${name}`)
  return l.position
}

/** Places a reference model on our skeleton: body point -> our frame, per segment. */
function placeModel(model: RefModel, man: ManifestLike) {
  // forearm rotation sense: the one that brings the radial styloid lateral (palm forward)
  let supSign = 1
  const sup = Object.values(model.bodies).some((b) => b.supinate)
  if (sup) {
    const score = (sg: number): number => {
      const pose = poser(model, sg)
      return (
        pose(['radius', 0.05749, -0.2272, 0.02738])[2] -
        pose(['ulna', -0.01672, -0.2416, 0.04782])[2]
      )
    }
    supSign = score(1) > score(-1) ? 1 : -1
  }
  const pose = poser(model, supSign)
  const sims = new Map<string, Sim>()
  const bodySeg = new Map<string, string>()
  const fitted: Record<string, { rmsMm: number; scale: number; residuals?: [string, V][] }> = {}
  const fit = (name: string): Sim => {
    const have = sims.get(name)
    if (have) return have
    const seg = model.segments[name]
    if (!seg) throw new Error(`no segment ${name}`)
    let T: Sim
    if (seg.like) {
      const base = fit(seg.like)
      const a = seg.anchor!
      const at = applySim(base, toOurs(pose(a[0])))
      T = { ...base, t: add(base.t, sub(lm(man, a[1]), at)) }
    } else {
      const src: V[] = []
      const dst: V[] = []
      const names: string[] = []
      for (const [pp, name2] of seg.match!) {
        src.push(toOurs(pose(pp)))
        dst.push(lm(man, name2, 'L'))
        names.push(name2)
        if (seg.bilateral && (man.landmarks[`${name2}.R`] || pp[3] !== 0)) {
          const q = pose(pp)
          const qr = toOurs([q[0], q[1], -q[2]])
          if (seg.pairMidpoints) {
            const k = src.length - 1
            src[k] = mul(add(at(src, k), qr), 0.5)
            dst[k] = mul(add(at(dst, k), lm(man, name2, 'R')), 0.5)
            continue
          }
          src.push(qr)
          dst.push(lm(man, name2, 'R'))
          names.push(`${name2}.R`)
        }
      }
      if (seg.twoPoint || seg.twoPointBase) {
        // base rotation (of the named segment, or fixed), then the minimal rotation taking the
        // reference end-to-end direction onto ours (Rodrigues); the roll about that axis stays the base one
        const tb = seg.twoPointBase
        const base = seg.twoPoint
          ? fit(seg.twoPoint)
          : { r: axisAngle(tb!.axis, (tb!.deg * Math.PI) / 180) }
        const a = mv(base.r, sub(at(src, 1), at(src, 0)))
        const b = sub(at(dst, 1), at(dst, 0))
        const ax = cross(a, b)
        const ang = Math.atan2(len(ax), dot(a, b))
        const r = len(ax) > 1e-12 ? mm(axisAngle(ax, ang), base.r) : base.r
        const s = len(b) / len(a)
        T = { s, r, t: sub(at(dst, 0), mul(mv(r, at(src, 0)), s)) }
      } else if (seg.translateOnly) {
        const s = fit(seg.translateOnly).s
        const n = src.length
        const cs = mul(src.reduce(add, [0, 0, 0]), 1 / n)
        const cd = mul(dst.reduce(add, [0, 0, 0]), 1 / n)
        T = { s, r: I3, t: sub(cd, mul(cs, s)) }
      } else T = fitSimilarity(src, dst)
      let e2 = 0
      const residuals: [string, V][] = []
      src.forEach((sp, k) => {
        const e = sub(at(dst, k), applySim(T, sp))
        e2 += dot(e, e)
        residuals.push([at(names, k), e])
      })
      for (const [pp, name2] of seg.checks ?? [])
        residuals.push([
          `${name2} (check, not fitted)`,
          sub(lm(man, name2, 'L'), applySim(T, toOurs(pose(pp)))),
        ])
      fitted[name] = { rmsMm: Math.sqrt(e2 / src.length) * 1000, scale: T.s, residuals }
    }
    sims.set(name, T)
    return T
  }
  for (const [name, seg] of Object.entries(model.segments)) {
    fit(name)
    for (const b of seg.bodies) bodySeg.set(b, name)
  }
  const place = (pp: PathPoint): V => {
    const seg = bodySeg.get(pp[0])
    if (!seg) throw new Error(`body ${pp[0]} belongs to no segment`)
    return applySim(sims.get(seg)!, toOurs(pose(pp)))
  }
  return { place, fitted }
}

/** Nearest point of a polyline to p: distance and arc-length fraction. */
export function polylineDistance(pts: V[], p: V): { d: number; t: number } {
  let best = { d: Infinity, t: 0 }
  let total = 0
  const lens: number[] = []
  for (let i = 1; i < pts.length; i++) {
    const l = len(sub(at(pts, i), at(pts, i - 1)))
    lens.push(l)
    total += l
  }
  let acc = 0
  for (let i = 1; i < pts.length; i++) {
    const a = at(pts, i - 1)
    const ab = sub(at(pts, i), a)
    const li = at(lens, i - 1)
    const l2 = dot(ab, ab)
    const u = l2 > 0 ? Math.max(0, Math.min(1, dot(sub(p, a), ab) / l2)) : 0
    const d = len(sub(p, add(a, mul(ab, u))))
    if (d < best.d) best = { d, t: total > 0 ? (acc + u * li) / total : 0 }
    acc += li
  }
  return best
}

/** Length-weighted midpoint of a polyline. */
export function polylineCentroid(pts: V[]): V {
  if (pts.length === 1) return at(pts, 0)
  let L = 0
  let c: V = [0, 0, 0]
  for (let i = 1; i < pts.length; i++) {
    const l = len(sub(at(pts, i), at(pts, i - 1)))
    L += l
    c = add(c, mul(add(at(pts, i), at(pts, i - 1)), l / 2))
  }
  return L > 0 ? mul(c, 1 / L) : at(pts, 0)
}

const readJson = <T>(f: string): T => JSON.parse(readFileSync(resolve(REF_DIR, f), 'utf8')) as T

export interface CheckResult {
  rows: CentroidRow[]
  fits: Record<string, { rmsMm: number; scale: number; residuals?: [string, V][] }>
  /** reference bony attachment vs our landmark (mm) */
  attachments: { label: string; mm: number; d: V }[]
}

export function centroidCheck(man: ManifestLike): CheckResult {
  const keys = Object.keys(REF_FILES) as RefKey[]
  const models = Object.fromEntries(
    keys.map((k) => [k, readJson<RefModel>(REF_FILES[k])]),
  ) as Record<RefKey, RefModel>
  const comps = readJson<
    Partial<Record<RefKey, Comparison[]>> & {
      attachments: [RefKey, string, number, string][]
    }
  >('comparisons.json')
  const rows: CentroidRow[] = []
  const fits: CheckResult['fits'] = {}
  const attachments: CheckResult['attachments'] = []
  for (const key of keys) {
    const { place, fitted } = placeModel(models[key], man)
    for (const [k2, path, idx, name] of comps.attachments) {
      if (k2 !== key) continue
      const d = sub(lm(man, name), place(at(models[key].paths[path] ?? [], idx)))
      attachments.push({ label: `${path}[${idx}] ~ ${name}`, mm: len(d) * 1000, d })
    }
    for (const [k, v] of Object.entries(fitted)) fits[`${key}:${k}`] = v
    for (const c of comps[key] ?? []) {
      const part = man.parts.find((p) => p.name === `${c.muscle}.L`)
      if (!part) continue
      const refPaths = c.parts.map((name) => {
        let pts = models[key].paths[name]
        if (!pts) throw new Error(`no reference path ${name}`)
        if (c.dropBodies) pts = pts.filter((p) => !c.dropBodies!.includes(p[0]))
        if (c.maxPoints) pts = pts.slice(0, c.maxPoints)
        return pts.map(place)
      })
      // parts together form one multi-polyline: its length-weighted midpoint (a long head counts
      // for more than a short one)
      let ref: V = [0, 0, 0]
      let total = 0
      for (const pts of refPaths) {
        const l = pts.slice(1).reduce((acc, q, i) => acc + len(sub(q, at(pts, i))), 0)
        ref = add(ref, mul(polylineCentroid(pts), l))
        total += l
      }
      ref = mul(ref, 1 / total)
      const err = len(sub(part.centroid, ref))
      let near = { d: Infinity, t: 0 }
      for (const pts of refPaths) {
        const q = polylineDistance(pts, part.centroid)
        if (q.d < near.d) near = q
      }
      const metric = c.compare === false || c.reportOnly ? 'none' : (c.metric ?? 'centroid')
      rows.push({
        muscle: c.muscle,
        model: key,
        ours: part.centroid,
        ref,
        errorMm: err * 1000,
        errorPct: (err / man.stature) * 100,
        refPaths,
        pathDistMm: near.d * 1000,
        along: near.t,
        metric,
        asserted: metric !== 'none',
        note: c.why ?? c.reportOnly,
      })
    }
  }
  rows.sort((a, b) => b.errorMm - a.errorMm)
  return { rows, fits, attachments }
}

/** The target: centroid within 1.5% of stature; for tendon-dominated references ('path'), either
 * that or the centroid within 1.5% of stature of the reference path, projecting inside it. */
export function passes(r: CentroidRow, stature = 1.75, limitPct = 1.5): boolean {
  const lim = (limitPct / 100) * stature * 1000
  if (r.metric === 'path')
    return r.errorMm <= lim || (r.pathDistMm <= lim && r.along > 0.02 && r.along < 0.98)
  return r.errorMm <= lim
}

export function summary(rows: CentroidRow[], limitPct = 1.5) {
  const e = rows.map((r) => r.errorPct).sort((a, b) => a - b)
  const q = (f: number): number =>
    e[Math.min(e.length - 1, Math.floor(f * (e.length - 1) + 0.5))] ?? NaN
  return {
    count: e.length,
    medianPct: q(0.5),
    p90Pct: q(0.9),
    maxPct: e[e.length - 1] ?? NaN,
    within: e.filter((x) => x <= limitPct).length,
  }
}

/**
 * Extent along the reference chord: the axis from the (mean) first to the (mean) last reference
 * path point; the reference span is the projection of every reference path point on it, ours the
 * projection of every vertex of `<muscle>.L`.
 */
export function extentOf(
  r: CentroidRow,
  positions: ArrayLike<number>,
): { oursMm: number; refMm: number; diffMm: number; ratio: number } {
  const first = polylineCentroid(r.refPaths.map((p) => at(p, 0)))
  const last = polylineCentroid(r.refPaths.map((p) => at(p, p.length - 1)))
  const axis = mul(sub(last, first), 1 / Math.max(1e-9, len(sub(last, first))))
  const proj = (p: V): number => dot(p, axis)
  const all = r.refPaths.flat().map(proj)
  const refE = Math.max(...all) - Math.min(...all)
  let lo = Infinity
  let hi = -Infinity
  for (let i = 0; i + 2 < positions.length; i += 3) {
    const t = proj([positions[i] ?? 0, positions[i + 1] ?? 0, positions[i + 2] ?? 0])
    lo = Math.min(lo, t)
    hi = Math.max(hi, t)
  }
  const ours = hi - lo
  return {
    oursMm: ours * 1000,
    refMm: refE * 1000,
    diffMm: (ours - refE) * 1000,
    ratio: ours / refE,
  }
}

/** Extent target: our span along the reference chord within 3% of stature (two centroid
 * tolerances, one per end) of the reference span, or within 25% of it. */
export const EXTENT_LIMIT_PCT = 3
export function extentPasses(e: { diffMm: number; ratio: number }, stature: number): boolean {
  return (
    Math.abs(e.diffMm) <= EXTENT_LIMIT_PCT * stature * 10 || (e.ratio >= 0.75 && e.ratio <= 1.25)
  )
}

async function main(): Promise<void> {
  const manPath = process.argv.find((a) => a.endsWith('.json'))
  const man = JSON.parse(
    readFileSync(
      manPath ?? resolve(import.meta.dirname, '../../assets/models/manifest.json'),
      'utf8',
    ),
  ) as ManifestLike
  const { rows, fits, attachments } = centroidCheck(man)
  const wantExtent = process.argv.includes('--extent')
  let meshes: Map<string, { positions: Float32Array }> | undefined
  if (wantExtent) {
    const { readModelMeshes } = await import('../readModel')
    const glb = readFileSync(resolve(import.meta.dirname, '../../assets/models/body.glb'))
    meshes = (await readModelMeshes(new Uint8Array(glb))) as unknown as Map<
      string,
      { positions: Float32Array }
    >
  }
  console.log('segment fits (rms of the matched landmarks, uniform scale):')
  for (const [k, v] of Object.entries(fits)) {
    console.log(`  ${k.padEnd(14)} rms ${v.rmsMm.toFixed(1)} mm  scale ${v.scale.toFixed(3)}`)
    if (process.argv.includes('--residuals'))
      for (const [n, e] of v.residuals ?? [])
        if (!n.endsWith('.R'))
          console.log(
            `      ${n.padEnd(26)} ${(len(e) * 1000).toFixed(0).padStart(4)} mm  ours - ref [${e.map((x) => (x * 1000).toFixed(0).padStart(4)).join(' ')}]`,
          )
  }
  console.log('\nreference attachment points vs our landmarks (mm; d = ours - ref [X Y Z]):')
  for (const a of attachments)
    console.log(
      `  ${a.label.padEnd(44)} ${a.mm.toFixed(0).padStart(4)}  [${a.d.map((x) => (x * 1000).toFixed(0).padStart(4)).join(' ')}]`,
    )
  console.log(
    `\n${'muscle'.padEnd(34)} ${'err mm'.padStart(7)} ${'% H'.padStart(6)}  d(ours-ref) mm [X Y Z]  path-dist mm @along${wantExtent ? '   extent along ref chord: ours/ref mm' : ''}`,
  )
  for (const r of rows) {
    const d = sub(r.ours, r.ref)
      .map((x) => (x * 1000).toFixed(0).padStart(4))
      .join(' ')
    let ext = ''
    if (meshes) {
      const m = meshes.get(`${r.muscle}.L`)
      if (m) {
        const e = extentOf(r, m.positions)
        ext = `   ${e.oursMm.toFixed(0).padStart(4)} / ${e.refMm.toFixed(0).padStart(4)}${extentPasses(e, man.stature) ? '' : ' EXTENT'}`
      }
    }
    const miss = !passes(r)
    const flag = r.asserted
      ? `${r.metric === 'path' ? ' [path]' : ''}${miss ? ' MISS' : ''}`
      : ` (not asserted: ${r.note})`
    const pd = `${r.pathDistMm.toFixed(0).padStart(4)} @${r.along.toFixed(2)}`
    console.log(
      `${`${r.muscle} [${r.model}]`.padEnd(34)} ${r.errorMm.toFixed(1).padStart(7)} ${r.errorPct.toFixed(2).padStart(6)}  [${d}]  ${pd}${ext}${flag}`,
    )
  }
  const cen = rows.filter((r) => r.metric === 'centroid')
  const s = summary(cen)
  console.log(
    `\ncentroid-asserted muscles: ${s.count}; median ${s.medianPct.toFixed(2)}%, p90 ${s.p90Pct.toFixed(2)}%, max ${s.maxPct.toFixed(2)}% of stature; within 1.5%: ${s.within}/${s.count}`,
  )
  const pth = rows.filter((r) => r.metric === 'path')
  const ps = summary(
    pth.map((r) => ({ ...r, errorPct: (r.pathDistMm / 1000 / man.stature) * 100 })),
  )
  const ms = summary(pth)
  console.log(
    `path-asserted muscles: ${ps.count}; distance to reference path: median ${ps.medianPct.toFixed(2)}%, max ${ps.maxPct.toFixed(2)}%, within 1.5%: ${ps.within}/${ps.count}; (their centroid-to-midpoint error: median ${ms.medianPct.toFixed(2)}%, max ${ms.maxPct.toFixed(2)}%, within 1.5%: ${ms.within})`,
  )
  const all = summary(rows)
  console.log(
    `all rows incl. not asserted: ${all.count}; median ${all.medianPct.toFixed(2)}%, max ${all.maxPct.toFixed(2)}%, within 1.5%: ${all.within}`,
  )
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  void main()
}
