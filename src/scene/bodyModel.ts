import {
  BufferAttribute,
  BufferGeometry,
  DoubleSide,
  Mesh,
  Ray,
  Vector3,
  type Intersection,
  type Object3D,
  type Raycaster,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { MeshBVH } from 'three-mesh-bvh'
import { regionColorBits } from './regionColors'
import type { Layer } from '../domain/schema'
import type { Side, Vec3 } from '../domain/manifest'

/** One muscle on one side, as merged into the single muscle geometry. */
export interface PartInfo {
  readonly index: number
  readonly name: string
  readonly muscle: string
  readonly side: Side
  readonly layer: Layer
  /** Vertex range [start, start + count) of this part in the merged geometry. */
  readonly start: number
  readonly count: number
  readonly centroid: Vec3
  readonly min: Vec3
  readonly max: Vec3
}

export interface BodyModel {
  /** Every muscle part in one geometry with a per-vertex `partIndex`: one draw call, one BVH. */
  readonly muscles: BufferGeometry
  readonly skin: BufferGeometry | null
  readonly skeleton: BufferGeometry | null
  readonly parts: readonly PartInfo[]
  readonly partByName: ReadonlyMap<string, PartInfo>
  /** Built on first use (the first hover or click), so it costs nothing before the first frame. */
  readonly bvh: MeshBVH
  /** Each part's triangles as merged, before the BVH reorders the index: input for level of detail. */
  readonly partTriangles: Uint32Array
  readonly partIndexRanges: readonly (readonly [start: number, count: number])[]
}

const partPattern = /^(.+)\.(L|R)$/

/**
 * Flattens the loaded glTF scene into world-space float geometries and merges the muscle nodes,
 * tagging each vertex with its part index. Quantised attributes are expanded to floats so the
 * merged geometry can mix parts with different quantisation ranges.
 */
export function buildBodyModel(
  root: Object3D,
  layerOf: (partName: string) => Layer | undefined,
): BodyModel {
  root.updateMatrixWorld(true)
  const named = new Map<string, Mesh>()
  root.traverse((o) => {
    if ((o as Mesh).isMesh) named.set(nodeName(o), o as Mesh)
  })
  // Superficial parts first: drawn before what lies beneath them, so the depth test rejects hidden
  // fragments early instead of shading them (the biggest cost on a software renderer).
  const depthOrder = { superficial: 0, intermediate: 1, deep: 2 } as const
  const partNames = [...named.keys()]
    .filter((n) => partPattern.test(n) && layerOf(n))
    .sort((a, b) => depthOrder[layerOf(a)!] - depthOrder[layerOf(b)!] || a.localeCompare(b))
  const pieces: BufferGeometry[] = []
  const parts: PartInfo[] = []
  const partIndexRanges: [number, number][] = []
  let start = 0
  let indexStart = 0
  for (const name of partNames) {
    const layer = layerOf(name)!
    const g = worldGeometry(named.get(name)!)
    const count = g.getAttribute('position').count
    const index = parts.length
    g.setAttribute('partIndex', new BufferAttribute(new Float32Array(count).fill(index), 1))
    if (!g.getAttribute('_fiber'))
      g.setAttribute('_fiber', new BufferAttribute(new Float32Array(count * 3), 3))
    g.computeBoundingBox()
    const box = g.boundingBox!
    const [muscle, side] = name.match(partPattern)!.slice(1) as [string, Side]
    parts.push({
      index,
      name,
      muscle,
      side,
      layer,
      start,
      count,
      centroid: centroidOf(g),
      min: box.min.toArray() as unknown as Vec3,
      max: box.max.toArray() as unknown as Vec3,
    })
    pieces.push(g)
    const indexCount = g.index ? g.index.count : count
    partIndexRanges.push([indexStart, indexCount])
    indexStart += indexCount
    start += count
  }
  if (pieces.length === 0) throw new Error('the body model has no muscle parts')
  const muscles = mergeGeometries(pieces, false)
  if (!muscles) throw new Error('the muscle parts could not be merged')
  muscles.computeBoundingSphere()
  const skin = named.get('skin')
  const skinGeometry = skin ? worldGeometry(skin) : null
  const region = skinGeometry?.getAttribute('_region')
  if (skinGeometry && region)
    skinGeometry.setAttribute(
      'regionColor',
      new BufferAttribute(regionColorBits(skinGeometry.index!.array, region.array), 3),
    )
  const skeleton = named.get('skeleton')
  const partTriangles = Uint32Array.from(muscles.index!.array as ArrayLike<number>)
  let bvh: MeshBVH | undefined
  return {
    muscles,
    skin: skinGeometry,
    skeleton: skeleton ? worldGeometry(skeleton) : null,
    parts,
    partByName: new Map(parts.map((p) => [p.name, p])),
    get bvh() {
      return (bvh ??= new MeshBVH(muscles))
    },
    partTriangles,
    partIndexRanges,
  }
}

/**
 * The glTF node name of a mesh. GLTFLoader sanitises `Object3D.name` (it drops the '.' of
 * "masseter.L") and keeps the original in `userData.name`; a multi-primitive node's meshes are
 * children of the named node.
 */
function nodeName(o: Object3D): string {
  const own = (o.userData.name as string | undefined) ?? o.name
  if (partPattern.test(own) || own === 'skin' || own === 'skeleton') return own
  return (o.parent?.userData.name as string | undefined) ?? o.parent?.name ?? own
}

function worldGeometry(mesh: Mesh): BufferGeometry {
  const src = mesh.geometry
  const g = new BufferGeometry()
  for (const [key, attr] of Object.entries(src.attributes)) {
    const name =
      key.toLowerCase() === '_fiber' ? '_fiber' : key.toLowerCase() === '_region' ? '_region' : key
    if (!['position', 'normal', '_fiber', '_region'].includes(name)) continue
    const out = new Float32Array(attr.count * attr.itemSize)
    for (let i = 0; i < attr.count; i++)
      for (let c = 0; c < attr.itemSize; c++) out[i * attr.itemSize + c] = attr.getComponent(i, c)
    g.setAttribute(name, new BufferAttribute(out, attr.itemSize))
  }
  const count = src.getAttribute('position').count
  // Every part indexed, so parts merge into one indexed geometry.
  const index = src.index
    ? Uint32Array.from(src.index.array as ArrayLike<number>)
    : Uint32Array.from({ length: count }, (_, i) => i)
  g.setIndex(new BufferAttribute(index, 1))
  g.applyMatrix4(mesh.matrixWorld)
  const fiber = g.getAttribute('_fiber')
  if (fiber) {
    // Fibre directions are directions: rotate them with the node but keep them unit length.
    const v = new Vector3()
    for (let i = 0; i < fiber.count; i++) {
      v.fromBufferAttribute(fiber, i).transformDirection(mesh.matrixWorld)
      fiber.setXYZ(i, v.x, v.y, v.z)
    }
  }
  if (!g.getAttribute('normal')) g.computeVertexNormals()
  return g
}

function centroidOf(g: BufferGeometry): Vec3 {
  const p = g.getAttribute('position')
  let x = 0
  let y = 0
  let z = 0
  for (let i = 0; i < p.count; i++) {
    x += p.getX(i)
    y += p.getY(i)
    z += p.getZ(i)
  }
  return [x / p.count, y / p.count, z / p.count]
}

const ray = new Ray()

/**
 * Raycast for the merged muscle mesh: the nearest hit on a part that is currently shown. The
 * default raycast would report hidden parts (their triangles are still in the geometry; the shader
 * only collapses them).
 */
export function visiblePartRaycast(
  mesh: Mesh,
  model: BodyModel,
  isShown: (partIndex: number) => boolean,
): (raycaster: Raycaster, intersects: Intersection[]) => void {
  return (raycaster, intersects) => {
    ray.copy(raycaster.ray)
    const best = firstShownHit(model, ray, isShown)
    if (best && best.distance >= raycaster.near && best.distance <= raycaster.far)
      intersects.push({ ...best, object: mesh })
  }
}

/** The nearest hit of a ray on a part that is shown, or undefined. */
export function firstShownHit(
  model: BodyModel,
  r: Ray,
  isShown: (partIndex: number) => boolean,
): Intersection | undefined {
  const partAttr = model.muscles.getAttribute('partIndex')
  let best: Intersection | undefined
  for (const hit of model.bvh.raycast(r, DoubleSide)) {
    if (!isShown(partAttr.getX(hit.face!.a))) continue
    if (!best || hit.distance < best.distance) best = hit
  }
  return best
}

/** The part a raycast hit belongs to. */
export function partOfHit(model: BodyModel, hit: Intersection): PartInfo | undefined {
  const a = hit.face?.a
  return a === undefined ? undefined : model.parts[model.muscles.getAttribute('partIndex').getX(a)]
}

const probe = new Ray()
const from = new Vector3()
const to = new Vector3()

/**
 * How much of a part a camera at `eye` would see: the share of (up to 24) of its vertices whose
 * line of sight is not blocked by another shown part.
 */
export function visibleShare(
  model: BodyModel,
  part: PartInfo,
  eye: Vec3,
  isShown: (partIndex: number) => boolean,
): number {
  const pos = model.muscles.getAttribute('position')
  const step = Math.max(1, Math.floor(part.count / 24))
  let seen = 0
  let total = 0
  from.set(eye[0], eye[1], eye[2])
  for (let i = part.start; i < part.start + part.count; i += step) {
    to.fromBufferAttribute(pos, i)
    probe.origin.copy(from)
    probe.direction.subVectors(to, from).normalize()
    const hit = firstShownHit(model, probe, isShown)
    total++
    if (hit && model.muscles.getAttribute('partIndex').getX(hit.face!.a) === part.index) seen++
  }
  return total ? seen / total : 0
}

/**
 * How many of some body-frame points (e.g. skin points in a referral zone) a camera at `eye` would
 * see: the share whose line of sight reaches within 1 cm of the point before any shown muscle.
 */
export function visiblePointsShare(
  model: BodyModel,
  points: readonly Vec3[],
  eye: Vec3,
  isShown: (partIndex: number) => boolean,
): number {
  if (points.length === 0) return 0
  let seen = 0
  from.set(eye[0], eye[1], eye[2])
  for (const p of points) {
    to.set(p[0], p[1], p[2])
    probe.origin.copy(from)
    probe.direction.subVectors(to, from).normalize()
    const hit = firstShownHit(model, probe, isShown)
    if (!hit || hit.distance >= from.distanceTo(to) - 0.01) seen++
  }
  return seen / points.length
}

/** The vertex of a part nearest to a body-frame point: where a trigger point marker sits on the muscle. */
export function nearestOnPart(
  model: BodyModel,
  part: PartInfo,
  p: Vec3,
): { point: Vec3; distance: number } {
  const pos = model.muscles.getAttribute('position')
  let best = part.start
  let bestD = Infinity
  for (let i = part.start; i < part.start + part.count; i++) {
    const d = (pos.getX(i) - p[0]) ** 2 + (pos.getY(i) - p[1]) ** 2 + (pos.getZ(i) - p[2]) ** 2
    if (d < bestD) {
      bestD = d
      best = i
    }
  }
  return { point: [pos.getX(best), pos.getY(best), pos.getZ(best)], distance: Math.sqrt(bestD) }
}
