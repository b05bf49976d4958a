import { describe, expect, it } from 'vitest'
import { atlas, manifest } from './assets'

describe('region atlas', () => {
  it('has 80-150 regions, sided ones on both sides', () => {
    expect(atlas.regions.length).toBeGreaterThanOrEqual(80)
    expect(atlas.regions.length).toBeLessThanOrEqual(150)
    expect(atlas.regions).toEqual(manifest.regions)
    const ids = new Set(atlas.regions.map((r) => r.id))
    expect(ids.size).toBe(atlas.regions.length)
    for (const r of atlas.regions) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.[LR])?$/)
      if (r.side)
        expect(ids.has(r.id.replace(/\.[LR]$/, r.side === 'L' ? '.R' : '.L')), r.id).toBe(true)
    }
  })

  it('gives every region skin samples, on its own side', () => {
    const { positions, region } = atlas.samples
    expect(positions.length).toBe(region.length * 3)
    expect(region.length).toBeGreaterThan(3000)
    // ~15k samples keep small zones (toes, perineum) on samples; still a small JSON.
    expect(region.length).toBeLessThanOrEqual(16000)
    const count = new Array(atlas.regions.length).fill(0)
    region.forEach((r, i) => {
      count[r]++
      const side = atlas.regions[r]!.side
      const x = positions[3 * i]!
      if (side === 'L') expect(x).toBeGreaterThanOrEqual(0)
      if (side === 'R') expect(x).toBeLessThanOrEqual(0)
    })
    atlas.regions.forEach((r, i) => expect(count[i], r.id).toBeGreaterThan(0))
    for (const v of positions) expect(Number.isInteger(v)).toBe(true)
  })

  it('puts landmark-named places in the expected regions', () => {
    const { positions, region } = atlas.samples
    const nearest = (p: [number, number, number]) => {
      let best = Infinity
      let r = -1
      for (let i = 0; i < region.length; i++) {
        const d =
          (positions[3 * i]! / 1000 - p[0]) ** 2 +
          (positions[3 * i + 1]! / 1000 - p[1]) ** 2 +
          (positions[3 * i + 2]! / 1000 - p[2]) ** 2
        if (d < best) {
          best = d
          r = region[i]!
        }
      }
      return atlas.regions[r]!.id
    }
    const L = (n: string) => manifest.landmarks[n]!.position
    expect(nearest(L('temple.L'))).toBe('temple.L')
    expect(nearest(L('heel.R'))).toBe('heel.R')
    expect(nearest(L('palm.L'))).toBe('palm.L')
    expect(nearest(L('calf.L'))).toBe('calf.L')
    expect(nearest(L('umbilicus'))).toBe('umbilical')
  })

  it('samples the skin evenly: every surface landmark has 2+ samples within 15 mm', () => {
    // referral zones are spheres around landmark stations (the smallest r = 15 mm); the simplified
    // mesh has one vertex in 2 cm where the skin is flat, so samples come from the surface itself
    const { positions } = atlas.samples
    const sparse: string[] = []
    for (const [name, l] of Object.entries(manifest.landmarks)) {
      if (!l.surface) continue
      const [x, y, z] = l.position.map((v) => v * 1000) as [number, number, number]
      let n = 0
      for (let i = 0; i < positions.length && n < 2; i += 3)
        if (
          (positions[i]! - x) ** 2 + (positions[i + 1]! - y) ** 2 + (positions[i + 2]! - z) ** 2 <
          225
        )
          n++
      if (n < 2) sparse.push(`${name}: ${n}`)
    }
    expect(sparse).toEqual([])
  })
})
