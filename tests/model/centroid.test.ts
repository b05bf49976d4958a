/**
 * Muscle centroids against an independent reference: published musculoskeletal geometry (Delp 1990 /
 * Rajagopal 2016 lower limb, Holzbaur 2005 MoBL-ARMS upper limb), not this generator's landmarks.
 * See tests/model/reference/README.md and `npx tsx scripts/model/centroid-check.ts --extent`.
 *
 * Target: centroid within 1.5% of stature (26 mm). For references dominated by tendon, the centroid
 * may instead lie within 1.5% of the reference path (see `passes`). Muscles that do not reach the
 * target are listed below one by one with their measured error and why; the test holds them to
 * that measurement (+15 mm) so they cannot silently get worse. No global tolerance is loosened.
 */
import { describe, expect, it } from 'vitest'
import { centroidCheck, passes } from '../../scripts/model/centroid-check'
import { manifest } from './assets'

const LIMIT_MM = 0.015 * 1750

/** Exceptions: measured error (mm; path distance for 'path' rows) on 2026-11-25 and the reason. */
const EXCEPTIONS: Record<string, { mm: number; why: string }> = {
  infraspinatus: {
    mm: 81,
    why: 'MoBL-ARMS rotator-cuff lines start at effective origins 2-6 cm from the glenoid and its scapula is registered only through the glenohumeral centre; ours fill the infraspinous fossa (scapula at clinical T2-T7 levels)',
  },
  subscapularis: {
    mm: 64,
    why: 'as infraspinatus: effective origin near the glenoid, ours fills the subscapular fossa',
  },
  supraspinatus: {
    mm: 42,
    why: 'as infraspinatus; our supraspinous fossa lies 8 cm behind the acromioclavicular joint, MoBL’s 4.4 cm',
  },
  'teres-minor': {
    mm: 30,
    why: 'as infraspinatus: the MoBL origin point lies 3 cm medial of the lateral border, on the infraspinous fossa',
  },
  'deltoid-anterior': {
    mm: 33,
    why: 'reference polyline ignores the MoBL wrapping surfaces over the humeral head and cuts through it; ours lies on it (31 mm more lateral)',
  },
  'deltoid-middle': {
    mm: 45,
    why: 'as deltoid-anterior; one MoBL via point lies medial to the humeral shaft (a wrapping aid), pulling the straight polyline 4 cm medial',
  },
  'deltoid-posterior': { mm: 32, why: 'as deltoid-anterior' },
  'pectoralis-major': {
    mm: 35,
    why: 'MoBL’s sternocostal origins stop at about the 4th rib; ours run to the 6th costal cartilage (Gray’s), 26 mm lower and 22 mm more medial',
  },
  anconeus: {
    mm: 30,
    why: 'MoBL inserts it at the level of the elbow joint centre; it covers the lateral olecranon and the upper quarter of the posterior ulna (ours)',
  },
  'gluteus-medius': {
    mm: 40,
    why: 'straight chords from effective origins to the greater trochanter cut through the convex iliac wing; ours lies on the wing (26 mm more lateral)',
  },
  'gluteus-minimus': {
    mm: 33,
    why: 'as gluteus-medius; the reference origins lie low on the ilium, close to the acetabulum',
  },
  sartorius: {
    mm: 43,
    why: 'superficial strap spiralling around the anteromedial thigh; the reference chord from the ASIS to behind the medial condyle runs through vastus medialis (ours is 26 mm from that chord)',
  },
  gastrocnemius: {
    mm: 28,
    why: 'path metric: the reference ignores the Rajagopal wrap cylinders at the condyles and shank, so its straight line to the calcaneus runs through soleus, deep to the gastrocnemius bulge',
  },
  'flexor-hallucis-longus': {
    mm: 30,
    why: 'path metric: foot segment registered from three points (ankle, heel, hallux); the reference tendon paths in the foot disagree with our foot skeleton by 2-5 cm',
  },
  'extensor-digitorum-longus': {
    mm: 37,
    why: 'path metric: the reference origin is an effective point on the fibula and interosseous membrane, so its straight chord to the extensor retinaculum runs deep to the anterior compartment where the belly (ours) lies',
  },
}

describe('muscle centroids vs independent reference (Delp/Rajagopal, Holzbaur)', () => {
  const { rows, fits, attachments } = centroidCheck(manifest)
  const asserted = rows.filter((r) => r.asserted)

  it('registers every reference segment on our skeleton within 2 cm rms', () => {
    for (const [seg, f] of Object.entries(fits)) expect(f.rmsMm, seg).toBeLessThan(20)
  })

  it('lands the reference bony attachments near our matching landmarks (the registration works)', () => {
    const mm = attachments.map((a) => a.mm).sort((a, b) => a - b)
    expect(mm[Math.floor(mm.length / 2)]).toBeLessThan(30)
    for (const a of attachments) expect(a.mm, a.label).toBeLessThan(80)
  })

  it('compares a broad set of muscles', () => {
    expect(asserted.length).toBeGreaterThanOrEqual(50)
  })

  it('every compared muscle is within 1.5% of stature (26 mm), except the documented ones', () => {
    const failing = asserted.filter((r) => !passes(r, manifest.stature) && !EXCEPTIONS[r.muscle])
    expect(
      failing.map(
        (r) => `${r.muscle}: ${r.errorMm.toFixed(0)} mm (path ${r.pathDistMm.toFixed(0)} mm)`,
      ),
    ).toEqual([])
  })

  it('documented exceptions do not get worse than measured (+15 mm)', () => {
    for (const [muscle, ex] of Object.entries(EXCEPTIONS)) {
      const r = rows.find((x) => x.muscle === muscle)
      expect(r, muscle).toBeDefined()
      const measured = r!.metric === 'path' ? Math.min(r!.errorMm, r!.pathDistMm) : r!.errorMm
      expect(measured, `${muscle}: ${ex.why}`).toBeLessThan(ex.mm + 15)
    }
  })

  it('names exceptions that now pass (to be dropped from the list; a note, not a failure)', () => {
    const stale = Object.keys(EXCEPTIONS).filter((m) => {
      const r = rows.find((x) => x.muscle === m)
      return r && passes(r, manifest.stature)
    })
    // other model passes may move a muscle onto the target: then its exception is obsolete
    if (stale.length)
      console.warn(`centroid exceptions now within target, drop them: ${stale.join(', ')}`)
    expect(Object.keys(EXCEPTIONS).length).toBeLessThan(asserted.length / 2)
  })

  it('keeps the limit at 1.5% of stature', () => {
    expect(LIMIT_MM).toBeCloseTo(26.25, 2)
  })
})
