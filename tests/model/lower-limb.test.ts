/**
 * The lower limb reads right: gluteus maximus is a sheet from sacrum to the lateral hip, the
 * iliotibial tract runs under the skin of the lateral thigh (drawn with the skeleton), the patella
 * rests on the femur, and the foot has a heel pad, an arch and its intrinsic muscles in layers.
 */
import { describe, expect, it } from 'vitest'
import { skinField } from '../../scripts/model/body'
import { boneField } from '../../scripts/model/skeleton'
import { P, loadParts, part } from './assets'

const X = 0
const Y = 1
const Z = 2
const c = (n: string) => part(n).centroid

describe('gluteus maximus', () => {
  it('spans from beside the sacrum to over the greater trochanter, and below the gluteal fold', () => {
    const g = part('gluteus-maximus.L')
    expect(g.min[X]).toBeLessThan(P('psis-bone.L')[X] + 0.01)
    expect(g.max[X]).toBeGreaterThan(P('greater-trochanter-bone.L')[X])
    expect(g.max[Y]).toBeGreaterThan(P('psis-bone.L')[Y])
    expect(g.min[Y]).toBeLessThan(P('ischial-tuberosity-bone.L')[Y] - 0.03)
  })

  it('is a sheet, not a ball: no vertex deeper than 45 mm under the skin', async () => {
    const skin = skinField()
    const g = (await loadParts()).find((p) => p.name === 'gluteus-maximus.L')!
    let deepest = 0
    for (let i = 0; i < g.positions.length; i += 3)
      deepest = Math.max(
        deepest,
        -skin.d(g.positions[i]!, g.positions[i + 1]!, g.positions[i + 2]!),
      )
    expect(deepest).toBeLessThan(0.045)
  })
})

describe('iliotibial tract (connective tissue in the skeleton mesh)', () => {
  it('lies a few millimetres under the skin of the lateral thigh, from the hip to the knee', async () => {
    const skin = skinField()
    const bones = (await loadParts()).find((p) => p.name === 'skeleton')!
    const hip = P('greater-trochanter-bone.L')[Y]
    const knee = P('knee.L')[Y]
    for (const t of [0.15, 0.35, 0.55, 0.75, 0.9]) {
      const y = hip + (knee - hip) * t
      // the most lateral bone vertex at this height (left thigh)
      let best = -Infinity
      let at = [0, 0, 0]
      for (let i = 0; i < bones.positions.length; i += 3) {
        const py = bones.positions[i + 1]!
        if (Math.abs(py - y) > 0.008) continue
        const px = bones.positions[i]!
        if (px > best) {
          best = px
          at = [px, py, bones.positions[i + 2]!]
        }
      }
      const depth = -skin.d(at[0]!, at[1]!, at[2]!)
      expect(depth, `at ${t}`).toBeGreaterThan(0.0005)
      expect(depth, `at ${t}`).toBeLessThan(0.008)
      // and it is the band, not the femur: well lateral of the shaft
      expect(best - P('femur-mid.L')[X], `at ${t}`).toBeGreaterThan(0.035)
    }
  })
})

describe('knee and foot skeleton', () => {
  const bone = boneField()
  it('the patella rests on the femoral groove (no gap) and lies in front of the condyles', () => {
    const pat = P('patella-bone.L')
    const knee = P('knee.L')
    for (let z = knee[Z]; z <= pat[Z] - 0.01; z += 0.002)
      expect(bone.d(pat[X], pat[Y], z), `z ${z.toFixed(3)}`).toBeLessThan(0.002)
    expect(bone.d(pat[X], pat[Y], pat[Z] + 0.006)).toBeGreaterThan(0)
  })

  it('the fibular head sits below the lateral tibial condyle, not beside the joint line', () => {
    const fh = P('fibula-head.L')
    expect(bone.d(fh[X], fh[Y], fh[Z])).toBeLessThan(0)
    expect(bone.d(fh[X] + 0.016, fh[Y], fh[Z])).toBeGreaterThan(0)
    expect(fh[Y]).toBeLessThan(P('tibial-condyle-lateral.L')[Y] - 0.005)
  })

  it('has a heel pad under the calcaneus and an arch under the midfoot', () => {
    const heel = P('calcaneus-plantar.L')
    expect(bone.d(heel[X], 0.006, heel[Z])).toBeGreaterThan(0)
    expect(bone.d(heel[X], 0.028, heel[Z] - 0.01)).toBeLessThan(0)
    const mid = P('navicular.L')
    expect(bone.d(mid[X], 0.012, mid[Z])).toBeGreaterThan(0)
    for (const h of ['mt1-head.L', 'mt3-head.L', 'mt5-head.L']) {
      const p = P(h)
      expect(bone.d(p[X], p[Y], p[Z]), h).toBeLessThan(0)
    }
  })
})

describe('intrinsic foot muscles', () => {
  it('lie in their layers: short extensors on the dorsum, the first plantar layer under the arch', () => {
    const fdb = c('flexor-digitorum-brevis.L')
    expect(fdb[Y]).toBeLessThan(P('mt1-base.L')[Y] - 0.005)
    expect(c('extensor-digitorum-brevis.L')[Y]).toBeGreaterThan(fdb[Y] + 0.02)
    expect(c('abductor-hallucis.L')[X]).toBeLessThan(fdb[X] - 0.01)
    expect(c('abductor-digiti-minimi-foot.L')[X]).toBeGreaterThan(fdb[X] + 0.01)
    for (const n of [
      'abductor-hallucis',
      'flexor-digitorum-brevis',
      'abductor-digiti-minimi-foot',
    ]) {
      const m = c(`${n}.L`)
      expect(m[Z], n).toBeGreaterThan(P('calcaneus-back.L')[Z])
      expect(m[Z], n).toBeLessThan(P('hallux-tip.L')[Z])
      expect(m[Y], n).toBeLessThan(0.035)
    }
  })
})
