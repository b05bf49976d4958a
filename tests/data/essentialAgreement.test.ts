import { describe, expect, it } from 'vitest'
import { parseDataset } from '../../src/domain/parseDataset'
import { buildReferralIndex } from '../../src/domain/referralRegions'
import { essentialAgreement, readEssentialReference } from '../../scripts/essentialAgreement'
import { readAtlas, readManifest, readRawDataset } from '../../scripts/readDataset'

const manifest = readManifest()
const atlas = readAtlas()
const parsed = parseDataset(readRawDataset(), manifest)
if (!parsed.ok) throw new Error('the data has problems: run npm run data:check')
const { dataset } = parsed
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
    const referral = buildReferralIndex(dataset, manifest.landmarks, atlas)
    const results = essentialAgreement(reference, dataset, referral, atlas)
    const rate = results.filter((r) => r.agrees).length / results.length
    expect({
      atLeast97: rate >= 0.97,
      disagreements: results.filter((r) => !r.agrees),
    }).toEqual({ atLeast97: true, disagreements: expect.any(Array) })
  })
})
