/** Head, face and neck muscles (left side; mirrored). Attachments after Gray's Anatomy. */
import type { Vec3 } from '../math'
import { type Head, type MuscleDef, type Spec, muscle as m } from './types'

/**
 * A point written in body-frame metres (left side), as an offset from the head centre so the
 * rows stay landmark specs: the face is drawn on the skull of skull.ts, whose shapes are placed in
 * the same absolute frame.
 */
const HC: Vec3 = [0, 1.645, -0.007]
const A = (x: number, y: number, z: number): Spec => ['head-centre', x, y - HC[1], z - HC[2]]

/**
 * A flat elliptical ring (orbicularis oculi, orbicularis oris) as arcs of fibres running around
 * it: each head is an arc from a0 to a1 (degrees, 0 = lateral, 90 = up) whose attachment lines
 * run across the ring from the inner to the outer ellipse, so the sheet spans exactly the ring.
 * Consecutive arcs overlap by a few degrees so the seams do not show. The ring lies in the plane
 * (ex, ey) through c, a little inside the skin, and is cast outward along dir onto the layer depth.
 */
function ring(
  c: Vec3,
  ex: Vec3,
  ey: Vec3,
  inner: [number, number],
  outer: [number, number],
  arcs: [number, number][],
  rest: Omit<Head, 'o' | 'i' | 'via'>,
): Head[] {
  const n = Math.hypot(...ex)
  const X: Vec3 = [ex[0] / n, ex[1] / n, ex[2] / n]
  const at = (r: [number, number], deg: number): Spec => {
    const a = (deg * Math.PI) / 180
    const u = r[0] * Math.cos(a)
    const v = r[1] * Math.sin(a)
    return A(c[0] + X[0] * u + ey[0] * v, c[1] + X[1] * u + ey[1] * v, c[2] + X[2] * u + ey[2] * v)
  }
  const line = (deg: number): Spec[] => [at(inner, deg), at(outer, deg)]
  return arcs.map(([a0, a1]) => ({
    o: line(a0),
    via: [line(a0 + (a1 - a0) / 3), line(a0 + (2 * (a1 - a0)) / 3)],
    i: line(a1),
    ...rest,
  }))
}

const OVERLAP = 6
export const headNeck: MuscleDef[] = [
  // --- scalp: occipitofrontalis. The frontal and occipital bellies run up over the vault into the
  // galea aponeurotica (drawn as their thin aponeurotic ends, meeting at the vertex)
  m('frontalis', 'superficial', 'sheet', {
    o: [
      A(-0.003, 1.648, 0.096),
      A(0.022, 1.65, 0.092),
      A(0.04, 1.647, 0.082),
      A(0.057, 1.642, 0.063),
    ],
    via: [
      [
        A(-0.003, 1.69, 0.078),
        A(0.025, 1.69, 0.072),
        A(0.046, 1.688, 0.057),
        A(0.066, 1.678, 0.035),
      ],
      [
        A(-0.003, 1.725, 0.045),
        A(0.028, 1.722, 0.04),
        A(0.052, 1.712, 0.028),
        A(0.07, 1.694, 0.01),
      ],
    ],
    i: [
      A(-0.003, 1.744, -0.02),
      A(0.03, 1.738, -0.021),
      A(0.055, 1.721, -0.022),
      A(0.073, 1.695, -0.023),
    ],
    t: 0.0036,
    b: 0.22,
    d: 0.002,
  }),
  m('occipitalis', 'superficial', 'sheet', {
    // from the lateral two thirds of the superior nuchal line and the mastoid part of the
    // temporal bone, up into the galea (which runs forward above the ear over the temporalis)
    o: [
      A(-0.003, 1.624, -0.104),
      A(0.03, 1.624, -0.098),
      A(0.058, 1.628, -0.075),
      A(0.068, 1.632, -0.047),
    ],
    via: [
      [
        A(-0.003, 1.67, -0.112),
        A(0.032, 1.67, -0.104),
        A(0.062, 1.668, -0.078),
        A(0.073, 1.662, -0.042),
      ],
      [
        A(-0.003, 1.715, -0.08),
        A(0.03, 1.712, -0.075),
        A(0.06, 1.703, -0.058),
        A(0.073, 1.692, -0.03),
      ],
    ],
    i: [
      A(-0.003, 1.745, -0.004),
      A(0.03, 1.739, -0.005),
      A(0.055, 1.722, -0.007),
      A(0.073, 1.696, -0.009),
    ],
    t: 0.0038,
    b: 0.2,
    d: 0.0022,
  }),
  // --- muscles of mastication
  m('temporalis', 'superficial', 'fan', {
    // from the whole temporal fossa below the inferior temporal line (frontal, parietal,
    // temporal and sphenoid bones), converging deep to the zygomatic arch onto the coronoid
    // process and the front of the ramus: laid on the bone, it fills the fossa flush with the vault
    o: [
      A(0.049, 1.662, 0.066),
      A(0.059, 1.689, 0.04),
      A(0.065, 1.701, 0.01),
      A(0.066, 1.697, -0.022),
      A(0.064, 1.685, -0.048),
      A(0.061, 1.662, -0.058),
      A(0.062, 1.645, -0.05),
    ],
    via: [
      [
        A(0.054, 1.636, 0.056),
        A(0.061, 1.652, 0.036),
        A(0.064, 1.656, 0.016),
        A(0.064, 1.652, -0.004),
        A(0.062, 1.646, -0.022),
        A(0.061, 1.638, -0.03),
        A(0.062, 1.63, -0.03),
      ],
    ],
    i: [A(0.05, 1.602, 0.04), A(0.05, 1.611, 0.033), A(0.05, 1.607, 0.026)],
    t: 0.012,
    b: 0.4,
    on: 'bone',
    g: 0.0008,
  }),
  m('masseter', 'superficial', 'pennate', {
    // a thick quadrilateral from the lower border of the zygomatic bone and arch (anterior two
    // thirds: the superficial part; the deep part from the back of the arch) down and back to the
    // angle and the lower lateral half of the ramus, laid on the bone
    o: [
      A(0.051, 1.598, 0.064),
      A(0.056, 1.602, 0.048),
      A(0.059, 1.605, 0.03),
      A(0.06, 1.607, 0.012),
    ],
    i: [
      A(0.045, 1.546, 0.04),
      A(0.048, 1.548, 0.026),
      A(0.05, 1.552, 0.012),
      A(0.05, 1.562, 0.002),
    ],
    t: 0.015,
    b: 0.45,
    on: 'bone',
    g: 0.0008,
  }),
  m('lateral-pterygoid', 'deep', 'fusiform', {
    // from the lateral pterygoid plate and the greater wing of the sphenoid back to the neck of
    // the condyle, through the infratemporal fossa
    o: [A(0.022, 1.594, 0.034), A(0.026, 1.608, 0.032)],
    i: [A(0.046, 1.604, 0.009)],
    t: 0.01,
    w: 0.016,
    on: 'free',
  }),
  m('medial-pterygoid', 'deep', 'fusiform', {
    // from the medial surface of the lateral pterygoid plate down and back to the medial surface
    // of the angle of the mandible
    o: [A(0.017, 1.594, 0.03)],
    i: [A(0.042, 1.566, 0.012)],
    t: 0.01,
    w: 0.016,
    on: 'free',
  }),
  m('digastric', 'intermediate', 'fusiform', [
    // posterior belly from the mastoid notch to the intermediate tendon at the hyoid, anterior
    // belly from there to the digastric fossa of the mandible: laid on their chords
    {
      o: [['mastoid-bone', -0.004, -0.006, 0]],
      i: [['hyoid', 0.012, 0.004, 0]],
      t: 0.007,
      w: 0.011,
      on: 'free',
    },
    {
      o: [['hyoid', 0.01, 0.004, 0.004]],
      i: [['menton', 0.008, 0.006, -0.012]],
      t: 0.006,
      w: 0.01,
      on: 'free',
    },
  ]),
  // --- muscles of facial expression
  m(
    'orbicularis-oculi',
    'superficial',
    'sheet',
    ring(
      [0.0315, 1.627, 0.072],
      [1, 0, -0.25],
      [0, 1, 0],
      [0.0135, 0.0052],
      [0.031, 0.0275],
      [
        [-45 - OVERLAP, 45],
        [45 - OVERLAP, 135],
        [135 - OVERLAP, 225],
        [225 - OVERLAP, 315],
      ],
      { t: 0.005, dir: [0.2, 0, 1], d: 0.002 },
    ),
  ),
  m(
    'orbicularis-oris',
    'superficial',
    'sheet',
    ring(
      [0, 1.5545, 0.086],
      [1, 0, -0.45],
      [0, 1, 0],
      [0.021, 0.0015],
      [0.038, 0.0215],
      // the arcs run past the midline (clamped onto it), so the halves meet at full thickness
      [
        [104, 30 - OVERLAP],
        [30, -30 - OVERLAP],
        [-30, -104],
      ],
      { t: 0.0065, dir: [0.3, 0, 1], d: 0.0018 },
    ),
  ),
  m('zygomaticus-major', 'superficial', 'strap', {
    // from the lateral surface of the zygomatic bone, in front of the zygomaticotemporal suture,
    // down and forward over the buccal fat to the modiolus at the corner of the mouth
    o: [A(0.062, 1.603, 0.05), A(0.058, 1.595, 0.061)],
    i: [A(0.03, 1.559, 0.088), A(0.029, 1.551, 0.088)],
    t: 0.0055,
    w: 0.016,
    dir: [0.6, 0, 1],
    d: 0.0045,
  }),
  m('levator-labii-superioris', 'superficial', 'sheet', {
    // the three heads of the old quadratus labii superioris as one sheet fanning down onto the
    // upper lip: the angular head (levator labii superioris alaeque nasi) from the frontal process
    // of the maxilla beside the nose to the ala and the lip, the infraorbital head from the
    // infraorbital margin (deep to orbicularis oculi), and the zygomatic head (zygomaticus minor)
    // from the zygomatic bone, medial to zygomaticus major
    o: [
      A(0.011, 1.627, 0.097),
      A(0.017, 1.608, 0.093),
      A(0.03, 1.605, 0.089),
      A(0.042, 1.603, 0.083),
      A(0.05, 1.598, 0.077),
    ],
    i: [
      A(0.009, 1.576, 0.104),
      A(0.012, 1.569, 0.102),
      A(0.017, 1.567, 0.1),
      A(0.022, 1.565, 0.097),
      A(0.026, 1.562, 0.094),
    ],
    t: 0.0045,
    on: 'bone',
    g: 0.0012,
  }),
  m('nasalis', 'superficial', 'sheet', {
    // transverse part: from the maxilla beside the ala over the nasal dorsum
    o: [A(0.019, 1.592, 0.092), A(0.021, 1.584, 0.094)],
    i: [A(-0.002, 1.607, 0.115), A(-0.002, 1.597, 0.119)],
    t: 0.003,
    dir: [0.6, 0.1, 1],
    d: 0.0018,
  }),
  m('procerus', 'superficial', 'sheet', {
    // from the nasal bones up to the skin of the glabella
    o: [A(-0.002, 1.617, 0.108), A(0.008, 1.619, 0.104)],
    i: [A(-0.002, 1.653, 0.097), A(0.009, 1.653, 0.095)],
    t: 0.0028,
    dir: [0, 0, 1],
    d: 0.002,
  }),
  m('corrugator-supercilii', 'intermediate', 'strap', {
    // from the medial superciliary arch up and out to the skin over the middle of the eyebrow
    o: [A(0.008, 1.643, 0.094)],
    i: [A(0.032, 1.654, 0.09)],
    t: 0.004,
    w: 0.008,
    dir: [0, 0.2, 1],
    d: 0.0045,
  }),
  m('mentalis', 'superficial', 'sheet', {
    // from the incisive fossa of the mandible down to the skin of the chin
    o: [A(-0.006, 1.539, 0.095), A(0.012, 1.54, 0.092)],
    i: [A(-0.006, 1.522, 0.093), A(0.014, 1.523, 0.089)],
    t: 0.0055,
    on: 'bone',
    g: 0.001,
  }),
  m('depressor-anguli-oris', 'superficial', 'fan', {
    // a triangle from the oblique line of the mandible up to the modiolus at the mouth corner
    o: [A(0.02, 1.521, 0.085), A(0.033, 1.523, 0.078), A(0.046, 1.53, 0.064)],
    i: [A(0.029, 1.551, 0.086)],
    t: 0.004,
    dir: [0.4, -0.2, 1],
    d: 0.0022,
  }),
  m('depressor-labii-inferioris', 'superficial', 'sheet', {
    // from the oblique line of the mandible between the symphysis and the mental foramen, up and
    // medially into the skin and mucosa of the lower lip, deep to depressor anguli oris laterally
    o: [A(0.006, 1.527, 0.094), A(0.016, 1.526, 0.09), A(0.025, 1.528, 0.084)],
    i: [A(0.002, 1.544, 0.1), A(0.01, 1.544, 0.099), A(0.018, 1.545, 0.095)],
    t: 0.004,
    on: 'bone',
    g: 0.0012,
  }),
  m('levator-anguli-oris', 'intermediate', 'strap', {
    // from the canine fossa of the maxilla below the infraorbital foramen down to the modiolus,
    // deep to levator labii superioris and zygomaticus minor
    o: [A(0.018, 1.593, 0.082), A(0.028, 1.592, 0.079)],
    i: [A(0.028, 1.56, 0.087)],
    t: 0.004,
    w: 0.011,
    on: 'bone',
    g: 0.0015,
  }),
  m('risorius', 'superficial', 'strap', {
    // from the fascia over the parotid gland and masseter forward to the modiolus
    o: [A(0.06, 1.566, 0.032), A(0.059, 1.556, 0.036)],
    i: [A(0.031, 1.556, 0.087)],
    t: 0.0025,
    w: 0.009,
    dir: [0.7, 0, 0.7],
    d: 0.0022,
  }),
  m('buccinator', 'intermediate', 'sheet', {
    // deep in the cheek, on the alveolar processes: from the pterygomandibular raphe forward to
    // the modiolus
    o: [A(0.044, 1.574, 0.046), A(0.044, 1.56, 0.042), A(0.043, 1.544, 0.044)],
    i: [A(0.03, 1.557, 0.079), A(0.03, 1.548, 0.079)],
    t: 0.004,
    on: 'bone',
    g: 0.0025,
  }),
  m('platysma', 'superficial', 'sheet', {
    // from the skin of the lower face over the mandible (blending with depressor anguli oris),
    // down over the front of the neck to the fascia below the clavicle
    o: [A(0.017, 1.531, 0.087), A(0.034, 1.54, 0.068), A(0.052, 1.553, 0.033)],
    via: [[A(0.02, 1.503, 0.062), A(0.04, 1.505, 0.04), A(0.057, 1.52, 0.01)]],
    i: [
      ['clavicle-mid-bone', -0.035, -0.035, 0.02],
      ['acromioclavicular', -0.03, -0.045, 0.02],
    ],
    t: 0.002,
    dir: [0.4, -0.3, 1],
  }),
  m('sternocleidomastoid', 'superficial', 'strap', [
    {
      o: [['sternoclavicular-joint', -0.008, 0.004, 0.006]],
      i: ['mastoid-bone', ['superior-nuchal', 0.012, 0, 0.01]],
      d: 0.004,
      t: 0.015,
      w: 0.03,
      dir: [0.5, 0, 0.7],
    },
    {
      o: [
        'clavicle-mid-bone>sternoclavicular-joint@0.55',
        'clavicle-mid-bone>sternoclavicular-joint@0.2',
      ],
      i: [['mastoid-bone', 0, 0.004, -0.004]],
      d: 0.004,
      t: 0.013,
      w: 0.026,
      dir: [0.8, 0, 0.4],
    },
  ]),
  m('splenius-capitis', 'intermediate', 'strap', {
    o: ['c3-sp', 't3-sp'],
    i: ['mastoid-bone', ['superior-nuchal', 0, 0, 0]],
    t: 0.008,
    d: 0.009,
    dir: [0.3, 0, -1],
  }),
  m('splenius-cervicis', 'intermediate', 'strap', {
    o: ['t3-sp', 't6-sp'],
    i: ['c1-tp', 'c3-tp'],
    t: 0.006,
    d: 0.016,
    dir: [0.4, 0, -1],
  }),
  m('suboccipitals', 'deep', 'fusiform', [
    // the suboccipital triangle, laid on its bony chords (free): rectus capitis posterior major
    // and minor from the C2 spinous process and C1 posterior tubercle to the inferior nuchal
    // line, obliquus capitis inferior from C2 to the C1 transverse process, obliquus capitis
    // superior from there up to the occiput
    {
      o: [A(0.005, 1.559, -0.066)],
      i: [A(0.026, 1.611, -0.083)],
      t: 0.007,
      w: 0.014,
      on: 'free',
      dir: [0.2, 0, -1],
    },
    {
      o: [A(0.003, 1.578, -0.057)],
      i: [A(0.009, 1.613, -0.089)],
      t: 0.005,
      w: 0.01,
      on: 'free',
      dir: [0, 0, -1],
    },
    {
      o: [A(0.006, 1.557, -0.064)],
      i: [A(0.035, 1.584, -0.044)],
      t: 0.007,
      w: 0.012,
      on: 'free',
      dir: [0.3, 0, -1],
    },
    {
      o: [A(0.036, 1.587, -0.046)],
      i: [A(0.041, 1.613, -0.073)],
      t: 0.006,
      w: 0.01,
      on: 'free',
      dir: [0.5, 0, -1],
    },
  ]),
  m('semispinalis-capitis', 'intermediate', 'strap', {
    o: ['c4-tp', 't5-tp'],
    i: [
      ['inion-bone', 0.01, -0.008, 0.006],
      ['superior-nuchal', -0.002, -0.006, 0.006],
    ],
    t: 0.01,
    d: 0.017,
    dir: [0.2, 0, -1],
  }),
  m('semispinalis-cervicis', 'deep', 'strap', {
    o: ['t1-tp', 't5-tp'],
    i: ['c2-sp', 'c5-sp'],
    t: 0.008,
    d: 0.028,
    dir: [0.2, 0, -1],
  }),
  m('cervical-multifidi', 'deep', 'pennate', {
    o: [
      ['c7-tp', -0.016, 0, 0],
      ['c4-tp', -0.016, 0, 0],
    ],
    i: [
      ['c5-sp', 0.006, 0, 0.006],
      ['c2-sp', 0.006, 0, 0.006],
    ],
    t: 0.006,
    on: 'bone',
    g: 0.001,
  }),
  m('scalene-anterior', 'deep', 'fusiform', {
    o: ['c3-tp', 'c6-tp'],
    i: [['rib1-anterior', 0.022, 0.004, -0.01]],
    t: 0.01,
    w: 0.014,
    on: 'free',
  }),
  m('scalene-middle', 'deep', 'fusiform', {
    o: ['c2-tp', 'c7-tp'],
    i: [['rib1-anterior', 0.045, 0.004, -0.03]],
    t: 0.012,
    w: 0.016,
    on: 'free',
  }),
  m('scalene-posterior', 'deep', 'fusiform', {
    o: ['c4-tp', 'c6-tp'],
    i: [['rib2-anterior', 0.07, 0.0, -0.05]],
    t: 0.01,
    w: 0.014,
    on: 'free',
  }),
  m('longus-colli', 'deep', 'strap', {
    o: [['t3-body', 0.006, 0, 0.014]],
    via: [[['c5-body', 0.01, 0, 0.014]]],
    i: [['c1-body', 0.005, 0, 0.014]],
    t: 0.006,
    w: 0.01,
    on: 'free',
    dir: [0, 0, 1],
  }),
  m('longus-capitis', 'deep', 'strap', {
    o: [
      ['c6-tp', -0.008, 0, 0.012],
      ['c3-tp', -0.008, 0, 0.012],
    ],
    i: [['c1-body', 0.01, 0.02, 0.018]],
    t: 0.006,
    w: 0.012,
    on: 'free',
    dir: [0, 0, 1],
  }),
  m('omohyoid', 'intermediate', 'strap', [
    {
      o: ['scap-superior-angle>acromion-bone@0.35'],
      i: [['clavicle-mid-bone', -0.025, 0.03, -0.02]],
      t: 0.005,
      w: 0.01,
      d: 0.018,
      dir: [0.5, 0.3, 0],
    },
    {
      o: [['clavicle-mid-bone', -0.025, 0.03, -0.02]],
      i: [['hyoid', 0.012, 0, 0]],
      t: 0.004,
      w: 0.009,
      d: 0.006,
      dir: [0.6, 0, 0.6],
    },
  ]),
  m('levator-scapulae', 'intermediate', 'strap', {
    o: ['c1-tp', 'c4-tp'],
    i: ['scap-superior-angle', ['scap-superior-angle', -0.004, -0.02, -0.004]],
    t: 0.011,
    w: 0.022,
    d: 0.017,
    dir: [0.6, 0, -0.6],
  }),
  m('upper-trapezius', 'superficial', 'fan', {
    o: [
      ['inion-bone', 0.004, 0, 0],
      ['c4-sp', 0.004, 0, 0],
      ['c7-sp', 0.004, 0, 0],
    ],
    i: [
      'clavicle-mid-bone>acromioclavicular@0.3',
      'acromioclavicular',
      ['acromion-bone', 0, 0, -0.01],
    ],
    // bulk over the neck-shoulder angle: the belly thickest two thirds of the way down, toward
    // the clavicle, with a rounded anterior border
    b: 0.62,
    t: 0.018,
    fill: 0.6,
    dir: [0.2, 0.6, -0.6],
  }),
  m('sternohyoid', 'intermediate', 'strap', {
    o: [['sternoclavicular-joint', -0.006, 0, -0.006]],
    i: [['hyoid', 0.006, 0, 0]],
    t: 0.004,
    w: 0.014,
    d: 0.006,
    dir: [0.1, 0, 1],
  }),
  m('sternothyroid', 'deep', 'strap', {
    o: [['sternal-notch', 0.01, -0.01, -0.006]],
    i: [['thyroid', 0.014, 0, -0.004]],
    t: 0.004,
    w: 0.013,
    d: 0.012,
    dir: [0.1, 0, 1],
  }),
  m('mylohyoid', 'intermediate', 'sheet', {
    o: [
      ['mandible-mid', -0.006, 0.002, -0.012],
      ['gonion', -0.012, 0.012, 0.008],
    ],
    i: [
      ['menton', 0.002, 0.006, -0.022],
      ['hyoid', 0.002, 0.002, 0],
    ],
    t: 0.004,
    d: 0.008,
    dir: [0, -1, 0.3],
  }),
]
