import { BufferAttribute, BufferGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import { paintPatchIndex } from './paintPatch'

/** Two triangles 1 m apart. */
function twoTriangles(): BufferGeometry {
  const g = new BufferGeometry()
  g.setAttribute(
    'position',
    new BufferAttribute(
      new Float32Array([0, 0, 0, 0.01, 0, 0, 0, 0.01, 0, 1, 0, 0, 1.01, 0, 0, 1, 0.01, 0]),
      3,
    ),
  )
  g.setIndex([0, 1, 2, 3, 4, 5])
  return g
}

describe('paint patch', () => {
  it('keeps the skin triangles near a zone and drops the rest', () => {
    const near = paintPatchIndex(twoTriangles(), [
      { kind: 'essential', balls: [{ centre: [0, 0, 0], radius: 0.02 }] },
    ])
    expect([...near]).toEqual([0, 1, 2])
  })

  it('covers the capsule between two balls of a chain', () => {
    const chain = paintPatchIndex(twoTriangles(), [
      {
        kind: 'spillover',
        balls: [
          { centre: [-0.5, 0, 0], radius: 0.02 },
          { centre: [1.5, 0, 0], radius: 0.02 },
        ],
      },
    ])
    expect(chain.length).toBe(6)
    expect(paintPatchIndex(twoTriangles(), []).length).toBe(0)
  })
})
