import { BufferAttribute, BufferGeometry } from 'three'
import { MeshoptSimplifier } from 'meshoptimizer/simplifier'
import type { BodyModel } from './bodyModel'

/** Share of each part's triangles kept in the far (whole-body) level of detail. */
export const FAR_RATIO = 0.28

/**
 * A far level of detail for the merged muscles: each part simplified on its own (so parts stay
 * separate and keep their part index), sharing the full geometry's vertex buffers and only
 * swapping the index. A software renderer is bound by triangle count in the whole-body view.
 */
export async function buildMuscleLod(model: BodyModel, ratio = FAR_RATIO): Promise<BufferGeometry> {
  await MeshoptSimplifier.ready
  const positions = model.muscles.getAttribute('position').array as Float32Array
  const out: Uint32Array[] = []
  let total = 0
  model.parts.forEach((part, i) => {
    const [indexStart, indexCount] = model.partIndexRanges[i]!
    const local = new Uint32Array(indexCount)
    for (let k = 0; k < indexCount; k++)
      local[k] = model.partTriangles[indexStart + k]! - part.start
    const verts = positions.subarray(part.start * 3, (part.start + part.count) * 3)
    const target = Math.max(36, Math.floor((indexCount * ratio) / 3) * 3)
    const [simplified] = MeshoptSimplifier.simplify(
      local,
      verts,
      3,
      Math.min(target, indexCount),
      0.05,
      ['LockBorder'],
    )
    for (let k = 0; k < simplified.length; k++) simplified[k] = simplified[k]! + part.start
    out.push(simplified)
    total += simplified.length
  })
  const index = new Uint32Array(total)
  let at = 0
  for (const piece of out) {
    index.set(piece, at)
    at += piece.length
  }
  return withIndex(model.muscles, index)
}

/** A far level of detail for one plain geometry (the skeleton). */
export async function buildLod(geometry: BufferGeometry, ratio: number): Promise<BufferGeometry> {
  await MeshoptSimplifier.ready
  const index = Uint32Array.from(geometry.index!.array as ArrayLike<number>)
  const positions = geometry.getAttribute('position').array as Float32Array
  const [simplified] = MeshoptSimplifier.simplify(
    index,
    positions,
    3,
    Math.floor((index.length * ratio) / 3) * 3,
    0.05,
  )
  return withIndex(geometry, simplified)
}

/** A geometry that shares every vertex attribute with `base` and draws `index` instead. */
function withIndex(base: BufferGeometry, index: Uint32Array): BufferGeometry {
  const g = new BufferGeometry()
  for (const [name, attr] of Object.entries(base.attributes)) g.setAttribute(name, attr)
  g.setIndex(new BufferAttribute(index, 1))
  g.boundingSphere = base.boundingSphere
  g.boundingBox = base.boundingBox
  return g
}
