/**
 * The model pipeline, in memory and deterministic: landmarks -> skin and bone fields -> surface
 * landmarks -> skin mesh + region atlas -> skeleton mesh -> muscle meshes -> GLB + manifest.
 */
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import { BODY_BOUNDS, SEGMENTS, mirrorSegment, skinField, skinPrims } from './body'
import { type PartMesh, writeGlb } from './glb'
import { INTERNAL, L, STATURE, internalLandmarks } from './landmarks'
import { type Vec3, cross, dist, lerp, mirror, round4, sub } from './math'
import { withFineHead } from './head-mesh'
import { simplify, surfaceNets, type TriMesh } from './mesher'
import { type Mesh, buildHead, clampInside, computeNormals } from './muscle-geom'
import { MUSCLES } from './muscles/index'
import type { Spec } from './muscles/types'
import { REGIONS } from './regions'
import { Field, type Prim, loft } from './sdf'
import { bodyBonePrims } from './skeleton'
import { skullCarves, skullPrims } from './skull'
import { SPINE } from './landmarks'
import { SURFACE } from './surface'
import { SkinMeshDistance, clampFacesInsideMesh, clampInsideMesh } from './skin-distance'

export interface BuildOptions {
  /** resolution scale: 1 for the shipped model, lower for fast tests */
  res?: number
}

export interface ManifestPart {
  name: string
  muscle: string
  side: 'L' | 'R'
  layer: string
  centroid: Vec3
  min: Vec3
  max: Vec3
  triangles: number
}
export interface Region {
  id: string
  name: string
  side?: 'L' | 'R'
}
export interface Manifest {
  version: 1
  stature: number
  parts: ManifestPart[]
  landmarks: Record<string, { position: Vec3; surface: boolean }>
  regions: Region[]
}
export interface RegionAtlas {
  regions: Region[]
  samples: { positions: number[]; region: number[] }
}
export interface BuildResult {
  glb: Uint8Array
  manifest: Manifest
  atlas: RegionAtlas
  stats: { triangles: number; parts: number; skinTriangles: number; boneTriangles: number }
  /** for tests */
  skin: Field
  skinMesh: TriMesh
}

const H = STATURE
const rs = (x: number): number => Math.sign(x) * round4(Math.abs(x)) + 0
const r3 = (p: Vec3): Vec3 => [rs(p[0]), rs(p[1]), rs(p[2])]

/** Smooth stand-ins for the rib cage and the vertebral laminae, used only to PLACE deep muscles. */
function placementPrims(): Prim[] {
  const y0 = 0.654 * H
  const y1 = 0.808 * H
  const rows: [number, number, number, number][] = [
    [0.654, 0.1, 0.078, 0.01],
    [0.682, 0.12, 0.088, 0.012],
    [0.71, 0.128, 0.094, 0.012],
    [0.738, 0.126, 0.095, 0.008],
    [0.766, 0.114, 0.09, 0.002],
    [0.794, 0.085, 0.075, -0.008],
    [0.808, 0.055, 0.06, -0.015],
  ]
  const cage = loft(
    0,
    [0, y0, 0],
    [0, y1, 0],
    rows.map(([f, a, b, z]) => ({ t: (f * H - y0) / (y1 - y0), a, b, f: z })),
    [0, 0, 1],
    0.02,
    0.3,
  )
  const spine = SPINE.filter((_, i) => i % 3 === 0 || i === SPINE.length - 1)
  const ys = spine.map((s) => s[1] * H)
  const lo = Math.min(...ys)
  const hi = Math.max(...ys)
  const lamina = loft(
    0,
    [0, lo, 0],
    [0, hi, 0],
    spine
      .map(([, y, zb, zs]) => ({
        t: (y * H - lo) / (hi - lo),
        a: 0.024,
        b: 0.011,
        f: (zb * 0.55 + zs * 0.45) * H,
      }))
      .sort((a, b) => a.t - b.t),
    [0, 0, 1],
    0.01,
  )
  return [cage, lamina]
}

interface Sink {
  /** centre (left side, m) */
  c: Vec3
  /** half-axes of the ellipsoidal support (m) */
  r: Vec3
  /** how far the placement surface moves inward at the centre (m) */
  depth: number
}

/**
 * Where the skin lies well off the muscle surface (subcutaneous fat and the skin's smooth masses
 * over the acromion and the pectoral region), superficial muscles are laid on a "muscle envelope":
 * the skin field moved inward by smooth ellipsoidal sinks. The acromion and the lateral clavicle are
 * subcutaneous, so the upper trapezius and the deltoid origin come down onto them instead of
 * floating 3 cm above; the pectoral dome is flattened toward the rib cage. Every row laid on the
 * skin in the region shifts together, so the layers keep their order.
 */
function envelopeSinks(): Sink[] {
  const ac = L('acromioclavicular')
  const acr = L('acromion-bone')
  const cm = L('clavicle-mid-bone')
  return [
    // acromion and acromioclavicular joint: the skin here is 30 mm above the bone (centred 24 mm
    // medial of the acromion's lateral edge, where it lay when the AC joint sat on that edge)
    {
      c: [acr[0] - 0.024, acr[1] + 0.017, acr[2] + 0.0045],
      r: [0.068, 0.045, 0.06],
      depth: 0.022,
    },
    // lateral third of the clavicle (upper trapezius insertion): about 15 mm of skin above it
    {
      c: [0.5 * (cm[0] + ac[0]) + 0.01, cm[1] + 0.015, 0.5 * (cm[2] + ac[2])],
      r: [0.045, 0.035, 0.045],
      depth: 0.01,
    },
    // pectoral dome (body.ts 'pectoral mass'): flatten it toward the ribs
    // (centred lateral of the dome so the sternal origin stays shallow over the costal cartilages)
    { c: [0.095, 0.75 * H, 0.115], r: [0.09, 0.09, 0.075], depth: 0.017 },
  ]
}

class EnvelopeField extends Field {
  private readonly sinks: Sink[]
  constructor(sinks: Sink[]) {
    super(skinPrims(), 0.08, mirrorSegment)
    this.sinks = sinks
  }
  override d(x: number, y: number, z: number): number {
    const v = super.d(x, y, z)
    const ax = Math.abs(x)
    let s = 0
    for (const k of this.sinks) {
      const q =
        ((ax - k.c[0]) / k.r[0]) ** 2 + ((y - k.c[1]) / k.r[1]) ** 2 + ((z - k.c[2]) / k.r[2]) ** 2
      if (q < 1) s += k.depth * (1 - q) * (1 - q)
    }
    return v + s
  }
}

function parseSpec(spec: Spec, named: (n: string) => Vec3): Vec3 {
  if (Array.isArray(spec)) {
    const [s, dx, dy, dz] = spec
    const p = parseSpec(s, named)
    return [p[0] + dx, p[1] + dy, p[2] + dz]
  }
  const m = /^([a-z0-9-]+)>([a-z0-9-]+)@([0-9.]+)$/.exec(spec)
  if (m) return lerp(named(m[1]!), named(m[2]!), Number(m[3]))
  return named(spec)
}

export async function buildModel(opts: BuildOptions = {}): Promise<BuildResult> {
  const res = opts.res ?? 1
  await MeshoptSimplifier.ready
  await MeshoptEncoder.ready
  const skin = skinField()
  const envelope = new EnvelopeField(envelopeSinks())
  // The skull is meshed on a finer grid and simplified on its own: simplified with the whole
  // skeleton, meshoptimizer's error bound (relative to the ~1.75 m extent) left it ~3k triangles.
  const skel = { head: [...skullPrims(), ...skullCarves()], rest: bodyBonePrims() }
  const bonePlace = new Field(
    [...skel.rest.filter((p) => !p.drawnOnly), ...skel.head, ...placementPrims()],
    0.12,
    (g) => g,
  )

  // --- landmarks
  const internal = internalLandmarks()
  const surfaceLeft = new Map<string, Vec3>() // left-side/midline positions by bare name
  const named = (n: string): Vec3 => {
    if (INTERNAL[n]) return L(n)
    const s = surfaceLeft.get(n)
    if (!s) throw new Error(`unknown landmark "${n}"`)
    return s
  }
  const landmarks: Record<string, { position: Vec3; surface: boolean }> = {}
  for (const [name, midline, from, dir] of SURFACE) {
    const f: Vec3 =
      typeof from === 'string' ? parseSpec(from, named) : [from[0] * H, from[1] * H, from[2] * H]
    const d: Vec3 = typeof dir === 'string' ? sub(parseSpec(dir, named), f) : dir
    let p = skin.rayTo(f, d, 0, 0.6)
    if (!p) throw new Error(`surface landmark ${name}: no skin crossing`)
    p = skin.project(p, 0, 4)
    if (midline) p[0] = 0
    surfaceLeft.set(name, p)
  }
  for (const [name, midline] of SURFACE) {
    const p = surfaceLeft.get(name)!
    if (midline) landmarks[name] = { position: r3(p), surface: true }
    else {
      landmarks[`${name}.L`] = { position: r3(p), surface: true }
      landmarks[`${name}.R`] = { position: r3(mirror(p)), surface: true }
    }
  }
  for (const [name, p] of internal) {
    if (landmarks[name]) throw new Error(`landmark name clash: ${name}`)
    landmarks[name] = { position: r3(p), surface: false }
  }
  const sortedLandmarks = Object.fromEntries(
    Object.keys(landmarks)
      .sort()
      .map((k) => [k, landmarks[k]!]),
  )

  // --- skin + regions
  const h = 0.005 / res
  let skinMesh = surfaceNets(skin, BODY_BOUNDS.lo, BODY_BOUNDS.hi, h)
  skinMesh = simplify(skinMesh, Math.round(56000 * Math.min(1, res)), 0.002)
  // the head above a cut through the neck on a 2.5 mm grid, in the triangles the 5 mm mesh had
  // there less 600 (they pay for the face muscles; head-mesh.ts); below the cut nothing changes
  skinMesh = withFineHead(
    skinMesh,
    skin,
    1.49,
    [-0.14, 0, -0.17],
    [0.14, 1.78, 0.18],
    0.0025 / res,
    600,
  )
  const regions: Region[] = []
  const regionSeeds: {
    idx: number
    side: 'L' | 'R' | null
    segments: Set<string>
    seeds: Vec3[]
  }[] = []
  for (const def of REGIONS) {
    const seedsL = def.seeds.map((s) => skin.project(parseSpec(s, named), 0, 4))
    if (def.midline) {
      regionSeeds.push({
        idx: regions.length,
        side: null,
        segments: new Set(def.segments),
        seeds: seedsL,
      })
      regions.push({ id: def.id, name: def.name })
    } else {
      for (const side of ['L', 'R'] as const) {
        regionSeeds.push({
          idx: regions.length,
          side,
          segments: new Set(def.segments),
          seeds: side === 'L' ? seedsL : seedsL.map(mirror),
        })
        regions.push({
          id: `${def.id}.${side}`,
          name: `${side === 'L' ? 'Left' : 'Right'} ${def.name}`,
          side,
        })
      }
    }
  }
  const nv = skinMesh.positions.length / 3
  const region = new Uint16Array(nv)
  const vertex = (v: number): Vec3 => [
    skinMesh.positions[3 * v]!,
    skinMesh.positions[3 * v + 1]!,
    skinMesh.positions[3 * v + 2]!,
  ]
  for (let v = 0; v < nv; v++) region[v] = regionAt(vertex(v))
  function regionAt(p: Vec3): number {
    skin.d(p[0], p[1], p[2])
    const segName = SEGMENTS[skin.lastGroup] ?? 'trunk'
    const base = segName.replace(/\.[LR]$/, '')
    const side = p[0] >= 0 ? 'L' : 'R'
    let best = Infinity
    let bestIdx = -1
    for (const rs of regionSeeds) {
      if (rs.side && rs.side !== side) continue
      if (!rs.segments.has(base)) continue
      for (const s of rs.seeds) {
        const dx = s[0] - p[0]
        const dy = s[1] - p[1]
        const dz = s[2] - p[2]
        const d2 = dx * dx + dy * dy + dz * dz
        if (d2 < best) {
          best = d2
          bestIdx = rs.idx
        }
      }
    }
    if (bestIdx < 0)
      for (const rs of regionSeeds) {
        if (rs.side && rs.side !== side) continue
        for (const s of rs.seeds) {
          const d2 = (s[0] - p[0]) ** 2 + (s[1] - p[1]) ** 2 + (s[2] - p[2]) ** 2
          if (d2 < best) {
            best = d2
            bestIdx = rs.idx
          }
        }
      }
    return bestIdx
  }
  // samples: an even subsample of the left half (and midline), mirrored, so both sides match
  const mirrorRegion = (r: number): number => {
    const reg = regions[r]!
    if (!reg.side) return r
    return regions.findIndex(
      (x) => x.id === reg.id.replace(/\.[LR]$/, reg.side === 'L' ? '.R' : '.L'),
    )
  }
  // samples spread evenly over the skin SURFACE, not its vertices: the simplified mesh is coarse
  // where the skin is flat (the top of the toes has one vertex in 2 cm), so points are taken on
  // every triangle at <= 6 mm spacing and thinned to one per 12.5 mm cell (~15k samples, ~1 cm
  // apart): small referral zones (toes, fingers, perineum) still touch several samples
  const CELL = 0.0125
  const taken = new Set<string>()
  const surfacePoints: Vec3[] = []
  const idx = skinMesh.indices
  for (let t = 0; t < idx.length; t += 3) {
    const a = vertex(idx[t]!)
    const b = vertex(idx[t + 1]!)
    const c = vertex(idx[t + 2]!)
    const longest = Math.max(dist(a, b), dist(b, c), dist(c, a))
    const n = Math.max(1, Math.ceil(longest / 0.006))
    for (let i = 0; i <= n; i++)
      for (let j = 0; j <= n - i; j++) {
        const u = i / n
        const w = j / n
        const p: Vec3 = [
          a[0] + (b[0] - a[0]) * u + (c[0] - a[0]) * w,
          a[1] + (b[1] - a[1]) * u + (c[1] - a[1]) * w,
          a[2] + (b[2] - a[2]) * u + (c[2] - a[2]) * w,
        ]
        if (p[0] < 0) continue
        const key = `${Math.floor(p[0] / CELL)},${Math.floor(p[1] / CELL)},${Math.floor(p[2] / CELL)}`
        if (taken.has(key)) continue
        taken.add(key)
        surfacePoints.push(p)
      }
  }
  const samples = { positions: [] as number[], region: [] as number[] }
  const push = (p: Vec3, r: number): void => {
    samples.positions.push(
      Math.round(p[0] * 1000) + 0,
      Math.round(p[1] * 1000),
      Math.round(p[2] * 1000),
    )
    samples.region.push(r)
  }
  for (const p of surfacePoints) {
    const r = regionAt(p)
    if (p[0] < 0.001 && !regions[r]!.side) {
      push([0, p[1], p[2]], r)
      continue
    }
    push(p, r)
    push(mirror(p), mirrorRegion(r))
  }
  // every region gets at least its own seeds as samples
  const has = new Set(samples.region)
  for (const rs of regionSeeds) if (!has.has(rs.idx)) for (const s of rs.seeds) push(s, rs.idx)
  // --- skeleton
  // the skull on a finer grid and with its own triangle share (see above)
  let bodyBones = surfaceNets(
    new Field(skel.rest, 0.1, (g) => g),
    BODY_BOUNDS.lo,
    BODY_BOUNDS.hi,
    0.004 / res,
  )
  bodyBones = simplify(bodyBones, Math.round(30000 * Math.min(1, res)), 0.0015)
  const hlo: Vec3 = [Infinity, Infinity, Infinity]
  const hhi: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (const p of skel.head)
    for (let k = 0; k < 3; k++) {
      hlo[k] = Math.min(hlo[k]!, p.min[k]! - 0.01)
      hhi[k] = Math.max(hhi[k]!, p.max[k]! + 0.01)
    }
  let headBones = surfaceNets(new Field(skel.head, 0.1, (g) => g), hlo, hhi, 0.0025 / res)
  headBones = simplify(headBones, Math.round(6800 * Math.min(1, res)), 0.005)
  const boneMesh = concatMeshes(bodyBones, headBones)
  // nothing may show through the drawn skin: bones and muscles sit >= 1.5 mm inside the skin MESH
  // (the simplified mesh cuts chords inside the field, so the field alone is not enough)
  const skinDist = new SkinMeshDistance(skinMesh.positions, skinMesh.indices)
  const skinD = (x: number, y: number, z: number): number => skin.d(x, y, z)
  clampInsideMesh(boneMesh.positions, skinDist, skinD)
  clampFacesInsideMesh(boneMesh.positions, boneMesh.indices, skinDist, skinD)

  // --- muscles
  const point = (s: Spec): Vec3 => parseSpec(s, named)
  const parts: PartMesh[] = []
  const manifestParts: ManifestPart[] = []
  for (const def of MUSCLES) {
    const mesh: Mesh = { positions: [], normals: [], fiber: [], indices: [] }
    for (const head of def.heads)
      buildHead(def, head, { skin: envelope, bone: bonePlace, point, res }, mesh)
    clampInside(mesh, skin)
    clampInsideMesh(mesh.positions, skinDist, skinD, 0.0015, 0.008, 0.0004)
    clampFacesInsideMesh(mesh.positions, mesh.indices, skinDist, skinD, 0.0015, 0.012, 0.0004)
    clampInside(mesh, skin) // the mesh pushes may cross the field in thin folds (lips): settle again
    computeNormals(mesh)
    for (const side of ['L', 'R'] as const) {
      const name = `${def.id}.${side}`
      const pos = Float32Array.from(mesh.positions)
      const nor = Float32Array.from(mesh.normals)
      const fib = Float32Array.from(mesh.fiber)
      const idx = Uint32Array.from(mesh.indices)
      if (side === 'R') {
        for (let i = 0; i < pos.length; i += 3) {
          pos[i] = -pos[i]!
          nor[i] = -nor[i]!
          fib[i] = -fib[i]!
        }
        for (let t = 0; t < idx.length; t += 3) {
          const x = idx[t + 1]!
          idx[t + 1] = idx[t + 2]!
          idx[t + 2] = x
        }
      }
      parts.push({
        name,
        positions: pos,
        normals: nor,
        indices: idx,
        fiber: fib,
        extras: { muscle: def.id, side, layer: def.layer },
      })
      manifestParts.push({
        name,
        muscle: def.id,
        side,
        layer: def.layer,
        ...bounds(pos, idx),
        triangles: idx.length / 3,
      })
    }
  }
  parts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  manifestParts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

  const all: PartMesh[] = [
    { name: 'skin', ...skinMesh, region, extras: { kind: 'skin' } },
    { name: 'skeleton', ...boneMesh, extras: { kind: 'skeleton' } },
    ...parts,
  ]
  const glb = await writeGlb(all)
  const triangles = all.reduce((s, p) => s + p.indices.length / 3, 0)
  const manifest: Manifest = {
    version: 1,
    stature: STATURE,
    parts: manifestParts,
    landmarks: sortedLandmarks,
    regions,
  }
  return {
    glb,
    manifest,
    atlas: { regions, samples },
    stats: {
      triangles,
      parts: parts.length,
      skinTriangles: skinMesh.indices.length / 3,
      boneTriangles: boneMesh.indices.length / 3,
    },
    skin,
    skinMesh,
  }
}

function concatMeshes(a: TriMesh, b: TriMesh): TriMesh {
  const na = a.positions.length / 3
  const positions = new Float32Array(a.positions.length + b.positions.length)
  positions.set(a.positions)
  positions.set(b.positions, a.positions.length)
  const normals = new Float32Array(a.normals.length + b.normals.length)
  normals.set(a.normals)
  normals.set(b.normals, a.normals.length)
  const indices = new Uint32Array(a.indices.length + b.indices.length)
  indices.set(a.indices)
  for (let i = 0; i < b.indices.length; i++) indices[a.indices.length + i] = b.indices[i]! + na
  return { positions, normals, indices }
}

function bounds(pos: Float32Array, idx: Uint32Array): { centroid: Vec3; min: Vec3; max: Vec3 } {
  const min: Vec3 = [Infinity, Infinity, Infinity]
  const max: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < pos.length; i += 3)
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, pos[i + k]!)
      max[k] = Math.max(max[k]!, pos[i + k]!)
    }
  // area-weighted surface centroid
  const c: Vec3 = [0, 0, 0]
  let area = 0
  for (let t = 0; t < idx.length; t += 3) {
    const a: Vec3 = [pos[3 * idx[t]!]!, pos[3 * idx[t]! + 1]!, pos[3 * idx[t]! + 2]!]
    const b: Vec3 = [pos[3 * idx[t + 1]!]!, pos[3 * idx[t + 1]! + 1]!, pos[3 * idx[t + 1]! + 2]!]
    const d: Vec3 = [pos[3 * idx[t + 2]!]!, pos[3 * idx[t + 2]! + 1]!, pos[3 * idx[t + 2]! + 2]!]
    const n = cross(sub(b, a), sub(d, a))
    const ar = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]) / 2
    area += ar
    for (let k = 0; k < 3; k++) c[k] = c[k]! + (ar * (a[k]! + b[k]! + d[k]!)) / 3
  }
  return { centroid: r3([c[0] / area, c[1] / area, c[2] / area]), min: r3(min), max: r3(max) }
}
