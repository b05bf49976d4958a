/**
 * Bone proxies that orient a student (skull, spine, ribs, sternum, clavicles, scapulae, pelvis, long
 * bones, hand and foot rays) as shaped implicit primitives placed on the landmark table. The same
 * field places deep muscles on bone.
 */
import { L, SPINE, STATURE } from './landmarks'
import { type Vec3, add, cross, lerp, mirror, norm, sub } from './math'
import { Field, type Prim, ellipsoid, loft, roundCone } from './sdf'
import { skullCarves, skullPrims } from './skull'
import { handBones } from './skeleton-arm'
import { footBones, iliotibialTract, legBones } from './skeleton-leg'

const H = STATURE
const G = 0

function side(m: (p: Vec3) => Vec3): Prim[] {
  const P = (n: string): Vec3 => m(L(n))
  const rc = (a: Vec3, b: Vec3, ra: number, rb: number, k = 0.006): Prim =>
    roundCone(G, a, b, ra, rb, k)
  const out: Prim[] = []
  // clavicle (S-curve)
  const sc = P('sternoclavicular-joint')
  const cm = add(P('clavicle-mid-bone'), [0, -0.001, -0.003]) // anterior surface ~2 mm under the skin
  const ac = P('acromioclavicular')
  out.push(rc(sc, cm, 0.008, 0.0065), rc(cm, ac, 0.0065, 0.007))
  // scapula: blade, borders, spine, acromion, coracoid, glenoid
  const sa = P('scap-superior-angle')
  const ia = P('scap-inferior-angle')
  const ig = P('infraglenoid')
  const gl = add(P('glenohumeral'), m([-0.018, 0, -0.006]))
  const c = lerp(lerp(sa, ia, 0.5), ig, 0.33)
  const ax1 = norm(sub(ia, sa))
  const n = norm(cross(sub(ia, sa), sub(ig, sa)))
  out.push(ellipsoid(G, c, [0.055, 0.03, 0.004], ax1, cross(n, ax1), 0.01))
  out.push(rc(sa, ia, 0.004, 0.005), rc(ia, ig, 0.005, 0.007), rc(sa, gl, 0.004, 0.006))
  out.push(
    rc(P('scap-spine-root'), P('scap-spine-mid'), 0.004, 0.008),
    rc(P('scap-spine-mid'), P('acromion-bone'), 0.008, 0.007),
  )
  // acromion: its lateral edge (not its centre) at acromion-bone, the biacromial point
  out.push(
    ellipsoid(
      G,
      add(P('acromion-bone'), m([-0.018, 0, -0.003])),
      [0.02, 0.006, 0.015],
      [1, 0, 0],
      [0, 1, 0],
      0.006,
    ),
  )
  out.push(rc(add(gl, m([0, 0.012, 0.01])), P('coracoid-bone'), 0.006, 0.006))
  out.push(ellipsoid(G, gl, [0.006, 0.018, 0.013], [1, 0, 0], [0, 1, 0], 0.006))
  // humerus
  const gh = P('glenohumeral')
  out.push(
    ellipsoid(G, add(gh, m([0.004, 0, 0])), [0.024, 0.025, 0.024], [1, 0, 0], [0, 1, 0], 0.01),
  )
  out.push(ellipsoid(G, P('greater-tubercle'), [0.012, 0.016, 0.012], [1, 0, 0], [0, 1, 0], 0.01))
  out.push(rc(lerp(gh, P('elbow'), 0.12), P('humerus-lower'), 0.012, 0.011, 0.015))
  // distal humerus flares into the epicondyles (a flattened loft, not a fork)
  out.push(
    loft(
      G,
      P('humerus-lower'),
      lerp(P('lateral-epicondyle'), P('medial-epicondyle'), 0.45),
      [
        { t: 0, a: 0.012, b: 0.011 },
        { t: 0.6, a: 0.022, b: 0.01 },
        { t: 1, a: 0.034, b: 0.009 },
      ],
      [0, 0, 1],
      0.01,
      0.5,
    ),
  )
  out.push(
    ellipsoid(
      G,
      P('elbow'),
      [0.022, 0.011, 0.012],
      norm(sub(P('lateral-epicondyle'), P('medial-epicondyle'))),
      [0, 1, 0],
      0.008,
    ),
  )
  // radius and ulna
  // the distal shafts aim a little inside the styloids (the styloids themselves are subcutaneous,
  // the shafts are not) and the ulna is drawn a little toward the forearm axis, so no shaft
  // breaks through the skin of the forearm
  const forearmAxis = lerp(P('elbow'), P('wrist'), 0.5)
  const ulnaUpper = lerp(P('ulna-upper'), forearmAxis, 0.12)
  out.push(
    rc(P('radial-head'), P('radius-mid'), 0.009, 0.007),
    rc(P('radius-mid'), lerp(P('radial-styloid-bone'), P('wrist'), 0.45), 0.007, 0.009, 0.01),
  )
  out.push(
    rc(P('olecranon-bone'), ulnaUpper, 0.011, 0.008),
    rc(ulnaUpper, lerp(P('ulnar-styloid-bone'), P('wrist'), 0.4), 0.0075, 0.0055),
  )
  // wrist and hand: distal radius, carpus, metacarpals, phalanges (skeleton-arm.ts)
  out.push(...handBones(m))
  // ribs: posterior angle -> lateral -> anterior end; costal cartilages join the sternum (1-7)
  const ribs: [number, number, number, number, number][] = [
    // level index (t1=7 in SPINE), half-width, anterior drop (m), end angle (deg), cartilage to sternum?
    [7, 0.05, 0.03, 140, 1], // the first rib meets the manubrium at its lateral edge
    [8, 0.075, 0.045, 180, 1],
    [9, 0.095, 0.06, 180, 1],
    [10, 0.108, 0.07, 180, 1],
    [11, 0.118, 0.08, 180, 1],
    [12, 0.124, 0.09, 180, 1],
    [13, 0.128, 0.1, 180, 1],
    [14, 0.13, 0.105, 160, 0],
    [15, 0.128, 0.105, 150, 0],
    [16, 0.124, 0.1, 140, 0],
    [17, 0.115, 0.08, 110, 0],
    [18, 0.095, 0.05, 80, 0],
  ]
  for (const [li, a, drop, endDeg] of ribs) {
    const [, yf, zb] = SPINE[li]!
    const y0 = yf * H
    const zc = zb * H + 0.058
    // half-depth of the rib ring (the first rib is short and flat: it must not ring the manubrium)
    const b = (li === 7 ? 0.072 : 0.088) - 0.0015 * Math.max(0, li - 15)
    const pts: Vec3[] = []
    const N = 9
    for (let i = 0; i <= N; i++) {
      const th = (((endDeg * i) / N) * Math.PI) / 180 + 0.25
      const s = Math.min(th, Math.PI)
      pts.push(
        m([
          a * Math.sin(s) * (i === 0 ? 0.6 : 1),
          y0 - drop * (1 - Math.cos(s)) * 0.5,
          zc - b * Math.cos(s),
        ]),
      )
    }
    const rib0 = m([0.012, y0, zb * H - 0.006])
    out.push(rc(rib0, pts[0]!, 0.005, 0.006, 0.004))
    for (let i = 0; i < N; i++) out.push(rc(pts[i]!, pts[i + 1]!, 0.0055, 0.0055, 0.004))
  }
  // pelvis: iliac wing, acetabulum, pubis, ischium
  const asis = P('asis-bone')
  const psis = P('psis-bone')
  const crest = P('iliac-crest-top')
  const hj = P('hip-joint')
  const wingC = lerp(lerp(asis, psis, 0.5), hj, 0.25)
  const wingX = norm(sub(asis, psis))
  out.push(
    ellipsoid(
      G,
      add(wingC, [0, 0.012, 0]),
      [0.065, 0.055, 0.006],
      wingX,
      norm(sub(crest, hj)),
      0.012,
    ),
  )
  out.push(
    rc(psis, P('iliac-crest-post'), 0.007, 0.008),
    rc(P('iliac-crest-post'), crest, 0.008, 0.008),
    rc(crest, P('iliac-tubercle'), 0.008, 0.009),
    rc(P('iliac-tubercle'), asis, 0.009, 0.007),
  )
  out.push(ellipsoid(G, hj, [0.028, 0.028, 0.028], [1, 0, 0], [0, 1, 0], 0.012))
  out.push(
    rc(hj, P('pubic-tubercle'), 0.011, 0.008),
    rc(P('pubic-tubercle'), m([0.003, 0.507 * H, 0.04 * H]), 0.008, 0.009),
  )
  out.push(
    rc(hj, P('ischial-tuberosity-bone'), 0.012, 0.011),
    rc(P('ischial-tuberosity-bone'), P('pubic-ramus-inf'), 0.009, 0.006),
    rc(P('pubic-ramus-inf'), m([0.003, 0.5 * H, 0.036 * H]), 0.006, 0.007),
  )
  out.push(rc(psis, P('sacroiliac-bone'), 0.01, 0.01), rc(P('sacroiliac-bone'), hj, 0.012, 0.014))
  // femur, knee, leg and foot bones, and the iliotibial tract (skeleton-leg.ts)
  out.push(...legBones(m), ...footBones(m), ...iliotibialTract(m))
  return out
}

/** Every bone below the skull: spine, sacrum, sternum, ribs, girdles and limbs. */
export function bodyBonePrims(): Prim[] {
  const out: Prim[] = []
  // vertebral column
  for (const [n, yf, zb, zs] of SPINE) {
    const y = yf * H
    const r = n.startsWith('c') ? 0.009 : n.startsWith('t') ? 0.013 : 0.019
    out.push(ellipsoid(G, [0, y, zb * H], [r * 1.3, r * 0.62, r], [1, 0, 0], [0, 1, 0], 0.004))
    out.push(
      roundCone(G, [0, y, zb * H - r * 0.8], [0, y - 0.004 * H, zs * H], 0.006, 0.004, 0.004),
    )
    for (const m of [(p: Vec3) => p, mirror]) {
      out.push(roundCone(G, [0.006, y, zb * H - r], m(L(`${n}-tp`)), 0.005, 0.004, 0.004))
    }
  }
  // sacrum and coccyx
  out.push(
    loft(
      G,
      [0, 0.552 * H, -0.05],
      [0, 0.505 * H, -0.072],
      [
        { t: 0, a: 0.05, b: 0.016 },
        { t: 0.6, a: 0.03, b: 0.012 },
        { t: 1, a: 0.008, b: 0.006 },
      ],
      [0, -0.3, 1],
      0.01,
    ),
  )
  // sternum
  out.push(
    loft(
      G,
      L('sternal-notch'),
      L('xiphoid-bone'),
      [
        { t: 0, a: 0.026, b: 0.007 },
        { t: 0.3, a: 0.016, b: 0.006 },
        { t: 0.85, a: 0.018, b: 0.006 },
        { t: 1, a: 0.01, b: 0.004 },
      ],
      [0, 0.2, 1],
      0.006,
    ),
  )
  out.push(...side((p) => p), ...side(mirror))
  return out
}

/**
 * The whole skeleton as one field: the skull (skull.ts), the rest, then the carves (orbits, nasal
 * aperture, mandibular notch), which must come after every solid.
 */
export function bonePrims(): Prim[] {
  return [...skullPrims(), ...bodyBonePrims(), ...skullCarves()]
}

export function boneField(): Field {
  return new Field(bonePrims(), 0.1)
}
