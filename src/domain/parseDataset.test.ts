import { describe, expect, it } from 'vitest'
import { fixtureRaw } from '../../tests/fixtures/dataset'
import { fixtureManifest } from '../../tests/fixtures/model'
import { parseDataset, type RawFile } from './parseDataset'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const withMuscle = (i: number, edit: (m: Json) => void) => {
  const raw = fixtureRaw()
  edit(raw.muscles[i]!.json as Json)
  return raw
}

describe('parseDataset', () => {
  it('accepts the fixture and builds indexes', () => {
    const r = parseDataset(fixtureRaw(), fixtureManifest)
    expect(r.problems).toEqual([])
    if (!r.ok) return
    expect(r.dataset.muscles.map((m) => m.id)).toEqual([
      'masseter',
      'temporalis',
      'upper-trapezius',
    ])
    expect(r.dataset.muscleOfTriggerPoint.get('temporalis-trp1' as never)?.id).toBe('temporalis')
    const tth = r.dataset.musclesOfCondition.get('tension-type-headache' as never)!.map((m) => m.id)
    expect(tth).toEqual(['upper-trapezius', 'temporalis'])
  })

  it('reports a shape problem with file, JSON path and reason', () => {
    const raw = withMuscle(0, (m) => {
      m.triggerPoints[0].referral.zones[0].kind = 'red'
    })
    const r = parseDataset(raw, fixtureManifest)
    expect(r.ok).toBe(false)
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'muscles/upper-trapezius.json',
        path: '$.triggerPoints[0].referral.zones[0].kind',
      }),
    ])
  })

  it('reports every problem, not only the first', () => {
    const raw = withMuscle(1, (m) => {
      delete m.name
      m.triggerPoints[0].conditions = ['no-such-condition']
    })
    ;(raw.muscles[2]!.json as Json).triggerPoints[0].location.station.at = 'elbow'
    const r = parseDataset(raw, fixtureManifest)
    const messages = r.problems.map((p) => `${p.file} ${p.path} ${p.message}`)
    expect(messages).toContainEqual(expect.stringMatching(/temporalis.json \$\.name/))
    expect(messages).toContainEqual(
      'muscles/masseter.json $.triggerPoints[0].location.station.at unknown landmark "elbow"',
    )
  })

  it('checks references, ids, landmarks on the skin, model parts and essential zones', () => {
    const raw = fixtureRaw()
    const tth = (raw.muscles[0]!.json as Json).triggerPoints[0]
    tth.techniques = ['moxibustion']
    tth.sources = [{ source: 'nowhere' }]
    tth.referral.zones = [{ kind: 'spillover', stations: [{ at: 'hip-joint', r: 0.02 }] }]
    ;(raw.muscles[1]!.json as Json).triggerPoints[0].id = 'upper-trapezius-trp1'
    ;(raw.conditions.json as Json).conditions[0].muscles.push('biceps')
    ;(raw.muscles as RawFile[]).push({
      file: 'muscles/psoas.json',
      json: { ...(raw.muscles[2]!.json as Json), id: 'psoas', triggerPoints: [] },
    })
    const r = parseDataset(raw, fixtureManifest)
    const text = r.problems.map((p) => `${p.path} ${p.message}`)
    expect(text).toEqual(
      expect.arrayContaining([
        '$.triggerPoints[0].techniques[0] unknown technique "moxibustion"',
        '$.triggerPoints[0].sources[0].source unknown source "nowhere"',
        '$.triggerPoints[0].referral.zones needs at least one essential zone',
        '$.triggerPoints[0].referral.zones[0].stations[0].at landmark "hip-joint" is not on the skin',
        '$.triggerPoints[0].id duplicate id "upper-trapezius-trp1" (first in muscles/upper-trapezius.json)',
        '$.conditions[0].muscles[1] unknown muscle "biceps"',
        '$.id no model part "psoas.L"',
      ]),
    )
  })

  it('rejects a file whose name does not match its id', () => {
    const raw = fixtureRaw()
    ;(raw.muscles as RawFile[])[2] = { ...raw.muscles[2]!, file: 'muscles/jaw.json' }
    const r = parseDataset(raw, fixtureManifest)
    expect(r.problems.map((p) => p.message)).toContain('file must be named masseter.json')
  })
})
