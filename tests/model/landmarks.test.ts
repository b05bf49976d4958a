import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { skinField } from '../../scripts/model/body'
import { PUBLISHED, STATURE, internalLandmarks } from '../../scripts/model/landmarks'
import { P, manifest } from './assets'

const H = STATURE
const y = (n: string): number => P(n)[1]

describe('landmark table', () => {
  it('orders the body from head to foot', () => {
    expect(y('vertex')).toBeGreaterThan(y('chin'))
    expect(y('chin')).toBeGreaterThan(y('acromion.L'))
    expect(y('acromion.L')).toBeGreaterThan(y('elbow.L'))
    expect(y('elbow.L')).toBeGreaterThan(y('wrist.L'))
    expect(y('wrist.L')).toBeGreaterThan(y('middle-tip.L'))
    expect(y('hip-joint.L')).toBeGreaterThan(y('knee.L'))
    expect(y('knee.L')).toBeGreaterThan(y('ankle.L'))
    expect(y('ankle.L')).toBeGreaterThan(y('sole-heel.L'))
  })

  it('puts the subject’s left at +X and faces +Z', () => {
    expect(P('acromion.L')[0]).toBeGreaterThan(0)
    expect(P('acromion.R')[0]).toBeLessThan(0)
    expect(P('nose')[2]).toBeGreaterThan(P('inion')[2])
    expect(P('patella.L')[2]).toBeGreaterThan(P('popliteal-fossa.L')[2])
    expect(P('hallux-tip.L')[2]).toBeGreaterThan(P('heel.L')[2])
  })

  it('is mirror-symmetric', () => {
    for (const [name, l] of Object.entries(manifest.landmarks)) {
      if (!name.endsWith('.L')) {
        if (!name.endsWith('.R')) expect(Math.abs(l.position[0]), name).toBeLessThan(1e-4)
        continue
      }
      const r = manifest.landmarks[name.replace(/\.L$/, '.R')]!
      expect(r.position[0], name).toBeCloseTo(-l.position[0], 4)
      expect(r.position[1], name).toBeCloseTo(l.position[1], 4)
      expect(r.position[2], name).toBeCloseTo(l.position[2], 4)
    }
  })

  it('matches the published stature ratios (Drillis & Contini / Winter fig 4.1)', () => {
    const tol = 0.012 // arms abducted 12 degrees shift arm heights by about 0.01 H
    expect(y('vertex') / H).toBeCloseTo(PUBLISHED.vertex, 2)
    expect(Math.abs(y('menton') / H - PUBLISHED.chin)).toBeLessThan(tol)
    expect(Math.abs(y('acromion-bone.L') / H - PUBLISHED.acromion)).toBeLessThan(tol)
    expect(Math.abs(y('elbow.L') / H - PUBLISHED.elbow)).toBeLessThan(tol)
    expect(Math.abs(y('wrist.L') / H - PUBLISHED.wrist)).toBeLessThan(tol)
    expect(Math.abs(y('middle-tip.L') / H - PUBLISHED.fingertip)).toBeLessThan(tol)
    expect(Math.abs(y('greater-trochanter-bone.L') / H - PUBLISHED.greaterTrochanter)).toBeLessThan(
      tol,
    )
    expect(Math.abs(y('knee.L') / H - PUBLISHED.knee)).toBeLessThan(tol)
    expect(Math.abs(y('ankle.L') / H - PUBLISHED.ankle)).toBeLessThan(tol)
    expect(Math.abs((P('acromion-bone.L')[0] * 2) / H - PUBLISHED.biacromialWidth)).toBeLessThan(
      tol,
    )
    const foot = P('hallux-tip.L')[2] - P('heel.L')[2]
    expect(Math.abs(foot / H - PUBLISHED.footLength)).toBeLessThan(tol)
  })

  it('puts the frame origin midway between the heel centres, soles on Y = 0', () => {
    const z = (P('calcaneus-plantar.L')[2] + P('calcaneus-plantar.R')[2]) / 2
    expect(Math.abs(z)).toBeLessThan(0.01)
    expect(Math.abs(y('sole-heel.L'))).toBeLessThan(0.004)
  })

  it('has every SURFACE landmark of data/README.md, exactly so named, and no others marked surface', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../data/README.md'), 'utf8')
    const section = readme.slice(
      readme.indexOf('## Landmarks'),
      readme.indexOf('## Trigger point locations'),
    )
    const names = [...section.matchAll(/`([a-z0-9-]+)`(\(m\))?/g)].map((m) => ({
      name: m[1]!,
      midline: !!m[2],
    }))
    expect(names.length).toBeGreaterThan(150)
    const expected = new Set<string>()
    for (const { name, midline } of names) {
      if (midline) expected.add(name)
      else {
        expected.add(`${name}.L`)
        expected.add(`${name}.R`)
      }
    }
    for (const n of expected) expect(manifest.landmarks[n]?.surface, n).toBe(true)
    const surface = Object.entries(manifest.landmarks)
      .filter(([, l]) => l.surface)
      .map(([n]) => n)
    expect(surface.sort()).toEqual([...expected].sort())
  })

  it('places every surface landmark on the skin (|sdf| < 3 mm)', () => {
    const skin = skinField()
    for (const [name, l] of Object.entries(manifest.landmarks)) {
      if (!l.surface) continue
      expect(Math.abs(skin.dv(l.position)), name).toBeLessThan(0.003)
    }
  })

  it('keeps internal landmarks inside the skin', () => {
    const skin = skinField()
    for (const [name, p] of internalLandmarks()) {
      if (name.includes('tip-bone') || name.startsWith('hallux') || name.startsWith('toe')) continue
      expect(skin.dv(p), name).toBeLessThan(0.001)
    }
  })
})
