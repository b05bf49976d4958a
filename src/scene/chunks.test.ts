import { BoxGeometry, Group, Mesh } from 'three'
import { describe, expect, it } from 'vitest'
import { buildBodyModel } from './bodyModel'
import { buildChunks } from './chunks'

function model() {
  const root = new Group()
  for (const [name, x, y] of [
    ['a.L', 0.1, 1.6],
    ['b.L', 0.12, 1.62],
    ['c.L', 0.1, 0.4],
    ['a.R', -0.1, 1.6],
  ] as const) {
    const m = new Mesh(new BoxGeometry(0.02, 0.02, 0.02))
    m.name = name
    m.position.set(x, y, 0)
    root.add(m)
  }
  return buildBodyModel(root, () => 'superficial')
}

describe('muscle chunks', () => {
  it('groups parts by side and height band, covering every triangle exactly once', () => {
    const m = model()
    void m.bvh // the BVH reorders the merged index; chunks must not depend on that order
    const chunks = buildChunks(m)
    expect(chunks.map((c) => c.parts.map((p) => p.name))).toEqual([
      ['c.L'],
      ['a.L', 'b.L'],
      ['a.R'],
    ])
    const total = chunks.reduce((n, c) => n + c.near.index!.count, 0)
    expect(total).toBe(m.partTriangles.length)
    const partIndex = m.muscles.getAttribute('partIndex')
    for (const c of chunks) {
      const own = new Set(c.parts.map((p) => p.index))
      const idx = c.near.index!.array
      for (let i = 0; i < idx.length; i++) expect(own.has(partIndex.getX(idx[i]!))).toBe(true)
    }
  })

  it('bounds each chunk by its own parts, so off-screen chunks are culled', () => {
    const [feet, head] = buildChunks(model())
    expect(feet!.near.boundingSphere!.center.y).toBeCloseTo(0.4)
    expect(head!.near.boundingSphere!.center.y).toBeGreaterThan(1.55)
  })
})

describe('band split', () => {
  it('keeps every triangle once and bounds each band by its own triangles', async () => {
    const { splitIntoBands } = await import('./chunks')
    const g = new BoxGeometry(0.4, 1.2, 0.1, 2, 12, 1).translate(0, 0.6, 0)
    const bands = splitIntoBands(g)
    expect(bands.reduce((n, b) => n + b.index!.count, 0)).toBe(g.index!.count)
    expect(bands.length).toBeGreaterThan(4)
    for (const b of bands)
      expect(b.boundingBox!.max.y - b.boundingBox!.min.y).toBeLessThanOrEqual(0.35)
  })
})
