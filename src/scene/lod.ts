import { BufferAttribute, BufferGeometry } from 'three'
import { MeshoptSimplifier } from 'meshoptimizer/simplifier'
import type { BodyModel } from './bodyModel'

/** Share of each part's triangles kept in the far (whole-body) level of detail. */
export const FAR_RATIO = 0.28
/** Share kept in the medium level (a region of the body filling the view). */
export const MID_RATIO = 0.5

/**
 * A far level of detail for every muscle part: each part simplified on its own (so parts stay
 * separate and keep their part index), as indices into the full geometry's shared vertex buffers.
 * A software renderer is bound by triangle count in the whole-body view.
 */
export async function simplifyParts(model: BodyModel, ratio = FAR_RATIO): Promise<Uint32Array[]> {
  await MeshoptSimplifier.ready
  const positions = model.muscles.getAttribute('position').array as Float32Array
  return model.parts.map((part, i) => {
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
    return simplified
  })
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
export function withIndex(base: BufferGeometry, index: Uint32Array): BufferGeometry {
  const g = new BufferGeometry()
  for (const [name, attr] of Object.entries(base.attributes)) g.setAttribute(name, attr)
  g.setIndex(new BufferAttribute(index, 1))
  g.boundingSphere = base.boundingSphere?.clone() ?? null
  g.boundingBox = base.boundingBox?.clone() ?? null
  return g
}
