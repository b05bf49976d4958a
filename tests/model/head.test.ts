import { describe, expect, it } from 'vitest'
import { boneField } from '../../scripts/model/skeleton'
import { L } from '../../scripts/model/landmarks'
import { P, loadParts, part } from './assets'

const X = 0
const Y = 1
const Z = 2
const c = (n: string) => part(n).centroid
const dist = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)

describe('the face reads as an ecorche', () => {
  it('orbicularis oculi is a ring around the eye: centred on it, wider than the orbit opening', () => {
    for (const s of ['L', 'R']) {
      const p = part(`orbicularis-oculi.${s}`)
      const eye = P(`eye.${s}`)
      expect(dist(p.centroid, eye)).toBeLessThan(0.015)
      expect(p.max[Y] - p.min[Y]).toBeGreaterThan(0.04)
      expect(Math.abs(p.max[X] - p.min[X])).toBeGreaterThan(0.045)
      // the eye lies inside the ring's outline
      expect(eye[Y]).toBeGreaterThan(p.min[Y] + 0.015)
      expect(eye[Y]).toBeLessThan(p.max[Y] - 0.015)
    }
  })

  it('orbicularis oris rings the mouth, both lips, and meets its mirror half at the midline', () => {
    const p = part('orbicularis-oris.L')
    const mouth = P('mouth')
    expect(p.min[Y]).toBeLessThan(mouth[Y] - 0.012)
    expect(p.max[Y]).toBeGreaterThan(mouth[Y] + 0.012)
    expect(p.min[X]).toBeLessThan(0.002)
    expect(p.max[X]).toBeGreaterThan(P('mouth-corner.L')[X])
  })

  it('zygomaticus major runs from the zygoma down to the mouth corner', () => {
    const p = part('zygomaticus-major.L')
    expect(p.max[Y]).toBeGreaterThan(P('zygoma.L')[Y] - 0.01)
    expect(p.min[Y]).toBeLessThan(P('mouth-corner.L')[Y] + 0.006)
    expect(p.max[X]).toBeGreaterThan(P('mouth-corner.L')[X] + 0.025)
  })

  it('temporalis fills the temporal fossa above the arch; masseter lies below it, over the ramus', () => {
    const t = c('temporalis.L')
    const m = c('masseter.L')
    expect(t[Y]).toBeGreaterThan(P('zygomatic-arch.L')[Y] + 0.02)
    expect(dist(t, P('temple.L'))).toBeLessThan(0.04)
    expect(part('temporalis.L').min[Y]).toBeLessThan(P('zygomatic-arch.L')[Y])
    expect(m[Y]).toBeLessThan(P('zygomatic-arch.L')[Y])
    expect(m[Y]).toBeGreaterThan(P('gonion.L')[Y])
    expect(part('masseter.L').max[Y] - part('masseter.L').min[Y]).toBeGreaterThan(0.045)
    // buccinator lies deep (medial) to the masseter's front edge, in the cheek
    expect(c('buccinator.L')[X]).toBeLessThan(m[X])
  })

  it('frontalis covers the forehead and occipitalis the back of the head, meeting over the vault', () => {
    const f = part('frontalis.L')
    const o = part('occipitalis.L')
    expect(f.centroid[Z]).toBeGreaterThan(P('head-centre')[Z] + 0.03)
    expect(o.centroid[Z]).toBeLessThan(P('head-centre')[Z] - 0.03)
    expect(f.min[Y]).toBeLessThan(P('glabella')[Y] + 0.005)
    // the galea: their upper ends come within ~1.5 cm of each other at the vertex
    expect(f.min[Z] - o.max[Z]).toBeLessThan(0.015)
  })

  it('procerus, corrugator and nasalis sit at the glabella and over the nose', () => {
    expect(dist(c('procerus.L'), P('glabella'))).toBeLessThan(0.03)
    expect(dist(c('corrugator-supercilii.L'), P('glabella'))).toBeLessThan(0.035)
    expect(dist(c('nasalis.L'), P('nose'))).toBeLessThan(0.025)
    expect(dist(c('mentalis.L'), P('chin'))).toBeLessThan(0.025)
  })
})

describe('the skull', () => {
  const bone = boneField()
  it('carries the face muscles on it, not through it (few vertices > 3 mm inside bone)', async () => {
    const face = [
      'frontalis',
      'occipitalis',
      'temporalis',
      'masseter',
      'orbicularis-oculi',
      'orbicularis-oris',
      'zygomaticus-major',
      'levator-labii-superioris',
      'nasalis',
      'procerus',
      'corrugator-supercilii',
      'mentalis',
      'depressor-anguli-oris',
      'buccinator',
      'suboccipitals',
    ]
    const parts = await loadParts()
    for (const n of face) {
      const p = parts.find((x) => x.name === `${n}.L`)!
      let sunk = 0
      for (let i = 0; i < p.positions.length; i += 3)
        if (bone.d(p.positions[i]!, p.positions[i + 1]!, p.positions[i + 2]!) < -0.003) sunk++
      expect(sunk / (p.positions.length / 3), n).toBeLessThan(0.1)
    }
  })

  const inside = (p: number[]) => bone.d(p[0]!, p[1]!, p[2]!) < 0
  it('has orbits holding the eyeballs, a nasal aperture, and solid rims around them', () => {
    const eye = L('eye-centre')
    // the eyeball sits in the orbit with room around it
    expect(inside([eye[0], eye[1], eye[2] + 0.002])).toBe(true)
    expect(inside([eye[0] + 0.015, eye[1], eye[2] - 0.006])).toBe(false)
    expect(inside([eye[0], eye[1] + 0.014, eye[2] - 0.004])).toBe(false)
    expect(inside([0, 1.596, 0.092])).toBe(false) // piriform aperture
    expect(inside([eye[0], eye[1] + 0.022, 0.075])).toBe(true) // supraorbital margin
    expect(inside([eye[0], eye[1] - 0.018, 0.078])).toBe(true) // infraorbital margin
  })

  it('has zygomatic arches, mastoids and a mandible with angle, ramus and chin', () => {
    expect(inside([0.058, 1.613, 0.03])).toBe(true) // arch
    expect(inside([0.064, 1.613, 0.03])).toBe(false) // lateral to the arch: the temporal fossa opens
    expect(inside([0.047, 1.604, -0.027])).toBe(true) // mastoid process
    const g = L('gonion')
    expect(inside([g[0], g[1] + 0.006, g[2] + 0.008])).toBe(true) // angle
    expect(inside([0.048, 1.585, 0.02])).toBe(true) // ramus
    expect(inside([0.032, 1.585, 0.02])).toBe(false) // medial to the ramus
    expect(inside([0, 1.532, 0.084])).toBe(true) // chin
  })
})
