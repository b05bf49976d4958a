import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '../../src/domain/parseDataset'
import { formatProblem } from '../../src/domain/problems'
import { rankCandidates } from '../../src/domain/ranking'
import { buildReferralIndex, zonesOffSkin } from '../../src/domain/referralRegions'
import { createSearchIndex } from '../../src/domain/search'
import { readAtlas, readManifest, readRawDataset } from '../../scripts/readDataset'

const manifest = readManifest()
const atlas = readAtlas()
const parsed = parseDataset(readRawDataset(), manifest)
const dataset = parsed.ok ? parsed.dataset : undefined

describe('the real dataset', () => {
  it('parses with no problems against the model manifest', () => {
    expect(parsed.problems.map(formatProblem)).toEqual([])
  })

  it('covers the conditions the product is first asked about, with their key muscles', () => {
    const musclesOf = (id: string) =>
      (dataset!.musclesOfCondition.get(id as never) ?? []).map((m) => m.id)
    expect(musclesOf('tension-type-headache')).toEqual(
      expect.arrayContaining([
        'upper-trapezius',
        'sternocleidomastoid',
        'suboccipitals',
        'splenius-capitis',
        'temporalis',
      ]),
    )
    expect(musclesOf('tmj-dysfunction')).toEqual(
      expect.arrayContaining(['masseter', 'temporalis', 'lateral-pterygoid', 'medial-pterygoid']),
    )
    expect(musclesOf('piriformis-syndrome')).toEqual(
      expect.arrayContaining(['piriformis', 'gluteus-minimus']),
    )
    expect(musclesOf('chronic-low-back-pain')).toEqual(
      expect.arrayContaining([
        'quadratus-lumborum',
        'iliocostalis-lumborum',
        'multifidus',
        'gluteus-medius',
        'iliopsoas',
      ]),
    )
    expect(musclesOf('rotator-cuff-like-shoulder-pain')).toEqual(
      expect.arrayContaining(['infraspinatus', 'supraspinatus']),
    )
    expect(musclesOf('carpal-tunnel-like-symptoms')).toEqual(
      expect.arrayContaining(['scalene-anterior', 'pronator-teres']),
    )
  })

  it('puts every referral zone, essential and spillover, on the skin', () => {
    expect(zonesOffSkin(dataset!, manifest.landmarks, atlas)).toEqual([])
  })

  it('paints every essential zone on the skin, on both sides', () => {
    const index = buildReferralIndex(dataset!, manifest.landmarks, atlas)
    const silent = index.patterns
      .filter((p) => !p.hits.some((h) => h.kind === 'essential'))
      .map((p) => `${p.triggerPoint}.${p.side}`)
    expect(silent).toEqual([])
  })

  it('finds what users type', () => {
    const search = createSearchIndex(dataset!)
    expect(search('SCM')[0]?.id).toBe('sternocleidomastoid')
    expect(search('glute min')[0]?.id).toBe('gluteus-minimus')
    expect(search('TMJ')[0]?.id).toBe('tmj-dysfunction')
    expect(search('tennis elbow')[0]?.id).toBe('lateral-epicondylalgia')
  })
})

interface LookupCase {
  regions: string[]
  expect: string[]
  source: string
}

describe('reverse lookup against the reference cases', () => {
  const { cases } = JSON.parse(readFileSync('tests/data/lookup-cases.json', 'utf8')) as {
    cases: LookupCase[]
  }
  const index = dataset ? buildReferralIndex(dataset, manifest.landmarks, atlas) : undefined
  const misses = (c: LookupCase) => {
    const top = rankCandidates(
      c.regions.map((region) => ({ region })),
      index!,
      dataset!,
      10,
    ).map((x) => x.muscle.id as string)
    return c.expect.filter((m) => !top.includes(m))
  }

  it('uses only regions the atlas has', () => {
    const ids = new Set(atlas.regions.map((r) => r.id))
    expect(cases.flatMap((c) => c.regions).filter((r) => !ids.has(r))).toEqual([])
  })

  it('ranks every expected muscle in the top 10 in at least 95% of cases', () => {
    const failed = cases
      .map((c) => ({ regions: c.regions.join('+'), missing: misses(c) }))
      .filter((f) => f.missing.length > 0)
    const passRate = 1 - failed.length / cases.length
    expect({ passRate: passRate >= 0.95, failed }).toEqual({
      passRate: true,
      failed: expect.any(Array),
    })
  })
})
