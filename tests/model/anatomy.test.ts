import { describe, expect, it } from 'vitest'
import { skinField } from '../../scripts/model/body'
import { protrusions } from '../../scripts/model/protrusion'
import { P, glbBytes, loadParts, manifest, part } from './assets'

const c = (n: string) => part(n).centroid
const X = 0
const Y = 1
const Z = 2

describe('muscle placement follows anatomy', () => {
  it('sternocleidomastoid lies between mastoid and sternum, lateral-anterior neck', () => {
    for (const s of ['L', 'R']) {
      const m = c(`sternocleidomastoid.${s}`)
      expect(m[Y]).toBeLessThan(P(`mastoid.${s}`)[Y])
      expect(m[Y]).toBeGreaterThan(P('suprasternal-notch')[Y])
      expect(Math.sign(m[X])).toBe(s === 'L' ? 1 : -1)
    }
  })

  it('gastrocnemius is posterior to the tibia and above soleus', () => {
    const g = c('gastrocnemius.L')
    expect(g[Z]).toBeLessThan(P('tibia-mid.L')[Z])
    expect(g[Y]).toBeGreaterThan(c('soleus.L')[Y])
    expect(g[Y]).toBeLessThan(P('knee.L')[Y])
  })

  it('gluteus maximus is posterior to the hip joint; iliopsoas anterior to it', () => {
    expect(c('gluteus-maximus.L')[Z]).toBeLessThan(P('hip-joint.L')[Z] - 0.03)
    expect(c('iliopsoas.L')[Z]).toBeGreaterThan(P('psis-bone.L')[Z] + 0.04)
  })

  it('deltoid parts sit over the shoulder, anterior in front of posterior', () => {
    for (const d of ['deltoid-anterior', 'deltoid-middle', 'deltoid-posterior']) {
      const m = c(`${d}.L`)
      expect(Math.abs(m[Y] - P('glenohumeral.L')[Y])).toBeLessThan(0.12)
      expect(m[X]).toBeGreaterThan(P('glenohumeral.L')[X] - 0.03)
    }
    expect(c('deltoid-anterior.L')[Z]).toBeGreaterThan(c('deltoid-posterior.L')[Z] + 0.04)
  })

  it('front muscles are in front, back muscles behind', () => {
    for (const n of [
      'pectoralis-major',
      'rectus-abdominis',
      'rectus-femoris',
      'tibialis-anterior',
      'biceps-brachii',
    ])
      expect(c(`${n}.L`)[Z], n).toBeGreaterThan(0)
    expect(c('rectus-femoris.L')[Z]).toBeGreaterThan(P('femur-mid.L')[Z])
    expect(c('biceps-brachii.L')[Z]).toBeGreaterThan(c('triceps-brachii.L')[Z])
    for (const n of [
      'upper-trapezius',
      'latissimus-dorsi',
      'infraspinatus',
      'rhomboid-major',
      'multifidus',
    ])
      expect(c(`${n}.L`)[Z], n).toBeLessThan(P('t8-body')[Z] + 0.04)
    expect(c('biceps-femoris.L')[Z]).toBeLessThan(P('femur-mid.L')[Z])
  })

  it('limb muscles sit in their segment', () => {
    const between = (n: string, a: string, b: string) => {
      const v = c(n)[Y]
      expect(v, n).toBeLessThan(Math.max(P(a)[Y], P(b)[Y]) + 0.02)
      expect(v, n).toBeGreaterThan(Math.min(P(a)[Y], P(b)[Y]) - 0.02)
    }
    for (const n of ['biceps-brachii', 'triceps-brachii', 'brachialis', 'coracobrachialis'])
      between(`${n}.L`, 'glenohumeral.L', 'elbow.L')
    for (const n of [
      'brachioradialis',
      'flexor-carpi-radialis',
      'extensor-digitorum',
      'pronator-teres',
      'supinator',
    ])
      between(`${n}.L`, 'elbow.L', 'wrist.L')
    for (const n of [
      'vastus-lateralis',
      'vastus-medialis',
      'semitendinosus',
      'adductor-longus',
      'sartorius',
    ])
      between(`${n}.L`, 'hip-joint.L', 'knee.L')
    for (const n of ['tibialis-anterior', 'soleus', 'fibularis-longus', 'gastrocnemius'])
      between(`${n}.L`, 'knee.L', 'ankle.L')
  })

  it('left parts are the mirror image of right parts', () => {
    for (const p of manifest.parts.filter((x) => x.side === 'L')) {
      const r = part(p.name.replace(/\.L$/, '.R'))
      expect(r.centroid[X]).toBeCloseTo(-p.centroid[X], 3)
      expect(r.centroid[Y]).toBeCloseTo(p.centroid[Y], 3)
      expect(p.centroid[X], p.name).toBeGreaterThan(-0.005)
    }
  })

  it('keeps every muscle inside the skin and superficial muscles just under it', async () => {
    const skin = skinField()
    const parts = await loadParts()
    for (const p of parts) {
      if (p.name === 'skin' || p.name === 'skeleton') continue
      const depths: number[] = []
      for (let i = 0; i < p.positions.length; i += 3) {
        const d = skin.d(p.positions[i]!, p.positions[i + 1]!, p.positions[i + 2]!)
        depths.push(-d)
      }
      expect(Math.min(...depths), `${p.name} pokes out of the skin`).toBeGreaterThan(-0.0005)
      if (p.extras.layer === 'superficial') {
        depths.sort((a, b) => a - b)
        expect(depths[Math.floor(depths.length * 0.25)]!, `${p.name} too deep`).toBeLessThan(0.015)
      }
    }
  })
})

describe('nothing shows through the drawn skin', () => {
  it('keeps every muscle and bone (vertices, edge midpoints, face centres) <= 1 mm outside the skin mesh', async () => {
    const rows = await protrusions(new Uint8Array(glbBytes))
    expect(rows.length).toBeGreaterThan(300)
    const out = rows.filter((r) => r.max > 0.001)
    expect(
      out.map(
        (r) => `${r.name} ${(r.max * 1000).toFixed(1)} mm at ${r.at.map((v) => v.toFixed(3))}`,
      ),
    ).toEqual([])
    // and in fact at least ~1.5 mm inside almost everywhere (the skin is translucent over them)
    expect(rows[0]!.max).toBeLessThan(0.0005)
  }, 60_000)
})

describe('muscle centroids against published surface anatomy', () => {
  // Reference points: where surface-anatomy texts place each belly, written with the landmark table.
  // Tolerance 1.5% of stature (26 mm).
  const lerp = (a: number[], b: number[], t: number) => a.map((v, i) => v + (b[i]! - v) * t)
  const at = (s: string) => {
    const m = /^(.+)>(.+)@(.+)$/.exec(s)
    return m ? lerp(P(m[1]!), P(m[2]!), Number(m[3])) : P(s)
  }
  const REF: [string, string][] = [
    ['biceps-brachii.L', 'humerus-mid.L>arm-anterior.L@0.6'],
    ['triceps-brachii.L', 'humerus-mid.L>arm-posterior.L@0.6'],
    ['deltoid-middle.L', 'acromion.L>deltoid-insertion.L@0.45'],
    ['sternocleidomastoid.L', 'mastoid.L>sternoclavicular.L@0.5'],
    ['masseter.L', 'mandible-angle.L>zygoma.L@0.5'],
    ['brachioradialis.L', 'forearm-radial.L>elbow-lateral.L@0.4'],
    ['vastus-lateralis.L', 'thigh-lateral.L'],
    ['pectoralis-major.L', 'rib3-anterior.L>axilla-anterior.L@0.45'],
    ['external-oblique.L', 'flank.L>costal-margin.L@0.5'],
  ]
  it.each(REF)('%s lies within 26 mm of %s', (name, ref) => {
    const c1 = c(name)
    const r = at(ref)
    expect(Math.hypot(c1[0] - r[0]!, c1[1] - r[1]!, c1[2] - r[2]!)).toBeLessThan(0.026)
  })
})
