/**
 * The hand and forearm read as an écorché: a hand skeleton with separate rays and phalanges, the
 * long finger tendons along the backs and fronts of the fingers (so no finger is bare bone),
 * thenar and hypothenar eminences on either side of the palm, the first dorsal interosseous
 * behind the adductor pollicis in the thumb web, and the forearm groups starting at the
 * epicondyles.
 */
import { describe, expect, it } from 'vitest'
import { boneField } from '../../scripts/model/skeleton'
import { P, loadParts, part } from './assets'

const X = 0
const Y = 1
const Z = 2
const c = (n: string) => part(n).centroid
type V = [number, number, number]
const d = (a: ArrayLike<number>, i: number, b: V): number =>
  Math.hypot(a[i]! - b[0], a[i + 1]! - b[1], a[i + 2]! - b[2])

async function positions(name: string): Promise<Float32Array> {
  const p = (await loadParts()).find((x) => x.name === name)
  if (!p) throw new Error(`no part ${name}`)
  return p.positions
}

/** the nearest vertex of a part to a point, and its z relative to the point */
async function nearest(name: string, q: V): Promise<{ dist: number; dz: number }> {
  const pos = await positions(name)
  let best = Infinity
  let dz = 0
  for (let i = 0; i < pos.length; i += 3) {
    const di = d(pos, i, q)
    if (di < best) {
      best = di
      dz = pos[i + 2]! - q[2]
    }
  }
  return { dist: best, dz }
}

const TIPS = ['index-tip-bone', 'middle-tip-bone', 'ring-tip-bone', 'little-tip-bone']

describe('hand skeleton', () => {
  it('reaches every fingertip and the thumb tip, and fills the carpus between wrist and rays', async () => {
    for (const t of [...TIPS, 'thumb-tip-bone'])
      expect((await nearest('skeleton', P(`${t}.L`))).dist, t).toBeLessThan(0.008)
    const w = P('wrist.L')
    const mc3 = P('mc3-head.L')
    const carpus: V = [w[0] + (mc3[0] - w[0]) * 0.2, w[1] + (mc3[1] - w[1]) * 0.2, w[2]]
    const bone = boneField()
    expect(bone.dv(carpus)).toBeLessThan(0)
    // the fingers are separate rays: no bone halfway between neighbouring fingertips
    for (let k = 0; k + 1 < TIPS.length; k++) {
      const a = P(`${TIPS[k]}.L`)
      const b = P(`${TIPS[k + 1]}.L`)
      expect(bone.dv([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2])).toBeGreaterThan(0)
    }
  })
})

describe('long finger tendons', () => {
  it('extensor digitorum runs along the back of each finger to near its tip', async () => {
    for (const t of TIPS) {
      const n = await nearest('extensor-digitorum.L', P(`${t}.L`))
      expect(n.dist, t).toBeLessThan(0.016)
      expect(n.dz, t).toBeLessThan(0)
    }
  })
  it('the flexor tendons run along the front of each finger to near its tip', async () => {
    for (const t of TIPS) {
      const n = await nearest('flexor-digitorum-profundus.L', P(`${t}.L`))
      expect(n.dist, t).toBeLessThan(0.016)
      expect(n.dz, t).toBeGreaterThan(0)
    }
  })
})

describe('intrinsic muscles of the hand', () => {
  it('thenar muscles lie on the thumb side, the hypothenar on the little-finger side', () => {
    const adm = c('abductor-digiti-minimi-hand.L')
    for (const n of ['abductor-pollicis-brevis', 'flexor-pollicis-brevis', 'opponens-pollicis'])
      expect(c(`${n}.L`)[X] - adm[X], n).toBeGreaterThan(0.035)
  })
  it('the first dorsal interosseous is behind the adductor pollicis in the thumb web', () => {
    expect(c('first-dorsal-interosseous.L')[Z]).toBeLessThan(c('adductor-pollicis.L')[Z] - 0.005)
    expect(c('dorsal-interossei-hand.L')[Z]).toBeLessThan(c('palmar-interossei.L')[Z])
    expect(c('dorsal-interossei-hand.L')[Z]).toBeLessThan(c('lumbricals-hand.L')[Z] - 0.005)
  })
  it('every hand muscle lies between the wrist and the fingertips', () => {
    const top = P('wrist.L')[Y] + 0.02
    const bottom = P('middle-tip-bone.L')[Y]
    for (const n of [
      'adductor-pollicis',
      'opponens-pollicis',
      'abductor-pollicis-brevis',
      'flexor-pollicis-brevis',
      'first-dorsal-interosseous',
      'dorsal-interossei-hand',
      'palmar-interossei',
      'lumbricals-hand',
      'abductor-digiti-minimi-hand',
    ]) {
      const p = part(`${n}.L`)
      expect(p.max[Y], n).toBeLessThan(top)
      expect(p.min[Y], n).toBeGreaterThan(bottom)
    }
  })
})

describe('forearm', () => {
  it('the flexor and extensor groups start at their epicondyles', () => {
    const med = P('medial-epicondyle.L')[Y]
    const lat = P('lateral-epicondyle.L')[Y]
    for (const n of [
      'pronator-teres',
      'flexor-carpi-radialis',
      'palmaris-longus',
      'flexor-carpi-ulnaris',
      'flexor-digitorum-superficialis',
    ])
      expect(part(`${n}.L`).max[Y], n).toBeGreaterThan(med - 0.015)
    for (const n of [
      'extensor-carpi-radialis-brevis',
      'extensor-digitorum',
      'extensor-digiti-minimi',
      'extensor-carpi-ulnaris',
    ])
      expect(part(`${n}.L`).max[Y], n).toBeGreaterThan(lat - 0.015)
  })
  it('brachioradialis runs from above the lateral epicondyle to the radial styloid', () => {
    const br = part('brachioradialis.L')
    expect(br.max[Y]).toBeGreaterThan(P('lateral-epicondyle.L')[Y] + 0.02)
    expect(br.min[Y]).toBeLessThan(P('radial-styloid-bone.L')[Y] + 0.015)
    expect(br.centroid[X]).toBeGreaterThan(c('flexor-carpi-radialis.L')[X])
  })
})
