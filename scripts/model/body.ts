/**
 * The skin: a smooth implicit body (smooth-min union of lofted elliptical sections and ellipsoids)
 * laid along the landmark skeleton. Sizes are half-breadths/half-depths in metres for the 1.75 m
 * reference, from anthropometric survey breadths and circumferences (see CREDITS.md).
 */
import { L, STATURE } from './landmarks'
import { type Vec3, add, lerp, mirror, norm, sub } from './math'
import { Field, type Prim, type Section, carve, ellipsoid, loft, roundCone } from './sdf'

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
        m([0.171, Y(0.806), -0.012]), // ends at the glenohumeral centre (x 0.101 H)
        [
          { t: 0, a: 0.05, b: 0.055 },
          { t: 0.5, a: 0.045, b: 0.06 },
          { t: 1, a: 0.045, b: 0.05 },
        ],
        [0, 0, 1],
        0.04,
      ),
      // pectoral mass: a male chest, flat to gently convex over pectoralis major (z semi-axis
      // 37 mm, not 50 mm: a dome), its long axis sloping down-laterally to the axillary fold
      ellipsoid(
        t,
        m([0.076, Y(0.749), 0.06]),
        [0.085, 0.072, 0.037],
        norm([1, -0.3, 0.2]) as Vec3,
        [0, 1, 0],
        0.04,
      ),
      // buttock: gluteus maximus and its fat pad. Checked against ANSUR II (Gordon et al. 2014,
      // NATICK/TR-15/007, men): buttock depth ~0.14 H (here 0.129 H, a lean figure), hip breadth
      // ~0.2 H (here 0.205 H). Its long axis leans forward below (the sacrum above, the thigh
      // below), so the posterior contour slopes from the lordosis over the sacrum, is most
      // prominent at the level of the pubis and trochanter (y 0.90 m) and rounds off into the back
      // of the thigh; kept off the midline below so the natal cleft and perineum stay open.
      ellipsoid(
        t,
        m([0.072, Y(0.507), -0.068]),
        [0.076, 0.094, 0.047],
        [1, 0, 0],
        [0, 1, -0.12],
        0.06,
      ),
      // latissimus / scapular bulk
      ellipsoid(t, m([0.092, Y(0.74), -0.045]), [0.075, 0.1, 0.07], [1, 0, -0.3], [0, 1, 0], 0.05),
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
    // the nape: the bulk of the suboccipital muscles, semispinalis and splenius under the occiput
    ellipsoid(n, [0, 1.582, -0.062], [0.032, 0.04, 0.028], [1, 0, 0], [0, 1, 0], 0.024),
    ...face(h),
  ]
  return prims
}

/**
 * The head and face as soft shapes laid over the skull of skull.ts (each placed over its bone with
 * the soft-tissue depths of De Greef et al. 2006, Forensic Sci Int 159S:S126, adult males:
 * glabella 5.5, nasion 6.5, supraorbital 7, lateral orbit 8.5, zygomatic arch 7, gonion 13,
 * mid-ramus 17, mental eminence 11 mm). Proportions checked against Farkas's facial norms (L. G.
 * Farkas, Anthropometry of the Head and Face, 2nd ed. 1994, young adult North American males,
 * scaled by ~0.95 to this head): nose height n-sn 54 mm, nose width al-al 35 mm, nasal tip
 * protrusion sn-prn 20 mm, mouth width ch-ch 53 mm, upper lip sn-sto 22 mm, intercanthal en-en
 * 33 mm, biocular ex-ex 91 mm, ear length sa-sba 63 mm and width 35 mm; the ear lies between the
 * brow and the nose base, behind the ramus, its long axis tilted ~15 degrees back.
 */
function face(h: number): Prim[] {
  const out: Prim[] = [
    // cranium
    ellipsoid(h, [0, 1.662, -0.018], [0.077, 0.088, 0.1], [1, 0, 0], [0, 1, 0], 0.02),
    // the face: horizontal sections from under the chin to the forehead (half-width, half-depth,
    // centre z; boxier in front; the back of each section stays inside the cranium and the neck):
    // the chin, the mouth over the dental arches, the cheeks at the bizygomatic breadth, the eyes,
    // the brow; the top section sinks into the cranium
    loft(
      h,
      [0, 1.513, 0],
      [0, 1.705, 0],
      [
        { t: 0, a: 0.016, b: 0.018, f: 0.08 },
        { t: 0.065, a: 0.028, b: 0.04, f: 0.062, n: 2.2 },
        { t: 0.14, a: 0.043, b: 0.0515, f: 0.0465, n: 2.4 },
        { t: 0.21, a: 0.05, b: 0.0535, f: 0.0435, n: 2.6 },
        { t: 0.31, a: 0.055, b: 0.057, f: 0.042, n: 2.7 },
        { t: 0.42, a: 0.06, b: 0.057, f: 0.037, n: 2.7 },
        { t: 0.55, a: 0.062, b: 0.0595, f: 0.0345, n: 2.8 },
        { t: 0.64, a: 0.063, b: 0.064, f: 0.034, n: 2.7 },
        { t: 0.76, a: 0.064, b: 0.0615, f: 0.0265, n: 2.4 },
        { t: 1, a: 0.05, b: 0.05, f: -0.02 },
      ],
      [0, 0, 1],
      0.02,
      0.5,
    ),
  ]
  // the floor of the mouth under the chin (mylohyoid, digastric bellies, submental fat) down to
  // the hyoid
  out.push(ellipsoid(h, [0, 1.51, 0.03], [0.02, 0.008, 0.0145], [1, 0, 0], [0, 1, 0.25], 0.02))
  // glabella, the most prominent point of the brow in the midline, and the chin's point
  out.push(ellipsoid(h, [0, 1.646, 0.091], [0.014, 0.011, 0.0085], [1, 0, 0], [0, 1, 0], 0.015))
  out.push(
    ellipsoid(h, [0, 1.529, 0.089], [0.018, 0.014, 0.012], [1, 0, 0], norm([0, 1, -0.2]), 0.014),
  )
  out.push(
    ...both((m) => [
      // brow: soft tissue over the supraorbital margin, following the curve of the forehead
      ellipsoid(
        h,
        m([0.022, 1.646, 0.088]),
        [0.024, 0.008, 0.009],
        norm([1, 0.1, -0.45]),
        [0, 1, 0],
        0.018,
      ),
      // cheekbone (malar eminence over the zygomatic body, ~7 mm of tissue) and the arch back
      // toward the ear
      ellipsoid(
        h,
        m([0.05, 1.604, 0.063]),
        [0.013, 0.011, 0.016],
        norm([1, 0, -0.9]),
        [0, 1, 0.1],
        0.022,
      ),
      loft(
        h,
        m([0.058, 1.608, 0.045]),
        m([0.061, 1.613, 0.004]),
        [
          { t: 0, a: 0.006, b: 0.008 },
          { t: 1, a: 0.004, b: 0.006 },
        ],
        [0, 1, 0],
        0.012,
      ),
      // the cheek in front of the masseter (buccal fat)
      ellipsoid(
        h,
        m([0.037, 1.578, 0.06]),
        [0.01, 0.017, 0.016],
        norm([1, 0, -0.5]),
        [0, 1, 0],
        0.012,
      ),
      // the parotid gland filling the retromandibular fossa between the ramus, the ear and the
      // mastoid
      ellipsoid(
        h,
        m([0.051, 1.575, -0.012]),
        [0.012, 0.026, 0.016],
        [1, 0, 0],
        norm([0, 1, 0.15]),
        0.016,
      ),
      // masseter over the ramus, from the arch to the angle (~15 mm of muscle and fascia)
      ellipsoid(
        h,
        m([0.054, 1.578, 0.022]),
        [0.0105, 0.026, 0.021],
        [1, 0, 0],
        norm([0, 1, 0.2]),
        0.016,
      ),
      // jaw: the lower border of the mandible from the angle to the chin
      loft(
        h,
        m([0.051, 1.563, 0.008]),
        m([0.014, 1.528, 0.08]),
        [
          { t: 0, a: 0.008, b: 0.008 },
          { t: 0.5, a: 0.009, b: 0.009 },
          { t: 1, a: 0.01, b: 0.01 },
        ],
        [0, 1, 0],
        0.016,
      ),
      // ear: the auricle, a plate standing ~20 degrees off the side of the head behind the ramus,
      // its long axis tilted back; the helix rolls round its free edge
      ellipsoid(
        h,
        m([0.077, 1.611, -0.02]),
        [0.0035, 0.03, 0.0165],
        norm([1, 0, 0.35]),
        norm([0, 1, -0.27]),
        0.005,
      ),
      ...ring(
        m,
        [0.0785, 1.611, -0.0195],
        norm([0, 1, -0.27]),
        norm([-0.35, 0, 1]),
        [0.0285, 0.0152],
        [85, 60, 30, 0, -30, -60, -90, -120, -145, -165],
        [0.0024, 0.0028, 0.0031, 0.0033, 0.0034, 0.0033, 0.0032, 0.003, 0.0028, 0.0026],
        0.003,
      ),
      // the mastoid process behind the ear (sternocleidomastoid and splenius insertions)
      ellipsoid(h, m([0.045, 1.604, -0.029]), [0.011, 0.017, 0.013], [1, 0, 0], [0, 1, 0], 0.012),
      // lobule
      ellipsoid(
        h,
        m([0.076, 1.586, -0.013]),
        [0.004, 0.009, 0.0075],
        [1, 0, 0.3],
        [0, 1, 0],
        0.005,
      ),
      // tragus, in front of the concha
      ellipsoid(
        h,
        m([0.0755, 1.6145, -0.003]),
        [0.0032, 0.006, 0.004],
        norm([1, 0, 0.3]),
        [0, 1, 0],
        0.004,
      ),
      // ala of the nose: the wing round the nostril, and its crease into the cheek
      ellipsoid(
        h,
        m([0.0125, 1.584, 0.107]),
        [0.0062, 0.0072, 0.0095],
        norm([1, 0, 0.4]),
        [0, 1, 0],
        0.004,
      ),
      // philtral column, from the columella base to the peak of the cupid's bow
      roundCone(h, m([0.0045, 1.5775, 0.1022]), m([0.0058, 1.5652, 0.1032]), 0.0018, 0.002, 0.004),
    ]),
  )
  // eye sockets under the brows, the closed lids over the eyeballs; the concha of the ear
  out.push(
    ...both((m) => [
      carve(
        ellipsoid(
          h,
          m([0.031, 1.626, 0.1]),
          [0.018, 0.012, 0.011],
          norm([1, 0, -0.25]),
          [0, 1, 0],
          0.009,
        ),
      ),
      ellipsoid(
        h,
        m([0.0315, 1.626, 0.0805]),
        [0.0135, 0.0112, 0.0125],
        norm([1, 0, -0.2]),
        [0, 1, 0],
        0.005,
      ),
      carve(
        ellipsoid(
          h,
          m([0.0828, 1.606, -0.0115]),
          [0.0048, 0.012, 0.0085],
          norm([1, 0, 0.35]),
          norm([0, 1, -0.2]),
          0.003,
        ),
      ),
    ]),
  )
  // nose: the dorsum from the nasion over the nasal bones and cartilages to the tip (a wedge,
  // widening to the base), the lobule of the tip, and the columella down to the subnasale
  out.push(
    loft(
      h,
      [0, 1.636, 0.097],
      [0, 1.591, 0.116],
      [
        { t: 0, a: 0.0065, b: 0.006, f: -0.002 },
        { t: 0.35, a: 0.0075, b: 0.007, f: -0.002 },
        { t: 0.7, a: 0.0095, b: 0.009, f: -0.003 },
        { t: 1, a: 0.0115, b: 0.011, f: -0.004 },
      ],
      [0, 0.45, 1],
      0.008,
    ),
  )
  // the side walls of the nose, widening from the root to the alae (fills between the dorsum
  // and the face)
  out.push(
    loft(
      h,
      [0, 1.632, 0.09],
      [0, 1.584, 0.1],
      [
        { t: 0, a: 0.008, b: 0.007 },
        { t: 1, a: 0.015, b: 0.01 },
      ],
      [0, 0.3, 1],
      0.008,
    ),
  )
  out.push(ellipsoid(h, [0, 1.588, 0.117], [0.0092, 0.0082, 0.0082], [1, 0, 0], [0, 1, 0], 0.006))
  out.push(roundCone(h, [0, 1.5785, 0.109], [0, 1.582, 0.116], 0.0032, 0.0042, 0.004))
  // the muzzle: the upper lip's skin between the nose and the vermilion over the incisors
  out.push(
    ellipsoid(h, [0, 1.563, 0.07], [0.03, 0.021, 0.0335], [1, 0, 0], norm([0, 1, -0.1]), 0.012),
  )
  // lips: the upper and the lower vermilion, fuller in the middle, tapering to the corners
  out.push(
    ellipsoid(
      h,
      [0, 1.5612, 0.1023],
      [0.0225, 0.0047, 0.0062],
      [1, 0, 0],
      norm([0, 1, 0.4]),
      0.004,
    ),
  )
  out.push(
    ellipsoid(
      h,
      [0, 1.5498, 0.1005],
      [0.021, 0.0054, 0.0068],
      [1, 0, 0],
      norm([0, 1, -0.45]),
      0.004,
    ),
  )
  // carves: the nostrils and the line of the lips
  out.push(
    ...both((m) => [
      carve(
        ellipsoid(
          h,
          m([0.0065, 1.5785, 0.1135]),
          [0.0035, 0.0028, 0.0055],
          [1, 0, 0],
          [0, 1, 0],
          0.002,
        ),
      ),
    ]),
  )
  out.push(
    carve(ellipsoid(h, [0, 1.5557, 0.104], [0.025, 0.0008, 0.0095], [1, 0, 0], [0, 1, 0], 0.0015)),
  )
  return out
}

/**
 * Round cones around an ellipse (centre c, long axis ey with radius r[0], short axis ez with
 * radius r[1]) through the given angles (degrees from the long axis), with the given radii.
 */
function ring(
  m: (p: Vec3) => Vec3,
  c: Vec3,
  ey: Vec3,
  ez: Vec3,
  r: [number, number],
  deg: number[],
  rad: number[],
  k: number,
): Prim[] {
  const at = (a: number): Vec3 => {
    const t = (a * Math.PI) / 180
    const u = Math.cos(t) * r[0]
    const v = Math.sin(t) * r[1]
    return [
      c[0] + ey[0] * u + ez[0] * v,
      c[1] + ey[1] * u + ez[1] * v,
      c[2] + ey[2] * u + ez[2] * v,
    ]
  }
  const out: Prim[] = []
  for (let i = 1; i < deg.length; i++)
    out.push(roundCone(seg('head'), m(at(deg[i - 1]!)), m(at(deg[i]!)), rad[i - 1]!, rad[i]!, k))
  return out
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
      // lateral semi-axis 42 mm: the skin's bideltoid breadth ~0.267 H (Pheasant, Bodyspace:
      // British men 465 mm), ~35 mm of deltoid and skin outside each acromion
      [0.042, 0.058, 0.05],
      norm([1, 0.25, 0]) as Vec3,
      norm([-0.25, 1, 0]),
      0.035,
    ),
    loft(
      arm,
      m(add(gh, [0.005, 0.0, 0])),
      m(elbow),
      [
        { t: 0, a: 0.046, b: 0.052 },
        { t: 0.3, a: 0.045, b: 0.05, s: -0.004 },
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
