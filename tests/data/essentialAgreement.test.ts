import { describe, expect, it } from 'vitest'
import { essentialAgreement, readEssentialReference } from '../../scripts/essentialAgreement'
import { loadValidData } from '../../scripts/readDataset'

const { manifest, atlas, dataset, referral } = loadValidData()
const reference = readEssentialReference()

describe('essential zones against the independent reference', () => {
  it('names only muscles and regions the atlas has', () => {
    const regions = new Set(atlas.regions.map((r) => r.id))
    const muscles = new Set(manifest.parts.map((p) => p.muscle))
    expect(reference.filter((r) => !muscles.has(r.muscle)).map((r) => r.muscle)).toEqual([])
    expect(
      reference
        .flatMap((r) => [...r.core, ...(r.notEssential ?? [])])
        .filter((id) => !regions.has(id)),
    ).toEqual([])
  })

  it('agrees on at least 97% of the reference muscles', () => {
    const results = essentialAgreement(reference, dataset, referral)
    const rate = results.filter((r) => r.agrees).length / results.length
    expect({
      atLeast97: rate >= 0.97,
      disagreements: results.filter((r) => !r.agrees),
    }).toEqual({ atLeast97: true, disagreements: expect.any(Array) })
  })
})
