/** Arm, forearm and hand muscles (left side; mirrored). Attachments after Gray's Anatomy. */
import type { Vec3 } from '../math'
import { type Head, type MuscleDef, type Spec, muscle as m } from './types'

const wr = (dx: number, dy: number, dz: number): [string, number, number, number] => [
  'wrist',
  dx,
  dy,
  dz,
]
/**
 * The long finger tendons as thin strips, one per finger (index to little), from the wrist over the
 * metacarpal head along the back (side -1: extensor digitorum) or the front (side +1: the flexor
 * tendons in their sheaths) of the finger to the distal phalanx.
 */
const FINGERS: [string, string, number][] = [
  ['mc2-head', 'index-tip-bone', 0.006],
  ['mc3-head', 'middle-tip-bone', 0.002],
  ['mc4-head', 'ring-tip-bone', -0.002],
  ['mc5-head', 'little-tip-bone', -0.006],
]
function fingerTendons(side: 1 | -1): Head[] {
  return FINGERS.map(([mc, tip, x]) => {
    // wide enough to cover the phalanx seen from the back (the extensor hood) or the palm (the
    // tendons in their fibrous sheath); the phalanges are 9-12 mm wide
    const hw = side < 0 ? 0.0055 : 0.005
    const z = side < 0 ? -0.011 : 0.012
    return {
      o:
        side < 0
          ? [wr(x - hw, 0.008, -0.015), wr(x + hw, 0.008, -0.015)]
          : [wr(x * 0.6 - hw, 0.004, 0.012), wr(x * 0.6 + hw, 0.004, 0.012)],
      via: [
        [
          [mc, -hw, 0.002, z],
          [mc, hw, 0.002, z],
        ],
      ],
      i: [
        [tip, -hw * 0.8, 0.004, side * 0.004],
        [tip, hw * 0.8, 0.004, side * 0.004],
      ],
      t: 0.0026,
      // laid on the metacarpals and phalanges (not under the finger skin, which let the bones
      // show beside them), with a little clearance so the knuckles do not poke through
      on: 'bone',
      g: side < 0 ? 0.002 : 0.0012,
      b: 0.5,
    }
  })
}

export const upperLimb: MuscleDef[] = [
  m('coracobrachialis', 'intermediate', 'fusiform', {
    // from the tip of the coracoid, which points forward and laterally (its landmark is the base
    // where pectoralis minor inserts); a medial hint from a deeper point crosses the chest
    o: [['coracoid-bone', 0.003, 0, 0.006]],
    i: [['humerus-mid', -0.014, 0, 0.004]],
    t: 0.014,
    w: 0.028,
    // a straight spindle deep in the axilla, medial to the humerus: not laid under the skin
    on: 'free',
  }),
  m('biceps-brachii', 'superficial', 'fusiform', [
    {
      o: [['glenohumeral', 0.004, 0.024, 0.006]],
      via: [['bicipital-groove'], [['humerus-mid', 0.008, 0, 0.03]]],
      i: ['radial-tuberosity'],
      // both heads start under the deltoid and pectoralis major and surface on the arm
      d: 0.025,
      dMid: 0.002,
      dEnd: 0.002,
      b: 0.55,
      t: 0.033,
      w: 0.043,
      dir: [0, 0, 1],
    },
    {
      o: ['coracoid-bone'],
      via: [[['humerus-mid', -0.012, 0, 0.03]]],
      i: [['radial-tuberosity', 0, 0.004, 0]],
      d: 0.02,
      dMid: 0.0045,
      dEnd: 0.0045,
      b: 0.55,
      t: 0.033,
      w: 0.043,
      dir: [0, 0, 1],
    },
  ]),
  m('brachialis', 'intermediate', 'fusiform', {
    o: [
      ['humerus-mid', 0, 0.02, 0.012],
      ['humerus-lower', 0, 0, 0.014],
    ],
    i: ['coronoid-ulna'],
    t: 0.018,
    w: 0.059,
    on: 'bone',
    g: 0.002,
  }),
  m('triceps-brachii', 'superficial', 'pennate', [
    {
      o: ['infraglenoid'],
      i: [['olecranon-bone', 0, 0.01, 0]],
      via: [[['humerus-mid', -0.008, 0, -0.03]]],
      b: 0.45,
      t: 0.03,
      w: 0.05,
      // the long and lateral heads start under the posterior deltoid and surface below it
      d: 0.022,
      dMid: 0.002,
      dEnd: 0.002,
      dir: [0, 0, -1],
    },
    {
      o: ['humerus-neck-post'],
      i: [['olecranon-bone', 0.004, 0.012, 0]],
      via: [[['humerus-mid', 0.014, 0, -0.026]]],
      b: 0.45,
      t: 0.027,
      w: 0.047,
      d: 0.022,
      dMid: 0.002,
      dEnd: 0.002,
      dir: [0.3, 0, -1],
    },
    {
      o: [['humerus-mid', 0, 0.02, -0.012]],
      i: [['olecranon-bone', 0, 0.014, 0.004]],
      b: 0.45,
      t: 0.018,
      w: 0.05,
      on: 'bone',
      g: 0.002,
    },
  ]),
  m('anconeus', 'superficial', 'fan', {
    o: [['lateral-epicondyle', 0, 0, -0.008]],
    // lateral side of the olecranon down the upper quarter of the posterior ulna
    i: [
      ['olecranon-bone', 0.01, -0.016, 0.006],
      ['ulna-upper', 0, 0.012, -0.004], // about 45 mm below the joint (upper quarter of the ulna)
    ],
    t: 0.006,
    dir: [0.3, 0, -1],
  }),
  m('brachioradialis', 'superficial', 'fusiform', {
    o: ['lateral-supracondylar', ['lateral-supracondylar', -0.002, 0.03, 0]],
    i: ['radial-styloid-bone'],
    b: 0.3,
    t: 0.017,
    w: 0.054,
    dir: [1, 0, 0.6],
  }),
  m('extensor-carpi-radialis-longus', 'superficial', 'fusiform', {
    o: [['lateral-supracondylar', 0, -0.018, -0.004]],
    via: [[['radius-lower', 0.006, 0, -0.01]]],
    i: ['mc2-base'],
    b: 0.25,
    t: 0.019,
    w: 0.043,
    d: 0.004, // under the edge of brachioradialis
    dir: [1, 0, -0.3],
  }),
  m('extensor-carpi-radialis-brevis', 'superficial', 'fusiform', {
    o: [['lateral-epicondyle', 0, 0, -0.004]],
    via: [[['radius-lower', 0, 0, -0.014]]],
    i: ['mc3-head>wrist@0.75'],
    b: 0.3,
    t: 0.018,
    w: 0.038,
    dir: [0.5, 0, -1],
  }),
  m('extensor-carpi-ulnaris', 'superficial', 'fusiform', {
    o: [['lateral-epicondyle', 0, -0.004, -0.008]],
    via: [[['ulna-mid', 0, 0, -0.012]]],
    i: ['mc5-base'],
    b: 0.3,
    t: 0.016,
    w: 0.039,
    dir: [-0.3, 0, -1],
  }),
  m('extensor-digitorum', 'superficial', 'fusiform', [
    {
      o: [['lateral-epicondyle', -0.004, -0.006, -0.01]],
      i: [wr(0.007, 0.012, -0.015), wr(-0.007, 0.012, -0.015)],
      b: 0.42,
      t: 0.018,
      w: 0.05,
      dir: [0, 0, -1],
    },
    // its four tendons fan over the back of the hand and run along the fingers (extensor
    // expansions) to the middle and distal phalanges
    ...fingerTendons(-1),
  ]),
  m('extensor-digiti-minimi', 'superficial', 'fusiform', {
    o: [['lateral-epicondyle', -0.008, -0.014, -0.012]],
    via: [[wr(-0.013, 0.004, -0.014)]],
    i: [['mc5-head', 0, 0, -0.008]],
    b: 0.3,
    t: 0.008,
    w: 0.017,
    dir: [-0.2, 0, -1],
  }),
  m('extensor-indicis', 'deep', 'fusiform', {
    o: [['ulna-mid', 0, -0.03, -0.01]],
    via: [[wr(0.002, 0, -0.012)]],
    i: [['mc2-head', 0, 0, -0.008]],
    b: 0.35,
    t: 0.006,
    w: 0.017,
    d: 0.012,
    dir: [0, 0, -1],
  }),
  m('abductor-pollicis-longus', 'intermediate', 'fusiform', {
    o: [
      ['ulna-mid', 0, 0.01, -0.012],
      ['radius-mid', 0, 0, -0.01],
    ],
    via: [[['radius-lower', 0.012, 0, -0.006]]],
    i: ['mc1-base'],
    b: 0.35,
    t: 0.013,
    w: 0.031,
    d: 0.011,
    dir: [0.5, 0, -1],
  }),
  m('extensor-pollicis-longus', 'intermediate', 'fusiform', [
    {
      o: [['ulna-mid', 0, -0.02, -0.01]],
      i: [wr(0.009, 0.006, -0.014)],
      b: 0.4,
      t: 0.008,
      w: 0.017,
      d: 0.007,
      dir: [0.3, 0, -1],
    },
    // its tendon turns at the dorsal tubercle of the radius and runs along the back of the thumb
    // (which faces laterally with the palm forward) to the distal phalanx
    {
      o: [wr(0.007, 0.006, -0.014), wr(0.011, 0.006, -0.014)],
      via: [
        [
          ['mc1-head', 0.004, 0.004, -0.006],
          ['mc1-head', 0.006, -0.001, -0.004],
        ],
      ],
      i: [
        ['thumb-tip-bone', 0.004, 0.004, -0.004],
        ['thumb-tip-bone', 0.005, 0, -0.002],
      ],
      b: 0.5,
      t: 0.0024,
      on: 'bone',
      g: 0.0005,
    },
  ]),
  m('extensor-pollicis-brevis', 'intermediate', 'fusiform', {
    o: [['radius-mid', 0, -0.03, -0.008]],
    via: [[['radial-styloid-bone', 0, 0.008, -0.006]]],
    i: [['mc1-head', 0.003, 0, -0.004]],
    b: 0.35,
    t: 0.009,
    w: 0.02,
    d: 0.006,
    dir: [0.6, 0, -0.6],
  }),
  m('supinator', 'deep', 'sheet', {
    o: [
      ['lateral-epicondyle', 0, -0.01, 0],
      ['ulna-upper', 0, 0.01, 0],
    ],
    i: [
      ['radius-mid', 0, 0.04, 0.01],
      ['radial-tuberosity', 0.004, 0, 0],
    ],
    t: 0.006,
    on: 'bone',
    g: 0.0015,
  }),
  m('pronator-teres', 'superficial', 'fusiform', {
    // humeral head above the medial epicondyle, ulnar head from the coronoid process
    o: [
      ['medial-epicondyle', 0, 0.008, 0.004],
      ['coronoid-ulna', 0, -0.004, 0.008],
    ],
    i: [
      ['radius-mid', 0.006, 0.01, 0.008],
      ['radius-mid', 0.008, -0.006, 0.006],
    ],
    b: 0.4,
    t: 0.017,
    w: 0.044,
    dir: [0, 0, 1],
  }),
  m('flexor-carpi-radialis', 'superficial', 'fusiform', {
    o: [
      ['medial-epicondyle', 0.002, 0.004, 0.004],
      ['medial-epicondyle', 0.01, -0.008, 0.008],
    ],
    via: [[wr(0.008, 0, 0.014)]],
    i: [['mc2-base', 0, 0, 0.01]],
    b: 0.28,
    t: 0.018,
    w: 0.036,
    d: 0.004, // beside and a little under palmaris longus
    dir: [0, 0, 1],
  }),
  m('palmaris-longus', 'superficial', 'fusiform', {
    o: [['medial-epicondyle', 0.002, 0, 0.006]],
    via: [[wr(0, 0, 0.016)]],
    i: [['wrist>mc3-head@0.45', 0, 0, 0.012]],
    b: 0.25,
    t: 0.008,
    w: 0.02,
    dir: [0, 0, 1],
  }),
  m('flexor-carpi-ulnaris', 'superficial', 'fusiform', {
    o: ['medial-epicondyle', ['olecranon-bone', -0.01, -0.01, 0]],
    i: ['pisiform'],
    b: 0.3,
    t: 0.016,
    w: 0.041,
    dir: [-0.6, 0, 0.5],
  }),
  m('flexor-digitorum-superficialis', 'intermediate', 'fusiform', {
    // humero-ulnar head from the medial epicondyle and coronoid, radial head from the oblique
    // line of the radius (the via line); its tendons pass the carpal tunnel
    o: [
      ['medial-epicondyle', 0.004, 0, 0.006],
      ['coronoid-ulna', 0, -0.01, 0.006],
    ],
    via: [
      [
        ['radius-mid', 0, 0.03, 0.01],
        ['ulna-mid', 0.004, 0.03, 0.012],
      ],
    ],
    i: [wr(0.009, 0.006, 0.012), wr(-0.009, 0.006, 0.012)],
    b: 0.35,
    t: 0.021,
    w: 0.05,
    d: 0.0105,
    dir: [0, 0, 1],
  }),
  m('flexor-digitorum-profundus', 'deep', 'fusiform', [
    {
      o: [
        ['ulna-upper', 0, 0, 0.01],
        ['ulna-mid', 0, 0, 0.01],
      ],
      i: [wr(0.007, 0.006, 0.008), wr(-0.009, 0.006, 0.008)],
      b: 0.35,
      t: 0.019,
      w: 0.045,
      on: 'bone',
      g: 0.0015,
    },
    // the flexor tendons in the fingers (profundus to the distal phalanges)
    ...fingerTendons(1),
  ]),
  m('flexor-pollicis-longus', 'deep', 'fusiform', {
    o: [['radius-mid', 0, 0.02, 0.008]],
    via: [[wr(0.012, 0, 0.01)], [['mc1-head', 0, 0, 0.008]]],
    i: [['thumb-tip-bone', 0, 0, 0.006]],
    b: 0.3,
    t: 0.009,
    w: 0.016,
    on: 'bone',
    g: 0.002,
  }),
  m('pronator-quadratus', 'deep', 'sheet', {
    o: ['ulna-mid>ulnar-styloid-bone@0.6', 'ulna-mid>ulnar-styloid-bone@0.92'],
    i: ['radius-lower', 'radius-lower>radial-styloid-bone@0.6'],
    t: 0.006,
    on: 'bone',
    g: 0.002,
  }),
  // hand
  // adductor pollicis: oblique head from the capitate and bases of the 2nd/3rd metacarpals,
  // transverse head along the palmar shaft of the 3rd, to the ulnar side of the thumb's proximal
  // phalanx: a triangle deep in the web of the thumb
  m('adductor-pollicis', 'intermediate', 'fan', {
    o: [
      ['mc3-head', -0.001, 0.012, 0.005],
      ['wrist>mc3-head@0.55', 0, 0, 0.006],
      ['wrist>mc3-head@0.28', 0.002, 0, 0.007],
    ],
    i: [['mc1-head>thumb-tip-bone@0.1', -0.005, 0, 0.001]],
    t: 0.011,
    d: 0.006,
    dir: [0, 0, 1],
  }),
  // thenar eminence: abductor (lateral) and flexor brevis (medial) superficial, opponens deep
  m('opponens-pollicis', 'intermediate', 'fusiform', {
    o: [
      ['trapezium', 0, 0, 0.002],
      ['wrist>mc3-head@0.22', 0.008, 0, 0.008],
    ],
    i: [
      ['mc1-base>mc1-head@0.45', 0.005, 0, 0.001],
      ['mc1-base>mc1-head@0.95', 0.005, 0, 0.001],
    ],
    b: 0.45,
    t: 0.011,
    w: 0.018,
    d: 0.007,
    dir: [0.7, 0, 0.7],
  }),
  m('abductor-pollicis-brevis', 'superficial', 'fusiform', {
    // from the scaphoid tubercle and the flexor retinaculum over the carpal tunnel
    o: [
      ['scaphoid', 0.002, 0, 0.006],
      ['wrist>mc3-head@0.12', 0.008, 0, 0.014],
    ],
    i: [['mc1-head>thumb-tip-bone@0.12', 0.005, 0, 0.003]],
    b: 0.42,
    t: 0.015,
    w: 0.026,
    dir: [0.6, 0, 1],
  }),
  m('flexor-pollicis-brevis', 'superficial', 'fusiform', {
    o: [
      ['wrist>mc3-head@0.25', 0.002, 0, 0.012],
      ['trapezium', -0.002, 0, 0.008],
    ],
    i: [['mc1-head>thumb-tip-bone@0.12', -0.002, 0, 0.008]],
    b: 0.42,
    t: 0.012,
    w: 0.02,
    d: 0.0025,
    dir: [0.1, 0, 1],
  }),
  // first dorsal interosseous: from the facing shafts of the 1st and 2nd metacarpals to the radial
  // side of the index's proximal phalanx; the belly fills the back of the thumb web
  m('first-dorsal-interosseous', 'superficial', 'bipennate', {
    o: ['mc1-base>mc1-head@0.35', 'mc2-base>mc2-head@0.4'],
    i: [['mc2-head>index-tip-bone@0.08', 0.006, 0, -0.002]],
    b: 0.42,
    t: 0.015,
    w: 0.022,
    dir: [0.5, 0, -1],
  }),
  // 2nd-4th dorsal interossei between the metacarpal shafts, under the extensor tendons
  m('dorsal-interossei-hand', 'intermediate', 'bipennate', [
    {
      o: ['mc2-base>mc2-head@0.2', 'wrist>mc3-head@0.4'],
      i: [['mc3-head>middle-tip-bone@0.08', 0.005, 0, -0.004]],
      t: 0.007,
      w: 0.012,
      d: 0.0035,
      dir: [0, 0, -1],
    },
    {
      o: ['wrist>mc3-head@0.4', 'mc5-base>mc4-head@0.25'],
      i: [['mc3-head>middle-tip-bone@0.08', -0.005, 0, -0.004]],
      t: 0.007,
      w: 0.012,
      d: 0.0035,
      dir: [0, 0, -1],
    },
    {
      o: ['mc5-base>mc4-head@0.25', 'mc5-base>mc5-head@0.2'],
      i: [['mc4-head>ring-tip-bone@0.08', -0.005, 0, -0.004]],
      t: 0.007,
      w: 0.012,
      d: 0.0035,
      dir: [0, 0, -1],
    },
  ]),
  // palmar interossei: from the 2nd, 4th and 5th metacarpals toward the middle finger
  m('palmar-interossei', 'deep', 'fusiform', [
    {
      o: [['mc2-base>mc2-head@0.3', -0.003, 0, 0.002]],
      i: [['mc2-head>index-tip-bone@0.08', -0.005, 0, 0.002]],
      t: 0.005,
      w: 0.009,
      on: 'free',
    },
    {
      o: [['mc5-base>mc4-head@0.3', 0.003, 0, 0.002]],
      i: [['mc4-head>ring-tip-bone@0.08', 0.005, 0, 0.002]],
      t: 0.005,
      w: 0.009,
      on: 'free',
    },
    {
      o: [['mc5-base>mc5-head@0.3', 0.003, 0, 0.002]],
      i: [['mc5-head>little-tip-bone@0.08', 0.005, 0, 0.002]],
      t: 0.005,
      w: 0.009,
      on: 'free',
    },
  ]),
  // lumbricals: from the profundus tendons in the palm to the radial side of each finger
  m(
    'lumbricals-hand',
    'intermediate',
    'fusiform',
    FINGERS.map(([mc, tip, x]) => ({
      o: [[`wrist>${mc}@0.42`, x * 0.6 + 0.004, 0, 0.011] as Spec],
      i: [[`${mc}>${tip}@0.1`, 0.0055, 0, 0.004] as Spec],
      b: 0.45,
      t: 0.005,
      w: 0.007,
      d: 0.003,
      dir: [0, 0, 1] as Vec3,
    })),
  ),
  // hypothenar eminence
  m('abductor-digiti-minimi-hand', 'superficial', 'fusiform', {
    o: [
      ['pisiform', 0, 0, 0],
      ['pisiform', 0.004, -0.004, 0.003],
    ],
    i: [['mc5-head>little-tip-bone@0.1', -0.006, 0, 0.001]],
    b: 0.45,
    t: 0.014,
    w: 0.024,
    dir: [-0.7, 0, 1],
  }),
]
