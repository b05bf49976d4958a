/** Shoulder girdle, back, thorax, abdomen and pelvis muscles (left side; mirrored). Gray's Anatomy. */
import { type MuscleDef, muscle as m } from './types'

export const trunk: MuscleDef[] = [
  // --- shoulder girdle
  m('middle-trapezius', 'superficial', 'fan', {
    // its upper edge starts under the upper trapezius (C6, the acromioclavicular joint) and lies
    // 1.5 mm deeper, so the two parts read as one sheet with no gap between them
    o: [
      ['c6-sp', 0.004, 0, 0],
      ['c7-sp', 0.004, 0, 0],
      ['t3-sp', 0.004, 0, 0],
    ],
    // the acromion and the upper lip of the whole scapular spine, down to its medial end (where
    // the lower part's tendon glides over the root): the lateral border follows the spine
    i: [
      ['acromioclavicular', 0, 0, -0.01],
      ['acromion-bone', 0, 0, -0.012],
      ['scap-spine-mid', 0, -0.009, 0],
      ['scap-spine-root', 0.008, -0.005, 0],
    ],
    t: 0.011,
    d: 0.0035,
    dir: [0, 0.2, -1],
  }),
  m('lower-trapezius', 'superficial', 'fan', {
    o: [
      ['t4-sp', 0.004, 0, 0],
      ['t8-sp', 0.004, 0, 0],
      ['t12-sp', 0.004, 0, 0],
    ],
    i: [
      ['scap-spine-root', 0.004, 0.004, 0],
      ['scap-spine-root', 0.02, 0.01, 0],
    ],
    t: 0.006,
    dir: [0, 0, -1],
  }),
  m('rhomboid-major', 'intermediate', 'sheet', {
    o: ['t2-sp', 't5-sp'],
    i: ['scap-spine-root', 'scap-inferior-angle'],
    t: 0.008,
    d: 0.0095,
    dir: [0, 0, -1],
  }),
  m('rhomboid-minor', 'intermediate', 'strap', {
    o: ['c7-sp', 't1-sp'],
    i: ['scap-superior-angle>scap-spine-root@0.6', 'scap-spine-root'],
    t: 0.007,
    d: 0.0095,
    dir: [0, 0, -1],
  }),
  m('supraspinatus', 'intermediate', 'pennate', {
    o: ['scap-superior-angle', ['supraspinous-fossa-bone', 0.01, 0, 0]],
    i: [['greater-tubercle', 0, 0.006, 0]],
    t: 0.016,
    w: 0.028,
    d: 0.01,
    dir: [0, 0.6, -0.5],
  }),
  // a thick triangle filling the infraspinous fossa (medial two thirds, up to the spine) and
  // converging on the middle facet of the greater tubercle, its lateral part under the deltoid
  m('infraspinatus', 'superficial', 'fan', {
    o: [
      ['scap-spine-root', 0.006, -0.006, 0],
      ['scap-spine-root>scap-inferior-angle@0.5', 0.006, 0, 0],
      ['scap-inferior-angle', 0.012, 0.012, 0],
    ],
    // the upper fibres run just under the spine, the lower ones along the lateral border
    via: [
      [
        ['scap-spine-mid', -0.004, -0.01, 0],
        ['scap-lateral-border', 0, 0.008, 0],
      ],
    ],
    i: [
      ['greater-tubercle', 0, -0.002, -0.014],
      ['greater-tubercle', 0, -0.012, -0.013],
    ],
    fill: 0.45,
    // shallow over the fossa; the tendon end dives under the thick posterior deltoid to the
    // tubercle (at a shallow depth it ran through the deltoid: scripts/model/overlap.ts)
    d: 0.003,
    dMid: 0.003,
    dEnd: 0.024,
    b: 0.45,
    t: 0.016,
    dir: [0.2, 0, -1],
  }),
  m('teres-minor', 'intermediate', 'fusiform', {
    // upper two thirds of the lateral border (dorsal surface), below the infraglenoid tubercle
    o: [
      ['infraglenoid>scap-lateral-border@0.35', 0, 0, -0.006],
      ['scap-lateral-border', 0.004, -0.008, 0],
    ],
    // lowest facet of the greater tubercle and the bone just below it: a flat tendon, no needle
    i: [
      ['greater-tubercle', 0, -0.012, -0.012],
      ['greater-tubercle', 0, -0.026, -0.01],
    ],
    t: 0.011,
    w: 0.018,
    // shallow: at 5-10 mm, or diving toward the tubercle, its insertion end sank into the
    // posterior deltoid (scripts/model/overlap.ts)
    d: 0.003,
    dir: [0.3, 0, -1],
  }),
  m('teres-major', 'superficial', 'fusiform', {
    o: ['scap-inferior-angle', ['scap-inferior-angle', 0.012, 0.02, 0.004]],
    // the medial lip of the intertubercular sulcus, a flat tendon about 5 cm long
    i: [
      ['lesser-tubercle', -0.002, -0.03, 0],
      ['lesser-tubercle', -0.002, -0.058, 0],
    ],
    t: 0.016,
    w: 0.027,
    d: 0.007,
    // toward the arm: the insertion follows the abducted humerus forward of the axillary fold
    dir: [1, -0.3, -0.6],
  }),
  m('subscapularis', 'deep', 'fan', {
    o: [
      ['scap-superior-angle', 0.006, -0.004, 0.012],
      ['scap-inferior-angle', 0.006, 0.004, 0.012],
    ],
    via: [
      [
        ['subscapular-fossa', 0, 0.01, 0.016],
        ['subscapular-fossa', 0.01, -0.02, 0.016],
      ],
    ],
    i: ['lesser-tubercle'],
    t: 0.014,
    on: 'free',
    grid: 0.75, // hidden between the scapula and the ribs: a coarser grid pays for the trapezius
    dir: [0, 0, -1],
  }),
  m('latissimus-dorsi', 'superficial', 'fan', {
    o: [
      ['t7-sp', 0.004, 0, 0],
      ['t12-sp', 0.004, 0, 0],
      ['l3-sp', 0.008, 0, 0],
      ['l4-sp', 0.04, 0.004, 0.006],
      ['iliac-crest-post', 0.035, 0.006, 0.012],
    ],
    via: [
      [
        ['scap-inferior-angle', 0.04, 0.01, -0.004],
        ['rib8-lateral', 0.04, 0.03, -0.018],
      ],
      // the posterior axillary fold, below teres major, before the tendon turns forward
      [
        ['scap-lateral-border', 0.022, -0.012, 0.0],
        ['scap-lateral-border', 0.03, -0.036, 0.016],
      ],
    ],
    i: [['bicipital-groove', -0.004, -0.02, 0]],
    t: 0.009,
    fill: 0.3, // thin aponeurotic borders, no ledge over the inferior angle
    d: 0.003,
    dir: [0.5, 0, -1],
  }),
  m('deltoid-anterior', 'superficial', 'fan', {
    o: ['clavicle-mid-bone>acromioclavicular@0.35', 'acromioclavicular'],
    via: [
      [
        ['glenohumeral', -0.006, 0.004, 0.05],
        ['glenohumeral', 0.042, 0.006, 0.03],
      ],
    ],
    i: [['deltoid-tuberosity', -0.002, 0.004, 0.007]],
    b: 0.36,
    t: 0.03,
    w: 0.076,
    d: 0.0035,
    dir: [0.3, 0.2, 1],
  }),
  m('deltoid-middle', 'superficial', 'fan', {
    o: [
      ['acromioclavicular', 0.004, 0.004, -0.004],
      ['acromion-bone', 0.006, 0.002, -0.014],
    ],
    via: [
      [
        ['glenohumeral', 0.046, 0.008, 0.03],
        ['glenohumeral', 0.046, 0.008, -0.03],
      ],
    ],
    i: ['deltoid-tuberosity'],
    b: 0.36,
    t: 0.032,
    w: 0.078,
    dir: [1, 0.2, 0],
  }),
  m('deltoid-posterior', 'superficial', 'fan', {
    o: [['acromion-bone', 0.0, 0.002, -0.02], 'scap-spine-mid'],
    via: [
      [
        ['glenohumeral', 0.042, 0.006, -0.032],
        // lower border kept above teres minor and the triceps long head
        ['glenohumeral', -0.006, 0.006, -0.052],
      ],
    ],
    i: [['deltoid-tuberosity', 0, 0.006, -0.007]],
    b: 0.36,
    t: 0.023,
    w: 0.06,
    d: 0.0035,
    dir: [0.3, 0, -1],
  }),
  // a fan converging on the lateral lip of the bicipital groove (Gray's): the clavicular head
  // from the medial half of the clavicle inserts lowest and in front (anterior lamina of the
  // folded tendon); the sternocostal head from the sternum, the upper six costal cartilages and
  // the external oblique aponeurosis inserts above and behind it. Its lower fibres start on the
  // chest wall (dO: deeper at the lower origin, so no rim overhangs the ribs) and rise into the
  // free lower border, the anterior axillary fold.
  m('pectoralis-major', 'superficial', 'fan', [
    {
      o: [
        ['sternoclavicular-joint', 0.008, 0.002, 0.008],
        ['clavicle-mid-bone', 0.0, 0.002, 0.012],
        ['clavicle-mid-bone', 0.024, 0.002, 0.01],
      ],
      i: [
        ['bicipital-groove', 0.004, -0.056, 0.012],
        ['bicipital-groove', 0.004, -0.03, 0.012],
      ],
      t: 0.012,
      fill: 0.4,
      dEnd: 0.01, // the tendon passes under the anterior deltoid to the groove
      dir: [0, 0.25, 1],
    },
    {
      o: [
        ['sternal-notch', 0.012, -0.016, 0.004],
        ['sternal-angle', 0.013, 0, 0.004],
        ['sternum-mid-bone', 0.014, 0, 0],
        ['xiphoid-bone', 0.018, 0, 0],
        // medial part of the 6th cartilage and the aponeurosis of the external oblique: the lower
        // border crosses the 5th rib near the midclavicular line on its way up to the axilla
        ['rib6-anterior', -0.025, -0.018, 0.002],
        ['rib6-anterior', -0.008, -0.014, 0],
      ],
      i: [
        ['bicipital-groove', 0, 0.004, -0.004],
        ['bicipital-groove', 0, -0.034, 0.002],
      ],
      // thickest toward the axilla (b), thin over the sternum and the lower cartilages
      b: 0.6,
      t: 0.016,
      d: 0.004, // under the clavicular head where they overlap
      dEnd: 0.008,
      dO: [0, 0, 0.002, 0.005, 0.01, 0.014],
      fill: 0.35,
      dir: [0.1, 0, 1],
    },
  ]),
  m('pectoralis-minor', 'intermediate', 'fan', {
    o: [
      ['rib3-anterior', 0.03, 0, -0.004],
      ['rib5-anterior', 0.035, -0.006, -0.008],
    ],
    i: ['coracoid-bone'],
    t: 0.008,
    // on the chest wall under the lateral pectoralis major, rising toward the coracoid under the
    // deltopectoral groove
    d: 0.032,
    dEnd: 0.008,
    dir: [0, 0.1, 1],
  }),
  m('subclavius', 'deep', 'fusiform', {
    o: [['rib1-anterior', 0.004, 0.002, 0.006]],
    i: [['clavicle-mid-bone', 0.02, -0.008, -0.004]],
    t: 0.006,
    w: 0.01,
    on: 'free',
  }),
  m('serratus-anterior', 'intermediate', 'fan', {
    o: [
      ['rib-lateral-upper', 0.0, 0.02, 0.02],
      ['rib5-lateral', 0.0, 0, 0.02],
      ['rib8-lateral', 0.004, 0, 0.015],
      ['rib10-lateral', 0.0, 0.01, 0.01],
    ],
    i: [
      ['scap-superior-angle', 0.004, -0.005, 0.014],
      ['scap-inferior-angle', 0.006, 0.004, 0.012],
    ],
    t: 0.008,
    on: 'bone',
    g: 0.003,
  }),
  m('sternalis', 'superficial', 'strap', {
    o: [['sternal-notch', 0.008, -0.012, 0.004]],
    i: [['xiphoid-bone', 0.008, 0.006, 0]],
    t: 0.004,
    w: 0.014,
    d: 0.0015,
    dir: [0, 0, 1],
  }),
  // --- back
  m('serratus-posterior-superior', 'deep', 'sheet', {
    o: ['c7-sp', 't3-sp'],
    i: [
      ['rib-angle-upper', 0.012, 0.01, -0.004],
      ['rib-angle-upper', 0.024, -0.045, -0.004],
    ],
    t: 0.004,
    d: 0.018,
    dir: [0, 0, -1],
  }),
  m('serratus-posterior-inferior', 'deep', 'sheet', {
    o: ['t11-sp', 'l2-sp'],
    i: [
      ['rib-angle-lower', 0.02, 0.04, -0.006],
      ['rib12-tip', 0.004, 0.005, -0.004],
    ],
    t: 0.004,
    d: 0.0135,
    dir: [0, 0, -1],
  }),
  m('intercostals', 'deep', 'sheet', [
    {
      o: [
        ['rib-angle-upper', 0.02, 0, 0],
        ['rib-lateral-upper', 0.012, 0, 0],
        ['rib3-anterior', 0.02, 0, 0],
      ],
      i: [
        ['rib-angle-upper', 0.03, -0.06, 0],
        ['rib5-lateral', 0.01, 0.02, 0],
        ['rib5-anterior', 0.025, 0, 0],
      ],
      t: 0.005,
      on: 'bone',
      g: 0.0,
    },
    {
      o: [
        ['rib-angle-upper', 0.03, -0.07, 0],
        ['rib5-lateral', 0.01, 0.0, 0],
        ['rib6-anterior', 0.03, 0, 0],
      ],
      i: [
        ['rib-angle-lower', 0.025, 0.01, 0],
        ['rib10-lateral', 0.01, 0.015, 0],
        ['costal-margin-bone', 0.015, 0, 0],
      ],
      t: 0.005,
      on: 'bone',
      g: 0.0,
    },
  ]),
  m('iliocostalis-thoracis', 'intermediate', 'strap', {
    o: [['rib-angle-lower', 0.01, 0, -0.01]],
    i: [['rib-angle-upper', 0.004, 0.03, -0.012]],
    t: 0.01,
    w: 0.022,
    d: 0.02,
    dir: [0.2, 0, -1],
  }),
  m('iliocostalis-lumborum', 'intermediate', 'strap', {
    o: [
      ['iliac-crest-post', -0.006, 0.004, 0],
      ['sacroiliac-bone', 0.002, 0, -0.01],
    ],
    // Gray's: into the angles of the lower six or seven ribs, i.e. from rib 12 up to rib 6 (the
    // lowest tendons from the lateral crest, the highest from the medial). Christophy 2012 (pars
    // thoracica IL_R5-R12, tests/model/reference) reaches rib 5; before this row stopped at rib 11
    // and its centroid lay 65 mm below the reference.
    i: [
      ['rib12-tip', -0.012, 0.01, -0.01],
      ['rib-angle-lower>rib-angle-upper@0.6', 0.014, 0, -0.008],
    ],
    t: 0.02,
    w: 0.035,
    // behind the plane of the transverse-process tips (quadratus lumborum lies in front of it)
    d: 0.015,
    // a strap of slips: its long rib line would otherwise set 14 columns across
    nuMax: 5,
    dir: [0.2, 0, -1],
  }),
  m('longissimus-thoracis', 'intermediate', 'strap', {
    o: [
      ['sacrum-mid', 0.016, 0, 0],
      ['l4-tp', 0.0, 0, -0.01],
    ],
    via: [
      [
        ['l1-tp', -0.006, 0, -0.024],
        ['l1-tp', 0.008, 0, -0.024],
      ],
    ],
    i: [
      ['t2-tp', -0.006, 0, -0.01],
      ['t2-tp', 0.004, 0, -0.01],
    ],
    t: 0.02,
    w: 0.032,
    d: 0.019,
    // bulky in the lumbar region, tapering as it ascends to its thoracic slips (Gray's)
    b: 0.35,
    dir: [0, 0, -1],
  }),
  m('spinalis-thoracis', 'intermediate', 'strap', {
    o: [
      ['l2-sp', 0.008, 0, 0],
      ['t11-sp', 0.008, 0, 0],
    ],
    i: [
      ['t2-sp', 0.008, 0, 0],
      ['t8-sp', 0.008, 0, 0],
    ],
    t: 0.008,
    w: 0.012,
    d: 0.021,
    dir: [0, 0, -1],
  }),
  m('semispinalis-thoracis', 'deep', 'strap', {
    o: ['t6-tp', 't10-tp'],
    i: [
      ['c6-sp', 0.008, 0, 0],
      ['t4-sp', 0.008, 0, 0],
    ],
    t: 0.007,
    w: 0.014,
    on: 'bone',
    g: 0.012,
  }),
  m('multifidus', 'deep', 'pennate', {
    o: [['sacrum-low', 0.012, 0, 0.004]],
    via: [[['l3-sp', 0.016, 0, 0.014]], [['t8-sp', 0.012, 0, 0.016]]],
    i: [['t1-sp', 0.01, 0, 0.014]],
    t: 0.012,
    w: 0.02,
    on: 'bone',
    g: 0.001,
  }),
  m('rotatores', 'deep', 'sheet', {
    o: [['t11-tp', -0.018, 0, 0.004]],
    i: [['t2-sp', 0.006, -0.012, 0.016]],
    t: 0.005,
    w: 0.012,
    on: 'bone',
    g: 0.0005,
  }),
  m('quadratus-lumborum', 'deep', 'sheet', {
    o: [
      // Gray's: the iliolumbar ligament and the adjacent posterior crest (was 25 mm further out:
      // 29 mm lateral of Christophy 2012's quadratus)
      ['iliac-crest-post', 0, 0.006, 0.028],
      ['l5-tp', 0.004, 0.008, 0.013],
    ],
    // Gray's: the medial half of the lower border of the 12th rib and the tips of L1-L4
    // transverse processes (was the rib's tip: 34 mm lateral of Christophy 2012's quadratus)
    i: [
      ['rib12-tip>t12-tp@0.75', 0, 0, 0.023],
      ['l1-tp', 0.004, 0, 0.019],
    ],
    t: 0.015,
    on: 'free',
    dir: [0, 0, -1],
  }),
  // --- abdomen
  m('rectus-abdominis', 'superficial', 'strap', {
    o: [
      ['pubic-symphysis', 0.006, 0.004, 0],
      ['pubic-tubercle', -0.002, 0.004, 0],
    ],
    i: [
      ['xiphoid-bone', 0.008, 0, 0],
      ['rib5-anterior', 0.035, -0.02, 0],
    ],
    t: 0.012,
    w: 0.075,
    d: 0.003,
    dir: [0, 0, 1],
  }),
  m('pyramidalis', 'superficial', 'fan', {
    o: [
      ['pubic-symphysis', 0.003, 0.004, 0.004],
      ['pubic-tubercle', -0.004, 0.006, 0.004],
    ],
    i: [['pubic-symphysis', 0.003, 0.075, 0.014]],
    t: 0.004,
    d: 0.0015,
    dir: [0, 0, 1],
  }),
  m('external-oblique', 'superficial', 'sheet', {
    o: [
      ['rib5-lateral', 0.01, 0.01, 0.03],
      ['rib8-lateral', 0.016, 0, 0.01],
      ['rib10-lateral', 0.016, 0, -0.01],
      ['rib12-tip', 0.02, 0, -0.02],
    ],
    i: [
      ['xiphoid-bone', 0.075, -0.03, -0.01],
      ['costal-margin-bone', 0.035, -0.08, 0.01],
      ['asis-bone', 0.004, 0.03, 0.006],
      ['iliac-tubercle', 0.004, 0.008, 0],
    ],
    t: 0.008,
    dir: [1, 0, 0.4],
  }),
  m('internal-oblique', 'intermediate', 'sheet', {
    o: [
      ['pubic-tubercle', 0.035, 0.022, 0.012],
      ['asis-bone', 0, 0.01, 0],
      ['iliac-tubercle', 0, 0.012, 0],
      ['iliac-crest-post', 0.01, 0.015, 0],
    ],
    i: [
      ['pubic-symphysis', 0.012, 0.06, 0.036],
      ['costal-margin-bone', 0.004, -0.05, 0.006],
      ['rib10-lateral', 0.012, 0, 0],
      ['rib12-tip', 0.01, 0, 0],
    ],
    t: 0.008,
    d: 0.011,
    dir: [1, 0, 0.6],
  }),
  m('transversus-abdominis', 'deep', 'sheet', {
    o: [
      ['rib10-lateral', 0.008, 0, -0.025],
      ['iliac-crest-top', 0.004, 0.01, 0],
    ],
    i: [
      ['xiphoid-bone', 0.04, -0.035, -0.01],
      ['pubic-tubercle', 0.03, 0.03, 0],
    ],
    t: 0.005,
    d: 0.021,
    dir: [1, 0, 0.5],
  }),
  // --- pelvis and hip
  m('iliopsoas', 'deep', 'fusiform', [
    {
      o: [
        ['t12-body', 0.02, 0, 0],
        ['l4-body', 0.026, 0, 0],
      ],
      via: [[['pubic-tubercle', 0.035, 0.03, -0.012]], [['hip-joint', -0.004, -0.012, 0.042]]],
      i: ['lesser-trochanter'],
      t: 0.03,
      w: 0.04,
      on: 'free',
      dir: [0, 0, 1],
    },
    {
      o: [
        ['iliac-crest-top', -0.01, -0.008, 0.02],
        ['asis-bone', -0.01, -0.006, -0.008],
      ],
      via: [[['pubic-tubercle', 0.045, 0.03, -0.012]], [['hip-joint', 0.004, -0.012, 0.042]]],
      i: [['lesser-trochanter', 0.004, 0.004, 0.004]],
      t: 0.014,
      on: 'free',
      dir: [0.2, 0, 1],
    },
  ]),
  // a thick quadrilateral sheet (Gray's): from the posterior gluteal line and the iliac crest
  // behind it, the posterior surface of the lower sacrum, the side of the coccyx (and the
  // sacrotuberous ligament), its parallel fibres run down and laterally; the upper and superficial
  // lower fibres end in the iliotibial tract at and below the greater trochanter, the deep lower
  // fibres on the gluteal tuberosity. Its upper border runs from the crest to the trochanter, its
  // lower border obliquely from the coccyx to the gluteal tuberosity (crossing the horizontal
  // gluteal fold). Depth d -> dMid -> dEnd: the origin lies on the sacrum and ilium (the skin is
  // 2.5 cm behind them), the belly under the fat of the buttock, the insertion on the tract just
  // under the skin; at most 45 mm deep (a sheet, tests/model/lower-limb.test.ts).
  m('gluteus-maximus', 'superficial', 'sheet', {
    o: [
      ['iliac-crest-post', -0.016, 0.002, -0.004],
      ['psis-bone', 0, 0, -0.004],
      ['sacrum-mid', 0.026, 0, -0.006],
      ['sacrum-low', 0.02, -0.01, -0.006],
      ['coccyx-bone', 0.012, -0.004, -0.004],
    ],
    i: [
      ['greater-trochanter-bone', 0.01, 0.03, -0.018],
      ['greater-trochanter-bone', 0.012, -0.02, -0.016],
      ['greater-trochanter-bone', 0.004, -0.07, -0.014],
      ['gluteal-tuberosity', 0.01, -0.07, -0.01],
    ],
    b: 0.4,
    t: 0.029, // keeps the deep surface of the belly within 45 mm of the reshaped buttock skin
    d: 0.014,
    dMid: 0.011,
    dEnd: 0.003,
    dir: [0.3, 0, -1],
  }),
  m('gluteus-medius', 'intermediate', 'fan', {
    o: [
      ['asis-bone', 0.002, 0, -0.006],
      ['iliac-tubercle', 0.004, 0, 0],
      ['iliac-crest-top', 0.002, 0, 0],
      ['iliac-crest-post', 0.004, -0.006, 0],
    ],
    i: [['greater-trochanter-bone', 0.006, 0.01, 0]],
    t: 0.022,
    on: 'bone',
    g: 0.013,
  }),
  m('gluteus-minimus', 'deep', 'fan', {
    // outer ilium between the anterior and inferior gluteal lines (Gray's): the origin line is
    // the anterior gluteal line, from above the anterior inferior iliac spine across the middle
    // of the wing to the apex of the greater sciatic notch; the fan below it converges on the
    // trochanter. Low on the wing, not up to the crest.
    o: [
      ['aiis', 0.01, 0.02, -0.01],
      ['gluteal-surface', 0.008, 0, 0.02],
      ['ischial-spine', 0.046, 0.062, -0.022],
    ],
    i: [['greater-trochanter-bone', 0.004, 0.012, 0.012]],
    t: 0.012,
    on: 'bone',
    g: 0.001,
  }),
  m('piriformis', 'deep', 'fusiform', {
    o: [
      ['sacrum-mid', 0.022, 0.0, 0.012],
      ['sacrum-low', 0.02, 0, 0.012],
    ],
    i: [['greater-trochanter-bone', -0.008, 0.012, -0.006]],
    t: 0.014,
    w: 0.026,
    on: 'free',
  }),
  m('obturator-internus', 'deep', 'fan', {
    o: [
      ['obturator', -0.012, 0.012, 0.004],
      ['obturator', -0.012, -0.012, -0.004],
    ],
    via: [[['ischial-spine', 0.006, -0.012, -0.012]]],
    i: ['trochanteric-fossa'],
    t: 0.01,
    on: 'free',
    dir: [0, 0, -1],
  }),
  m('gemellus-superior', 'deep', 'fusiform', {
    o: [['ischial-spine', 0.004, 0, -0.006]],
    i: [['trochanteric-fossa', 0, 0.006, 0]],
    t: 0.006,
    w: 0.008,
    on: 'free',
  }),
  m('gemellus-inferior', 'deep', 'fusiform', {
    o: [['ischial-tuberosity-bone', 0.004, 0.014, 0]],
    i: [['trochanteric-fossa', 0, -0.008, 0]],
    t: 0.006,
    w: 0.009,
    on: 'free',
  }),
  m('quadratus-femoris', 'deep', 'strap', {
    // on the back of the hip capsule and femoral neck, deep to gluteus maximus
    o: [['ischial-tuberosity-bone', 0.008, 0.002, 0.01]],
    i: [['greater-trochanter-bone', -0.012, -0.03, -0.002]],
    t: 0.012,
    w: 0.022,
    on: 'free',
  }),
  m('obturator-externus', 'deep', 'fan', {
    o: [
      ['obturator', 0.004, 0.012, 0.012],
      ['obturator', 0.004, -0.012, 0.012],
    ],
    via: [[['hip-joint', 0.012, -0.03, -0.012]]],
    i: [['trochanteric-fossa', 0, -0.004, 0.004]],
    t: 0.01,
    on: 'free',
    dir: [0, -1, 0],
  }),
  m('levator-ani', 'deep', 'sheet', {
    o: [
      ['pubic-symphysis', 0.01, 0.004, -0.012],
      ['obturator', -0.014, 0.006, -0.02],
      ['ischial-spine', -0.01, 0, 0],
    ],
    i: [
      ['pubic-symphysis', 0.003, -0.03, -0.05],
      ['coccyx-bone', 0.003, -0.004, 0.004],
    ],
    t: 0.005,
    on: 'free',
    dir: [0, -1, 0],
  }),
  m('coccygeus', 'deep', 'fan', {
    o: [['ischial-spine', -0.002, 0, 0]],
    i: [
      ['sacrum-low', 0.014, 0, 0.006],
      ['coccyx-bone', 0.01, 0, 0.004],
    ],
    t: 0.005,
    on: 'free',
    dir: [0, -1, 0],
  }),
]
