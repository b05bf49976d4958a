/** Thigh, leg and foot muscles (left side; mirrored). Attachments after Gray's Anatomy. */
import { type MuscleDef, muscle as m } from './types'

const calc: [string, number, number, number] = ['calcaneus-back', 0, 0.012, 0]
export const lowerLimb: MuscleDef[] = [
  // from the ASIS and the anterior iliac crest, down and slightly back into the anterior border of
  // the iliotibial tract about a third of the way down the thigh
  m('tensor-fasciae-latae', 'superficial', 'fusiform', {
    o: ['asis-bone', ['iliac-tubercle', 0, -0.01, 0.01]],
    i: [
      ['greater-trochanter-bone', 0.012, -0.13, 0.022],
      ['greater-trochanter-bone', 0.014, -0.15, 0.008],
    ],
    b: 0.4,
    t: 0.018,
    w: 0.042,
    dir: [1, 0, 0.5],
  }),
  m('sartorius', 'superficial', 'strap', {
    o: ['asis-bone'],
    via: [[['femur-mid', -0.03, 0.06, 0.05]], [['knee', -0.045, 0.06, -0.01]]],
    i: ['pes-anserinus'],
    d: 0.0015,
    b: 0.5,
    t: 0.011,
    w: 0.041,
  }),
  m('rectus-femoris', 'superficial', 'bipennate', {
    o: ['aiis'],
    i: [['patella-bone', 0, 0.024, 0]],
    d: 0.003,
    b: 0.45,
    t: 0.034,
    w: 0.069,
    dir: [0, 0, 1],
  }),
  m('vastus-lateralis', 'superficial', 'pennate', {
    o: [
      ['greater-trochanter-bone', 0, -0.02, 0.004],
      ['linea-aspera', 0.022, 0.04, -0.01],
    ],
    i: [
      ['patella-bone', 0.02, 0.024, -0.006],
      ['femoral-condyle-lateral', 0.014, 0.085, 0.004],
    ],
    b: 0.58,
    // about 2.5 cm thick at mid-thigh (ultrasound muscle thickness in adults)
    t: 0.027,
    w: 0.11,
    dir: [1, 0, -0.1],
    // under the iliotibial tract (drawn with the skeleton, up to 8 mm under the skin)
    d: 0.0065,
    dEnd: 0.004,
  }),
  m('vastus-medialis', 'superficial', 'pennate', {
    o: [
      ['lesser-trochanter', 0, -0.05, 0.01],
      ['linea-aspera', -0.01, -0.08, 0],
    ],
    i: [['patella-bone', -0.02, 0.004, -0.006]],
    d: 0.005,
    b: 0.65,
    t: 0.036,
    w: 0.079,
    dir: [-0.6, 0, 1],
  }),
  m('vastus-intermedius', 'deep', 'pennate', {
    // anterior and lateral surfaces of the shaft: its chord runs in front of the femur
    o: [['femur-mid', 0.004, 0.12, 0.022]],
    i: [['patella-bone', 0, 0.045, -0.02]],
    t: 0.03,
    w: 0.054,
    on: 'bone',
    g: 0.002,
  }),
  m('pectineus', 'intermediate', 'strap', {
    o: ['pubic-tubercle>hip-joint@0.2', 'pubic-tubercle>hip-joint@0.55'],
    i: [['lesser-trochanter', 0, -0.03, -0.004]],
    t: 0.012,
    w: 0.037,
    d: 0.01,
    dir: [-0.3, 0, 1],
  }),
  m('adductor-longus', 'superficial', 'fan', {
    o: [['pubic-tubercle', 0, -0.004, 0]],
    i: [
      ['linea-aspera', -0.004, 0.03, 0],
      ['linea-aspera', -0.004, -0.05, 0],
    ],
    t: 0.017,
    d: 0.0065,
    dir: [-0.4, 0, 1],
  }),
  m('adductor-brevis', 'intermediate', 'fan', {
    o: [['pubic-ramus-inf', 0, 0.006, 0.022]],
    // pectineal line (just below the lesser trochanter, medial) and upper third of the linea aspera
    i: [
      ['linea-aspera', 0, 0.145, 0.025],
      ['linea-aspera', 0, 0.07, 0.02],
    ],
    t: 0.014,
    on: 'free',
    dir: [-1, 0, 0.5],
  }),
  m('adductor-magnus', 'intermediate', 'fan', [
    // adductor part: ischiopubic ramus to the gluteal tuberosity and linea aspera
    {
      o: ['pubic-ramus-inf', ['ischial-tuberosity-bone', -0.004, 0.006, 0.01]],
      i: [
        ['gluteal-tuberosity', -0.012, 0, 0.004],
        ['linea-aspera', -0.006, 0, 0.005],
        ['linea-aspera', -0.012, -0.09, 0.005],
      ],
      t: 0.023,
      b: 0.55,
      // deep, between the adductors in front and the hamstrings behind: laid on its own chord
      // (projected to the skin it would lie medial to the whole thigh and miss its insertion)
      on: 'free',
      dir: [-1, 0, -0.3],
    },
    // ischiocondylar ('hamstring') part: ischial tuberosity to the adductor tubercle, the bulkiest
    {
      o: ['ischial-tuberosity-bone', ['ischial-tuberosity-bone', -0.012, -0.012, 0.006]],
      i: [['adductor-tubercle', 0, 0.035, -0.004], 'adductor-tubercle'],
      t: 0.03,
      w: 0.05,
      // palpable between gracilis and semimembranosus, just below the ischial tuberosity; the
      // medial bulk of the back of the thigh, medial to semimembranosus
      d: 0.01,
      b: 0.5,
      dir: [-1, 0, -0.3],
    },
  ]),
  m('gracilis', 'superficial', 'strap', {
    o: ['pubic-symphysis>pubic-ramus-inf@0.5'],
    via: [[['knee', -0.05, 0.07, -0.016]]],
    i: [['pes-anserinus', 0, 0.008, -0.008]],
    // from the body and inferior ramus of the pubis: deep at its origin (the ray from there
    // would otherwise reach the perineal skin), under the fascia down the medial thigh
    d: 0.02,
    dMid: 0.003,
    dEnd: 0.003,
    b: 0.35,
    t: 0.011,
    w: 0.041,
    dir: [-1, 0, 0],
  }),
  // hamstrings (Gray's): biceps femoris long head and semitendinosus by a common tendon from the
  // inferomedial facet of the ischial tuberosity, semimembranosus from its superolateral facet.
  // They start deep to the lower border of gluteus maximus (depth d at the tuberosity), come to
  // lie under the fascia lata in the back of the thigh (dMid) and part at the popliteal fossa:
  // biceps laterally to the fibular head, semitendinosus (belly in the upper two thirds, then a
  // long tendon on semimembranosus) and semimembranosus (flat tendon above, belly in the lower
  // half, bulging on both sides of the semitendinosus tendon) medially.
  m('biceps-femoris', 'superficial', 'fusiform', [
    {
      o: [['ischial-tuberosity-bone', 0.004, -0.004, -0.004]],
      via: [[['femur-mid', 0.002, 0, -0.06]]],
      i: ['fibula-head'],
      b: 0.62,
      t: 0.036,
      w: 0.05,
      d: 0.022,
      dMid: 0.003,
      dEnd: 0.004,
      dir: [0.35, 0, -1],
    },
    // short head: lateral lip of the linea aspera (lower half) and the lateral supracondylar
    // line, deep and lateral to the long head, joining its tendon above the fibular head
    {
      o: [['linea-aspera', 0.016, -0.06, -0.004]],
      i: [['fibula-head', 0, 0.016, 0]],
      b: 0.45,
      t: 0.028,
      w: 0.034,
      d: 0.01,
      dEnd: 0.005,
      dir: [0.8, 0, -1],
    },
  ]),
  m('semitendinosus', 'superficial', 'fusiform', {
    o: [['ischial-tuberosity-bone', -0.006, -0.004, -0.004]],
    via: [[['femur-mid', -0.035, 0, -0.055]], [['knee', -0.043, 0.08, -0.043]]],
    i: ['pes-anserinus'],
    b: 0.33,
    t: 0.032,
    w: 0.046,
    d: 0.026,
    dMid: 0.003,
    dEnd: 0.004,
    dir: [-0.3, 0, -1],
  }),
  m('semimembranosus', 'intermediate', 'pennate', {
    o: [['ischial-tuberosity-bone', 0.004, 0.006, 0]],
    via: [[['femur-mid', -0.03, -0.06, -0.04]]],
    i: [['tibial-condyle-medial', 0, 0, -0.016]],
    b: 0.62,
    t: 0.027,
    w: 0.048,
    d: 0.045,
    dMid: 0.015,
    dEnd: 0.012,
    dir: [-0.5, 0, -1],
  }),
  // leg
  m('popliteus', 'deep', 'fan', {
    o: [['femoral-condyle-lateral', 0, -0.004, -0.006]],
    i: [
      ['tibia-mid', -0.01, 0.09, -0.015],
      ['tibial-condyle-medial', 0, -0.05, -0.012],
    ],
    t: 0.007,
    on: 'bone',
    g: 0.0015,
  }),
  m('gastrocnemius', 'superficial', 'bipennate', [
    {
      o: [['femoral-condyle-medial', 0, 0.012, -0.012]],
      via: [[['knee>ankle@0.33', -0.022, 0, -0.06]]],
      i: [calc],
      // the medial belly ends at about mid-calf, lower than the lateral; then the tendo calcaneus
      b: 0.4,
      tendon: 0.44,
      tw: 0.014,
      t: 0.035,
      w: 0.069,
      dEnd: -0.006,
      dir: [-0.2, 0, -1],
    },
    {
      o: [['femoral-condyle-lateral', 0, 0.012, -0.012]],
      via: [[['knee>ankle@0.3', 0.018, 0, -0.058]]],
      i: [calc],
      b: 0.4,
      tendon: 0.5,
      tw: 0.012,
      t: 0.027,
      w: 0.059,
      dEnd: -0.006,
      dir: [0.2, 0, -1],
    },
  ]),
  m('soleus', 'intermediate', 'bipennate', {
    o: ['fibula-head', ['tibia-mid', -0.01, 0.04, -0.01]],
    i: [calc],
    b: 0.38,
    t: 0.023,
    w: 0.108,
    d: 0.024,
    dEnd: 0.004,
    dir: [0, 0, -1],
  }),
  m('plantaris', 'intermediate', 'fusiform', {
    o: [['femoral-condyle-lateral', 0, 0.02, -0.01]],
    i: [calc],
    b: 0.15,
    t: 0.006,
    w: 0.01,
    d: 0.02,
    dir: [0, 0, -1],
  }),
  m('tibialis-anterior', 'superficial', 'fusiform', {
    o: [
      ['tibial-condyle-lateral', -0.016, -0.012, 0.016],
      ['tibial-condyle-lateral', 0.002, -0.012, 0.002],
    ],
    via: [[['tibia-lower', 0.008, 0, 0.024]]],
    i: ['mt1-base'],
    b: 0.3,
    t: 0.027,
    w: 0.038,
    dir: [0.3, 0, 1],
  }),
  m('tibialis-posterior', 'deep', 'bipennate', {
    o: [
      ['interosseous-membrane', 0, 0.06, -0.005],
      ['interosseous-membrane', 0, -0.06, -0.002],
    ],
    via: [[['malleolus-medial-bone', -0.002, 0.03, 0.007]]],
    i: ['navicular'],
    b: 0.3,
    t: 0.015,
    on: 'free',
  }),
  // head and upper two thirds of the lateral surface of the fibula (Gray's): the belly covers the
  // fibula in the lateral compartment, the tendon passes behind the lateral malleolus
  m('fibularis-longus', 'superficial', 'bipennate', {
    o: [
      ['fibula-head', -0.002, -0.006, 0.008],
      ['fibula-head', 0.006, -0.01, -0.01],
    ],
    via: [
      [
        ['fibula-mid', 0.01, 0.03, 0.01],
        ['fibula-mid', 0.012, 0.03, -0.012],
      ],
      [['malleolus-lateral-bone', 0.002, 0.024, -0.006]],
    ],
    i: ['cuboid'],
    b: 0.32,
    t: 0.017,
    w: 0.05,
    dir: [1, 0, 0],
  }),
  m('fibularis-brevis', 'intermediate', 'bipennate', {
    o: ['fibula-mid', 'fibula-lower'],
    via: [[['malleolus-lateral-bone', 0, 0.012, -0.014]]],
    i: ['mt5-base'],
    b: 0.5,
    t: 0.012,
    w: 0.025,
    d: 0.01,
    dir: [1, 0, -0.2],
  }),
  m('fibularis-tertius', 'superficial', 'fusiform', {
    o: [['fibula-lower', 0, 0.03, 0.016]],
    i: [['mt5-base', 0, 0.008, 0.008]],
    t: 0.008,
    w: 0.015,
    d: 0.003,
    dir: [0.6, 0, 1],
  }),
  m('extensor-digitorum-longus', 'superficial', 'pennate', {
    o: [
      ['tibial-condyle-lateral', 0.008, -0.014, 0.002],
      ['fibula-head', 0.002, -0.012, 0.012],
    ],
    via: [[['ankle', 0.012, 0.02, 0.03]]],
    i: [
      ['mt3-head', 0, 0.01, 0],
      ['mt5-head', 0, 0.01, 0],
    ],
    b: 0.32,
    t: 0.017,
    w: 0.032,
    d: 0.007,
    dir: [0.6, 0, 1],
  }),
  m('extensor-hallucis-longus', 'intermediate', 'pennate', {
    o: [['fibula-mid', -0.012, 0, 0.012]],
    via: [[['ankle', -0.002, 0.016, 0.034]]],
    i: [['hallux-tip', 0, 0.004, -0.01]],
    b: 0.45,
    t: 0.01,
    w: 0.014,
    d: 0.015,
    dir: [0.2, 0.2, 1],
  }),
  m('flexor-digitorum-longus', 'deep', 'pennate', {
    o: [['tibia-mid', -0.004, 0.1, -0.02]],
    via: [[['malleolus-medial-bone', -0.004, 0.012, -0.016]], [['navicular', 0.004, -0.028, 0]]],
    i: [['mt3-head', 0, -0.012, 0]],
    b: 0.3,
    t: 0.012,
    w: 0.022,
    on: 'free',
  }),
  // lower two thirds of the posterior fibula (Gray's); the belly stays fleshy almost to the
  // ankle behind the distal tibia, the tendon grooves the talus behind the medial malleolus
  m('flexor-hallucis-longus', 'deep', 'pennate', {
    o: [
      ['fibula-mid', -0.002, 0.04, -0.018],
      ['fibula-lower', -0.004, 0.01, -0.018],
    ],
    via: [
      [['tibia-lower', 0.012, 0.0, -0.042]],
      [['malleolus-medial-bone', 0.002, -0.004, -0.022]],
      [['mt1-base', 0, -0.022, 0]],
    ],
    i: [['hallux-tip', 0, -0.008, -0.012]],
    b: 0.35,
    t: 0.014,
    on: 'free',
  }),
  // foot. Dorsum: the short extensors, one fleshy belly in front of the lateral malleolus
  // (sinus tarsi) splitting toward toes 1-4. Sole, first layer: abductor hallucis along the
  // medial arch, flexor digitorum brevis in the middle, abductor digiti minimi along the lateral
  // border; then quadratus plantae and the lumbricals; then flexor hallucis brevis, adductor
  // hallucis and flexor digiti minimi brevis; the interossei between the metatarsals.
  m('extensor-digitorum-brevis', 'superficial', 'pennate', {
    o: [
      ['cuboid', 0.004, 0.02, -0.028],
      ['cuboid', -0.004, 0.024, -0.024],
    ],
    i: [
      ['mt1-head', 0.018, 0.013, 0.012],
      ['mt3-head', 0.012, 0.012, 0.01],
    ],
    b: 0.3,
    t: 0.011,
    w: 0.026,
    d: 0.002,
    dir: [0.25, 1, 0],
  }),
  m('extensor-hallucis-brevis', 'superficial', 'fusiform', {
    o: [['cuboid', -0.004, 0.021, -0.022]],
    i: [['mt1-head', 0.002, 0.013, 0.022]],
    b: 0.3,
    t: 0.008,
    w: 0.014,
    d: 0.003,
    dir: [0.2, 1, 0],
  }),
  m('abductor-hallucis', 'superficial', 'pennate', {
    o: [['calcaneus-plantar', -0.014, 0.01, -0.004]],
    via: [[['navicular', -0.01, -0.024, 0]]],
    i: [['mt1-head', -0.008, -0.002, 0.016]],
    b: 0.4,
    t: 0.017,
    w: 0.026,
    d: 0.003,
    dir: [-0.7, -0.7, 0],
  }),
  // one belly from the calcaneal tuber, dividing toward the tendons of toes 2-3 and 4-5
  m('flexor-digitorum-brevis', 'superficial', 'fusiform', [
    {
      o: [['calcaneus-plantar', -0.003, 0.004, 0.004]],
      i: [['mt3-head', -0.008, -0.008, 0.016]],
      b: 0.4,
      t: 0.012,
      w: 0.02,
      d: 0.005,
      dir: [0, -1, 0],
    },
    {
      o: [['calcaneus-plantar', 0.003, 0.004, 0.004]],
      i: [['mt5-head', -0.008, -0.006, 0.012]],
      b: 0.4,
      t: 0.011,
      w: 0.018,
      d: 0.005,
      dir: [0, -1, 0],
    },
  ]),
  m('abductor-digiti-minimi-foot', 'superficial', 'fusiform', {
    o: [['calcaneus-plantar', 0.014, 0.008, -0.004]],
    via: [[['mt5-base', 0.006, -0.01, -0.004]]],
    i: [['mt5-head', 0.006, -0.002, 0.014]],
    b: 0.38,
    t: 0.011,
    w: 0.022,
    d: 0.003,
    dir: [1, -0.6, 0],
  }),
  m('quadratus-plantae', 'intermediate', 'sheet', {
    o: [
      ['calcaneus-plantar', -0.012, 0.012, 0.002],
      ['calcaneus-plantar', 0.012, 0.012, 0.002],
    ],
    i: [['cuboid', -0.022, -0.004, 0.002]],
    t: 0.009,
    d: 0.014,
    dir: [0, -1, 0],
  }),
  m('flexor-hallucis-brevis', 'intermediate', 'fusiform', {
    o: [['cuboid', -0.032, -0.006, 0.012]],
    i: [['mt1-head', -0.003, -0.01, 0.014]],
    t: 0.01,
    w: 0.015,
    d: 0.009,
    dir: [-0.3, -1, 0],
  }),
  m('adductor-hallucis', 'deep', 'fan', [
    {
      o: [
        ['mt3-head', 0.0, 0.0, -0.045],
        ['mt5-head', -0.01, 0.002, -0.04],
      ],
      i: [['mt1-head', 0.006, -0.008, 0.008]],
      t: 0.009,
      d: 0.015,
      dir: [0, -1, 0],
    },
    {
      o: [
        ['mt5-head', -0.004, -0.006, 0.004],
        ['mt3-head', 0, -0.006, 0.006],
      ],
      i: [['mt1-head', 0.008, -0.008, 0.008]],
      t: 0.006,
      w: 0.015,
      d: 0.012,
      dir: [0, -1, 0],
    },
  ]),
  m('flexor-digiti-minimi-brevis-foot', 'intermediate', 'fusiform', {
    o: [['mt5-base', -0.004, -0.008, 0.004]],
    i: [['mt5-head', -0.002, -0.008, 0.01]],
    t: 0.007,
    w: 0.012,
    d: 0.008,
    dir: [0.4, -1, 0],
  }),
  m('lumbricals-foot', 'intermediate', 'fusiform', [
    {
      o: [['mt1-base>mt3-head@0.5', 0.01, -0.018, 0]],
      i: [['mt1-head', 0.016, -0.006, 0.014]],
      t: 0.005,
      w: 0.007,
      d: 0.011,
      dir: [0, -1, 0],
    },
    {
      o: [['mt1-base>mt3-head@0.55', 0.018, -0.018, 0]],
      i: [['mt3-head', -0.004, -0.006, 0.014]],
      t: 0.005,
      w: 0.007,
      d: 0.011,
      dir: [0, -1, 0],
    },
    {
      o: [['mt1-base>mt3-head@0.6', 0.026, -0.018, 0]],
      i: [['mt3-head', 0.012, -0.006, 0.012]],
      t: 0.005,
      w: 0.007,
      d: 0.011,
      dir: [0, -1, 0],
    },
    {
      o: [['mt1-base>mt3-head@0.6', 0.034, -0.016, 0]],
      i: [['mt5-head', -0.004, -0.006, 0.012]],
      t: 0.005,
      w: 0.007,
      d: 0.011,
      dir: [0, -1, 0],
    },
  ]),
  m('interossei-foot', 'deep', 'bipennate', [
    {
      o: [['mt1-base>mt3-head@0.2', 0, 0.002, 0]],
      i: [['mt3-head', -0.006, 0.002, 0]],
      t: 0.006,
      w: 0.013,
      on: 'free',
    },
    {
      o: [['mt5-base>mt3-head@0.3', 0, 0.004, 0]],
      i: [['mt3-head', 0.008, 0.002, 0]],
      t: 0.006,
      w: 0.013,
      on: 'free',
    },
    {
      o: [['mt5-base>mt3-head@0.15', 0, 0.004, 0]],
      i: [['mt5-head', -0.008, 0.002, 0]],
      t: 0.006,
      w: 0.013,
      on: 'free',
    },
  ]),
]
