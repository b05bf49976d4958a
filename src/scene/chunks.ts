import { Box3, Sphere, Vector3, type BufferGeometry } from 'three'
import type { BodyModel, PartInfo } from './bodyModel'
import { withIndex } from './lod'

/** Height of one band of the body (metres): parts are drawn in bands per side so a close-up culls the rest. */
const BAND = 0.25

/** A spatial group of parts drawn as one mesh: full detail, and the far level once it is built. */
export interface Chunk {
  readonly key: string
  readonly parts: readonly PartInfo[]
  readonly near: BufferGeometry
  /** Medium distance (a region of the body fills the view). */
  mid: BufferGeometry | null
  far: BufferGeometry | null
}

/**
 * Splits the merged muscles into bands of height by side, each its own mesh over the same vertex
 * buffers, so the renderer's frustum culling skips what a close-up does not show. About 16 draw
 * calls for the whole body instead of 300+.
 */
export function buildChunks(model: BodyModel): Chunk[] {
  const groups = new Map<string, PartInfo[]>()
  for (const p of model.parts) {
    const key = `${p.side}${Math.floor(p.centroid[1] / BAND)}`
    groups.set(key, [...(groups.get(key) ?? []), p])
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, parts]) => ({
      key,
      parts,
      near: boundedGeometry(model, parts, (p) => partRange(model, p)),
      mid: null,
      far: null,
    }))
}

/** Adds a simplified level of detail (per-part simplified indices) to every chunk. */
export function addLevel(
  model: BodyModel,
  chunks: readonly Chunk[],
  level: 'mid' | 'far',
  levelParts: readonly Uint32Array[],
): void {
  for (const c of chunks) c[level] = boundedGeometry(model, c.parts, (p) => levelParts[p.index]!)
}

function partRange(model: BodyModel, p: PartInfo): Uint32Array {
  const [start, count] = model.partIndexRanges[p.index]!
  return model.partTriangles.subarray(start, start + count)
}

function boundedGeometry(
  model: BodyModel,
  parts: readonly PartInfo[],
  indexOf: (p: PartInfo) => Uint32Array,
): BufferGeometry {
  const pieces = parts.map(indexOf)
  const index = new Uint32Array(pieces.reduce((n, x) => n + x.length, 0))
  let at = 0
  for (const x of pieces) {
    index.set(x, at)
    at += x.length
  }
  const g = withIndex(model.muscles, index)
  const box = new Box3()
  for (const p of parts) box.union(new Box3(new Vector3(...p.min), new Vector3(...p.max)))
  g.boundingBox = box
  g.boundingSphere = box.getBoundingSphere(new Sphere())
  return g
}

/**
 * Splits a plain mesh (skin, skeleton) into the same height bands per side, sharing its vertex
 * buffers, each bounded by its own triangles, so close-ups cull what they do not show.
 */
export function splitIntoBands(geometry: BufferGeometry): BufferGeometry[] {
  const pos = geometry.getAttribute('position')
  const index = geometry.index!.array
  const groups = new Map<string, number[]>()
  for (let t = 0; t < index.length; t += 3) {
    const a = index[t]!
    const b = index[t + 1]!
    const c = index[t + 2]!
    const x = (pos.getX(a) + pos.getX(b) + pos.getX(c)) / 3
    const y = (pos.getY(a) + pos.getY(b) + pos.getY(c)) / 3
    const key = `${x < 0 ? 'R' : 'L'}${Math.floor(y / BAND)}`
    let list = groups.get(key)
    if (!list) groups.set(key, (list = []))
    list.push(a, b, c)
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, list]) => {
      const g = withIndex(geometry, Uint32Array.from(list))
      const box = new Box3()
      const v = new Vector3()
      for (const i of list) box.expandByPoint(v.fromBufferAttribute(pos, i))
      g.boundingBox = box
      g.boundingSphere = box.getBoundingSphere(new Sphere())
      return g
    })
}
