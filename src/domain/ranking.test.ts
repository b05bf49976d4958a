import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../tests/fixtures/fixtureDataset'
import { fixtureAtlas, fixtureManifest } from '../../tests/fixtures/model'
import { rankCandidates, SPILLOVER_WEIGHT } from './ranking'
import { buildReferralIndex, skinPointsInZones } from './referralRegions'

const dataset = fixtureDataset()
const index = buildReferralIndex(dataset, fixtureManifest.landmarks, fixtureAtlas)
const ids = (marks: Parameters<typeof rankCandidates>[0]) =>
  rankCandidates(marks, index, dataset).map((c) => `${c.triggerPoint}.${c.side}:${c.score}`)

describe('referral regions', () => {
  it('derives region hits from zone shapes', () => {
    const p = index.pattern('upper-trapezius-trp1' as never, 'L')!
    // Temple ball r = 2 cm around (0.07, 1.66, 0.04): 3 of the 4 left-temple samples lie inside.
    expect(p.hits).toEqual([
      { region: 'temple.L', kind: 'essential', share: 0.75, samples: 3 },
      { region: 'jaw.L', kind: 'spillover', share: 0.75, samples: 3 },
    ])
    expect(index.pattern('upper-trapezius-trp1' as never, 'R')!.hits.map((h) => h.region)).toEqual([
      'temple.R',
    ])
  })

  it('lists the skin points inside the zones of one kind, at most as many as asked', () => {
    const zones = index.pattern('upper-trapezius-trp1' as never, 'L')!.zones
    const essential = skinPointsInZones(zones, fixtureAtlas, 'essential', 10)
    // The 3 left-temple samples inside the temple ball.
    expect(essential).toHaveLength(3)
    for (const p of essential) expect(index.regionAt(p)).toBe('temple.L')
    expect(skinPointsInZones(zones, fixtureAtlas, 'essential', 2)).toHaveLength(2)
    expect(skinPointsInZones([], fixtureAtlas, 'essential', 10)).toEqual([])
  })

  it('maps a body-frame point to the region of the nearest sample', () => {
    expect(index.regionAt([0.051, 1.551, 0.03])).toBe('jaw.L')
  })
})

describe('rankCandidates', () => {
  it('ranks essential coverage above spillover, per side', () => {
    expect(ids([{ region: 'jaw.L' }])).toEqual([
      `masseter-trp1.L:1`,
      `upper-trapezius-trp1.L:${SPILLOVER_WEIGHT}`,
    ])
  })

  it('ranks patterns that explain more marks higher, weighting intensity', () => {
    const r = ids([{ region: 'temple.L', intensity: 2 }, { region: 'jaw.L' }])
    // upper trapezius: 2 x 1 + 1 x 0.35; temporalis: 2 x 1; masseter: 1 x 1
    expect(r).toEqual([
      `upper-trapezius-trp1.L:${2 + SPILLOVER_WEIGHT}`,
      'temporalis-trp1.L:2',
      'masseter-trp1.L:1',
    ])
  })

  it('breaks a tie of score and coverage by how many conditions name the muscle', () => {
    // Both cover 3 of the 4 right-temple samples; temporalis is named by two conditions, upper trapezius by one.
    const c = rankCandidates([{ region: 'temple.R' }], index, dataset)
    expect(c.map((x) => x.muscle.id)).toEqual(['temporalis', 'upper-trapezius'])
    expect(c[0]!.reason).toBe('essential over Right temple')
  })

  it('accepts body-frame points and ignores unknown regions', () => {
    expect(ids([{ point: [-0.07, 1.665, 0.04] }, { region: 'nowhere' }])).toEqual(
      ids([{ region: 'temple.R' }]),
    )
    expect(ids([])).toEqual([])
  })

  it('lists each muscle once, with its other matching trigger points', () => {
    const [first] = rankCandidates([{ region: 'temple.R' }], index, dataset)
    expect(first).toMatchObject({
      triggerPoint: 'temporalis-trp1',
      alsoTriggerPoints: ['temporalis-trp2'],
    })
    expect(
      rankCandidates([{ region: 'temple.R' }], index, dataset).map((c) => c.muscle.id),
    ).toEqual(['temporalis', 'upper-trapezius'])
  })

  it('explains in plain words', () => {
    const [first] = rankCandidates([{ region: 'temple.L' }, { region: 'jaw.L' }], index, dataset)
    expect(first!.reason).toBe('essential over Left temple; spillover to Left jaw')
  })
})

describe('bilateral zones', () => {
  it('are drawn and ranked on both sides', async () => {
    const { fixtureRaw } = await import('../../tests/fixtures/dataset')
    const { parseDataset } = await import('./parseDataset')
    const raw = fixtureRaw()
    const masseter = raw.muscles[2]!.json as {
      triggerPoints: { referral: { zones: { bilateral?: boolean }[] } }[]
    }
    masseter.triggerPoints[0]!.referral.zones[0]!.bilateral = true
    const r = parseDataset(raw, fixtureManifest)
    if (!r.ok) throw new Error('fixture')
    const idx = buildReferralIndex(r.dataset, fixtureManifest.landmarks, fixtureAtlas)
    // The fixture atlas has no right jaw region: the mirrored ball lands near the right temple samples? No:
    // it lands at mandible-angle.R, where there are no samples, so only the left jaw is hit.
    expect(idx.pattern('masseter-trp1' as never, 'L')!.zones).toHaveLength(2)
    expect(idx.pattern('masseter-trp1' as never, 'R')!.hits.map((h) => h.region)).toEqual(['jaw.L'])
  })
})
