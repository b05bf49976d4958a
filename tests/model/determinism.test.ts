import { describe, expect, it } from 'vitest'
import { buildModel } from '../../scripts/model/generate'

describe('model build', () => {
  it('is deterministic (two in-process builds give identical bytes)', async () => {
    const a = await buildModel({ res: 0.35 })
    const b = await buildModel({ res: 0.35 })
    expect(a.glb.length).toBeGreaterThan(10000)
    expect(Buffer.from(a.glb).equals(Buffer.from(b.glb))).toBe(true)
    expect(JSON.stringify(a.manifest)).toBe(JSON.stringify(b.manifest))
    expect(JSON.stringify(a.atlas)).toBe(JSON.stringify(b.atlas))
  }, 120_000)
})
