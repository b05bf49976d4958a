/**
 * The skin: a smooth implicit body (smooth-min union of lofted elliptical sections and ellipsoids)
 * laid along the landmark skeleton. Sizes are half-breadths/half-depths in metres for the 1.75 m
 * reference, from anthropometric survey breadths and circumferences (see CREDITS.md).
 */
import { L, STATURE } from './landmarks'
import { type Vec3, add, lerp, mirror, norm, sub } from './math'
import { Field, type Prim, type Section, carve, ellipsoid, loft } from './sdf'

export const SEGMENTS = [
  'head',
  'neck',
  'trunk',
  'arm.L',
  'arm.R',
  'forearm.L',
  'forearm.R',
  'hand.L',
  'hand.R',
  'thigh.L',
  'thigh.R',
  'leg.L',
  'leg.R',
  'foot.L',
  'foot.R',
] as const
export type Segment = (typeof SEGMENTS)[number]
export const seg = (s: Segment): number => SEGMENTS.indexOf(s)
const sided = (base: string, side: 'L' | 'R'): number => seg(`${base}.${side}` as Segment)

const H = STATURE
const Y = (f: number): number => f * H

/** Mirror a primitive-building function for the right side. */
type Maker = (m: (p: Vec3) => Vec3, side: 'L' | 'R') => Prim[]
const both = (make: Maker): Prim[] => [...make((p) => p, 'L'), ...make(mirror, 'R')]

function trunk(): Prim[] {
  // [height fraction, half-width, half-depth, centre z, superellipse exponent]
  const rows: [number, number, number, number, number][] = [
    [0.485, 0.11, 0.095, -0.012, 2.3],
    [0.5, 0.13, 0.104, -0.013, 2.3],
    [0.515, 0.138, 0.108, -0.014, 2.4],
    [0.54, 0.142, 0.105, -0.01, 2.4],
    [0.565, 0.145, 0.1, 0.0, 2.4],
    [0.59, 0.146, 0.097, 0.004, 2.3],
    [0.615, 0.148, 0.095, 0.004, 2.3],
    [0.64, 0.152, 0.097, 0.002, 2.3],
    [0.675, 0.158, 0.104, -0.004, 2.4],
    [0.715, 0.164, 0.112, -0.006, 2.5],
    [0.75, 0.166, 0.114, -0.01, 2.7],
    [0.78, 0.164, 0.106, -0.016, 2.9],
    [0.8, 0.15, 0.096, -0.02, 3.0],
    [0.815, 0.115, 0.082, -0.022, 2.8],
    [0.83, 0.06, 0.06, -0.022, 2.2],
  ]
  const y0 = Y(rows[0]![0])
  const y1 = Y(rows[rows.length - 1]![0])
  const sections: Section[] = rows.map(([f, a, b, z, n]) => ({
    t: (Y(f) - y0) / (y1 - y0),
    a,
    b,
    f: z,
    n,
  }))
  const t = seg('trunk')
  const prims: Prim[] = [loft(t, [0, y0, 0], [0, y1, 0], sections, [0, 0, 1], 0.03, 0.35)]
  prims.push(
    ...both((m) => [
      // shoulder mass (trapezius slope to the acromion)
      loft(
        t,
        m([0.035, Y(0.824), -0.03]),
        m([0.19, Y(0.806), -0.012]),
        [
          { t: 0, a: 0.05, b: 0.055 },
          { t: 0.5, a: 0.045, b: 0.06 },
          { t: 1, a: 0.045, b: 0.05 },
        ],
        [0, 0, 1],
        0.04,
      ),
      // pectoral mass
      ellipsoid(
        t,
        m([0.075, Y(0.752), 0.062]),
        [0.085, 0.07, 0.05],
        norm([1, -0.25, 0.3]) as Vec3,
        [0, 1, 0],
        0.04,
      ),
      // buttock
      ellipsoid(
        t,
        m([0.066, Y(0.511), -0.077]),
        [0.074, 0.092, 0.051],
        [1, 0, 0],
        [0, 1, 0.3],
        0.06,
      ),
      // latissimus / scapular bulk
      ellipsoid(t, m([0.1, Y(0.74), -0.045]), [0.075, 0.1, 0.07], [1, 0, -0.3], [0, 1, 0], 0.05),
    ]),
  )
  return prims
}

function headNeck(): Prim[] {
  const h = seg('head')
  const n = seg('neck')
  const prims: Prim[] = [
    loft(
      n,
      [0, Y(0.8), -0.03],
      [0, Y(0.9), -0.012],
      [
        { t: 0, a: 0.07, b: 0.064 },
        { t: 0.4, a: 0.058, b: 0.057, f: 0.004 },
        { t: 1, a: 0.052, b: 0.05 },
      ],
      [0, 0, 1],
      0.035,
    ),
    // cranium
    ellipsoid(h, [0, 1.662, -0.018], [0.077, 0.088, 0.1], [1, 0, 0], [0, 1, 0], 0.02),
    // face
    ellipsoid(h, [0, 1.592, 0.032], [0.06, 0.075, 0.066], [1, 0, 0], [0, 1, 0.15], 0.03),
    // brow ridge
    ellipsoid(h, [0, Y(0.942), 0.083], [0.047, 0.014, 0.012], [1, 0, 0], [0, 1, 0], 0.03),
    // the nape: the bulk of the suboccipital muscles, semispinalis and splenius under the occiput
    ellipsoid(n, [0, 1.582, -0.062], [0.032, 0.04, 0.028], [1, 0, 0], [0, 1, 0], 0.024),
    // nose
    ellipsoid(h, [0, Y(0.917), 0.1], [0.012, 0.026, 0.016], [1, 0, 0], norm([0, 1, -0.45]), 0.012),
    // chin
    ellipsoid(h, [0, Y(0.875), 0.074], [0.022, 0.018, 0.016], [1, 0, 0], [0, 1, 0], 0.025),
    // lips
    ellipsoid(h, [0, Y(0.889), 0.091], [0.024, 0.012, 0.012], [1, 0, 0], [0, 1, 0], 0.012),
  ]
  prims.push(
    ...both((m) => [
      // jaw
      loft(
        h,
        m([0.05, Y(0.899), 0.0]),
        m([0.012, Y(0.872), 0.072]),
        [
          { t: 0, a: 0.018, b: 0.014 },
          { t: 1, a: 0.016, b: 0.014 },
        ],
        [0, 1, 0],
        0.025,
      ),
      // cheekbone
      ellipsoid(
        h,
        m([0.052, Y(0.919), 0.055]),
        [0.018, 0.012, 0.022],
        [1, 0, 0.3],
        [0, 1, 0],
        0.025,
      ),
      // ear
      ellipsoid(
        h,
        m([0.075, Y(0.926), -0.005]),
        [0.009, 0.03, 0.018],
        norm([1, 0, 0.3]),
        [0, 1, -0.15],
        0.008,
      ),
      // eye socket under the brow, and the eyeball in it
      carve(
        ellipsoid(
          h,
          m([0.032, Y(0.931), 0.094]),
          [0.016, 0.0095, 0.0095],
          [1, 0, 0.25],
          [0, 1, 0],
          0.008,
        ),
      ),
      ellipsoid(
        h,
        m([0.032, Y(0.929), 0.079]),
        [0.0125, 0.0125, 0.0125],
        [1, 0, 0],
        [0, 1, 0],
        0.004,
      ),
    ]),
  )
  // the line of the lips
  prims.push(
    carve(ellipsoid(h, [0, Y(0.8885), 0.105], [0.024, 0.0012, 0.009], [1, 0, 0], [0, 1, 0], 0.002)),
  )
  return prims
}

function upperLimb(m: (p: Vec3) => Vec3, side: 'L' | 'R'): Prim[] {
  const gh = L('glenohumeral')
  const elbow = L('elbow')
  const wrist = L('wrist')
  const arm = sided('arm', side)
  const fore = sided('forearm', side)
  const hand = sided('hand', side)
  const prims: Prim[] = [
    // deltoid cap
    ellipsoid(
      arm,
      m(add(gh, [0.008, -0.015, 0.002])),
      [0.046, 0.058, 0.05],
      norm([1, 0.25, 0]) as Vec3,
      norm([-0.25, 1, 0]),
      0.035,
    ),
    loft(
      arm,
      m(add(gh, [0.005, 0.0, 0])),
      m(elbow),
      [
        { t: 0, a: 0.05, b: 0.052 },
        { t: 0.3, a: 0.046, b: 0.05, s: -0.004 },
        { t: 0.55, a: 0.041, b: 0.047, f: 0.003 },
        { t: 0.85, a: 0.037, b: 0.04 },
        { t: 1, a: 0.042, b: 0.036, f: -0.002 },
      ],
      [0, 0, 1],
      0.03,
    ),
    loft(
      fore,
      m(elbow),
      m(wrist),
      [
        { t: 0, a: 0.043, b: 0.036, f: -0.003 },
        { t: 0.22, a: 0.044, b: 0.038, s: -0.004 },
        { t: 0.5, a: 0.037, b: 0.031 },
        { t: 0.8, a: 0.031, b: 0.023 },
        { t: 1, a: 0.029, b: 0.018 },
      ],
      [0, 0, 1],
      0.03,
    ),
  ]
  // hand: palm, fingers, thumb (palm faces +Z)
  const mc3 = L('mc3-head')
  prims.push(
    loft(
      hand,
      m(lerp(wrist, mc3, -0.05)),
      m(add(mc3, [0, 0.004, 0])),
      [
        { t: 0, a: 0.028, b: 0.016 },
        { t: 0.4, a: 0.039, b: 0.016 },
        { t: 1, a: 0.043, b: 0.013 },
      ],
      [0, 0, 1],
      0.012,
      0.5,
    ),
    ellipsoid(
      hand,
      m(lerp(L('trapezium'), L('mc1-head'), 0.55)),
      [0.03, 0.013, 0.015],
      norm(sub(L('mc1-head'), L('trapezium'))),
      [0, 0, 1],
      0.02,
    ),
  )
  const fingers: [string, string, number][] = [
    ['mc2-head', 'index-tip-bone', 0.0085],
    ['mc3-head', 'middle-tip-bone', 0.009],
    ['mc4-head', 'ring-tip-bone', 0.0085],
    ['mc5-head', 'little-tip-bone', 0.0075],
  ]
  for (const [a, b, r] of fingers) {
    prims.push(
      loft(
        hand,
        m(L(a)),
        m(L(b)),
        [
          { t: 0, a: r * 1.05, b: r },
          { t: 0.5, a: r * 0.95, b: r * 0.9 },
          { t: 1, a: r * 0.8, b: r * 0.75 },
        ],
        [0, 0, 1],
        0.008,
      ),
    )
  }
  prims.push(
    loft(
      hand,
      m(L('mc1-head')),
      m(L('thumb-tip-bone')),
      [
        { t: 0, a: 0.0105, b: 0.0095 },
        { t: 0.5, a: 0.0095, b: 0.0088 },
        { t: 1, a: 0.0085, b: 0.0075 },
      ],
      [0, 0, 1],
      0.008,
    ),
  )
  return prims
}

function lowerLimb(m: (p: Vec3) => Vec3, side: 'L' | 'R'): Prim[] {
  const hip = L('hip-joint')
  const knee = L('knee')
  const ankle = L('ankle')
  const thigh = sided('thigh', side)
  const leg = sided('leg', side)
  const foot = sided('foot', side)
  const heel = L('calcaneus-back')
  const toe = L('toe2-tip')
  return [
    loft(
      thigh,
      m(add(hip, [0.012, 0.05, -0.012])),
      m(knee),
      [
        { t: 0, a: 0.072, b: 0.085, s: -0.002 },
        { t: 0.17, a: 0.078, b: 0.085, s: -0.004, f: 0.004 },
        { t: 0.45, a: 0.073, b: 0.075, s: -0.004, f: 0.006 },
        { t: 0.8, a: 0.057, b: 0.058, s: 0.004, f: 0.006 },
        { t: 1, a: 0.052, b: 0.05, f: 0.0 },
      ],
      [0, 0, 1],
      0.04,
    ),
    loft(
      leg,
      m(knee),
      m(ankle),
      [
        { t: 0, a: 0.05, b: 0.05 },
        { t: 0.12, a: 0.05, b: 0.052, f: -0.006 },
        { t: 0.3, a: 0.054, b: 0.058, f: -0.016 },
        { t: 0.5, a: 0.045, b: 0.05, f: -0.012 },
        { t: 0.8, a: 0.031, b: 0.034, f: -0.007 },
        { t: 1, a: 0.032, b: 0.036, f: -0.01 },
      ],
      [0, 0, 1],
      0.03,
    ),
    // the malleoli stand out at the ankle
    ellipsoid(
      leg,
      m(add(L('malleolus-lateral-bone'), [0.003, -0.004, 0])),
      [0.009, 0.016, 0.011],
      [1, 0, 0],
      [0, 1, 0],
      0.012,
    ),
    ellipsoid(
      leg,
      m(add(L('malleolus-medial-bone'), [-0.003, -0.002, 0])),
      [0.009, 0.014, 0.012],
      [1, 0, 0],
      [0, 1, 0],
      0.012,
    ),
    // hamstring fullness under the gluteal fold, so the buttock flows into the back of the thigh
    ellipsoid(thigh, m([0.086, 0.74, -0.034]), [0.046, 0.11, 0.04], [1, 0, 0], [0, 1, 0], 0.04),
    // foot: axis from heel to toes, b = vertical half-height
    loft(
      foot,
      m([heel[0], 0.036, heel[2] + 0.004]),
      m([toe[0], 0.012, toe[2] - 0.002]),
      [
        { t: 0, a: 0.03, b: 0.034, f: 0.002, n: 2.3 },
        { t: 0.15, a: 0.034, b: 0.042, f: 0.012, n: 2.8 },
        { t: 0.4, a: 0.041, b: 0.035, f: 0.01, n: 3.2 },
        { t: 0.7, a: 0.048, b: 0.023, f: 0.001, s: -0.003, n: 3.4 },
        { t: 1, a: 0.04, b: 0.012, f: -0.002, n: 2.4 },
      ],
      [0, 1, 0],
      0.03,
      0.7,
    ),
    ellipsoid(
      foot,
      m(add(ankle, [0, -0.012, 0.005])),
      [0.035, 0.03, 0.04],
      [1, 0, 0],
      [0, 1, 0],
      0.03,
    ),
  ]
}

export function skinPrims(): Prim[] {
  return [...trunk(), ...headNeck(), ...both(upperLimb), ...both(lowerLimb)]
}

/** The mirror segment of a segment index (arm.L <-> arm.R); unsided segments map to themselves. */
export function mirrorSegment(g: number): number {
  const n = SEGMENTS[g]
  if (!n) return g
  if (n.endsWith('.L')) return SEGMENTS.indexOf(n.replace(/\.L$/, '.R') as Segment)
  if (n.endsWith('.R')) return SEGMENTS.indexOf(n.replace(/\.R$/, '.L') as Segment)
  return g
}

export function skinField(): Field {
  return new Field(skinPrims(), 0.08, mirrorSegment)
}

export const BODY_BOUNDS: { lo: Vec3; hi: Vec3 } = {
  lo: [-0.5, -0.01, -0.2],
  hi: [0.5, 1.76, 0.28],
}
