/**
 * The region atlas: named skin regions in the spirit of clinical pain drawings. Each region is a
 * set of seed points (surface landmark names or internal landmark specs, left side / midline) and
 * the body segments it may cover. A skin point belongs to the region with the nearest seed among
 * the regions allowed on its segment (a Voronoi partition of the skin restricted per segment, so
 * the inner arm never joins the chest). Sided regions exist as `.L` and `.R`.
 */
export interface RegionDef {
  id: string
  name: string
  midline: boolean
  seeds: string[]
  segments: string[]
}

const r = (id: string, name: string, seeds: string[], segments: string[]): RegionDef => ({
  id,
  name,
  midline: false,
  seeds,
  segments,
})
const mid = (id: string, name: string, seeds: string[], segments: string[]): RegionDef => ({
  id,
  name,
  midline: true,
  seeds,
  segments,
})

const HEAD = ['head']
const NECK = ['neck', 'head', 'trunk']
const TRUNK = ['trunk']
const ARM = ['arm']
const FORE = ['forearm']
const HAND = ['hand']
const THIGH = ['thigh', 'trunk']
const LEG = ['leg']
const FOOT = ['foot', 'leg']

export const REGIONS: RegionDef[] = [
  // head
  mid('crown', 'Crown of the head', ['vertex'], HEAD),
  r('forehead', 'forehead', ['forehead'], HEAD),
  r('temple', 'temple', ['temple'], HEAD),
  r('orbit', 'eye region', ['eye', 'eyebrow-lateral'], HEAD),
  mid('nose', 'Nose', ['nose', 'glabella'], HEAD),
  r('cheek', 'cheek', ['cheek', 'zygoma'], HEAD),
  mid('mouth-chin', 'Mouth and chin', ['chin', 'nose>chin@0.6'], HEAD),
  r('jaw', 'jaw', ['mandible-body', 'mandible-angle', 'lower-molars'], HEAD),
  r('tmj-ear', 'jaw joint and ear', ['tmj', 'ear', 'upper-molars'], HEAD),
  r('parietal', 'side of the head', ['parietal'], HEAD),
  r('occiput', 'back of the head', ['occiput', 'inion>mastoid@0.4', 'mastoid'], HEAD),
  // neck
  mid('throat', 'Throat', ['throat', 'suprasternal-notch>throat@0.5'], NECK),
  r('anterior-neck', 'front of the neck', ['neck-anterior'], NECK),
  r('lateral-neck', 'side of the neck', ['neck-lateral'], NECK),
  r(
    'posterior-neck',
    'back of the neck',
    ['neck-posterolateral', 'c4-spinous>neck-posterolateral@0.4', 'c2-spinous>mastoid@0.5'],
    NECK,
  ),
  // shoulder girdle and upper back
  r(
    'upper-trapezius',
    'upper trapezius ridge',
    ['c7>acromion@0.45', 'neck-lateral>acromion@0.5'],
    ['trunk', 'neck'],
  ),
  r(
    'suprascapular',
    'top of the shoulder blade',
    ['supraspinous-fossa', 'scapula-superior-angle'],
    TRUNK,
  ),
  r('scapular', 'shoulder blade', ['infraspinous-fossa', 'scapula-inferior-angle'], TRUNK),
  r(
    'interscapular',
    'between the shoulder blades',
    ['scapula-medial-border', 'thoracic-paraspinal-upper'],
    TRUNK,
  ),
  r(
    'shoulder-anterior',
    'front of the shoulder',
    ['shoulder-anterior', 'coracoid'],
    ['trunk', 'arm'],
  ),
  r(
    'shoulder-lateral',
    'point of the shoulder',
    ['shoulder-lateral', 'acromion'],
    ['trunk', 'arm'],
  ),
  r(
    'shoulder-posterior',
    'back of the shoulder',
    ['shoulder-posterior', 'axilla-posterior'],
    ['trunk', 'arm'],
  ),
  r('axilla', 'armpit', ['axilla'], ['trunk', 'arm']),
  // thorax and abdomen
  mid('sternum', 'Breastbone', ['sternum-upper', 'sternum-mid', 'xiphoid'], TRUNK),
  r(
    'upper-chest',
    'upper chest',
    ['chest-upper', 'axilla-anterior', 'clavicle-mid', 'sternoclavicular'],
    TRUNK,
  ),
  r('breast', 'breast', ['nipple'], TRUNK),
  r('lateral-chest', 'side of the chest', ['ribs-lateral'], TRUNK),
  r('upper-abdomen', 'upper abdomen', ['upper-abdomen', 'costal-margin'], TRUNK),
  mid('epigastric', 'Pit of the stomach', ['xiphoid>umbilicus@0.45'], TRUNK),
  mid('umbilical', 'Navel', ['umbilicus'], TRUNK),
  r('lower-abdomen', 'lower abdomen', ['lower-abdomen'], TRUNK),
  mid('suprapubic', 'Above the pubis', ['pubis', 'umbilicus>pubis@0.75'], TRUNK),
  r('flank', 'flank', ['flank'], TRUNK),
  // back
  mid('thoracic-spine', 'Thoracic spine', ['t4-spinous', 't8-spinous', 't12-spinous'], TRUNK),
  mid('lumbar-spine', 'Lumbar spine', ['l1-spinous', 'l3-spinous', 'l5-spinous'], TRUNK),
  r(
    'mid-back',
    'mid back',
    ['thoracic-paraspinal-mid', 'thoracic-paraspinal-lower', 'thoracic-paraspinal-lower>flank@0.6'],
    TRUNK,
  ),
  r('lumbar', 'low back', ['lumbar-paraspinal', 'iliac-crest-posterior'], TRUNK),
  mid('sacral', 'Sacrum', ['sacrum'], TRUNK),
  r('sacroiliac', 'sacroiliac joint', ['sacroiliac', 'psis'], TRUNK),
  mid('coccygeal', 'Tailbone', ['coccyx'], ['trunk', 'thigh']),
  // pelvis and hip
  r(
    'buttock',
    'buttock',
    ['buttock', 'buttock-upper', 'buttock-lower', 'ischial-tuberosity'],
    ['trunk', 'thigh'],
  ),
  r(
    'lateral-hip',
    'side of the hip',
    ['hip-lateral', 'greater-trochanter', 'iliac-crest-lateral', 'asis'],
    ['trunk', 'thigh'],
  ),
  r('groin', 'groin', ['groin', 'inguinal'], ['trunk', 'thigh']),
  // arm
  r('anterior-arm', 'front of the upper arm', ['arm-anterior'], ARM),
  r('lateral-arm', 'outer upper arm', ['arm-lateral', 'deltoid-insertion'], ARM),
  r('posterior-arm', 'back of the upper arm', ['arm-posterior'], ARM),
  r('medial-arm', 'inner upper arm', ['arm-medial'], ARM),
  r('lateral-elbow', 'outer elbow', ['elbow-lateral'], ['arm', 'forearm']),
  r('medial-elbow', 'inner elbow', ['elbow-medial'], ['arm', 'forearm']),
  r('posterior-elbow', 'point of the elbow', ['olecranon'], ['arm', 'forearm']),
  r('antecubital', 'crook of the elbow', ['cubital-fossa'], ['arm', 'forearm']),
  // forearm and hand
  r(
    'dorsal-forearm',
    'back of the forearm',
    ['forearm-dorsal-upper', 'forearm-dorsal', 'forearm-radial'],
    FORE,
  ),
  r(
    'volar-forearm',
    'front of the forearm',
    ['forearm-volar-upper', 'forearm-volar', 'forearm-ulnar'],
    FORE,
  ),
  r(
    'dorsal-wrist',
    'back of the wrist',
    ['wrist-dorsal', 'radial-styloid', 'ulnar-styloid'],
    ['forearm', 'hand'],
  ),
  r('volar-wrist', 'front of the wrist', ['wrist-volar'], ['forearm', 'hand']),
  r('thenar', 'ball of the thumb', ['thenar', 'thumb-base'], HAND),
  r('palm', 'palm', ['palm', 'hypothenar'], HAND),
  r('hand-dorsum', 'back of the hand', ['hand-dorsum', 'knuckles'], HAND),
  r(
    'fingers',
    'fingers',
    [
      'index-tip',
      'middle-tip',
      'ring-tip',
      'little-tip',
      'mc2-head>index-tip-bone@0.5',
      'mc3-head>middle-tip-bone@0.5',
      'mc4-head>ring-tip-bone@0.5',
      'mc5-head>little-tip-bone@0.5',
    ],
    HAND,
  ),
  r('thumb', 'thumb', ['thumb-tip', 'mc1-head>thumb-tip-bone@0.4'], HAND),
  // thigh and knee
  r(
    'anterior-thigh',
    'front of the thigh',
    ['thigh-anterior-upper', 'thigh-anterior', 'thigh-anterior-lower'],
    THIGH,
  ),
  r(
    'lateral-thigh',
    'outer thigh',
    ['thigh-lateral-upper', 'thigh-lateral', 'thigh-lateral-lower'],
    THIGH,
  ),
  r('medial-thigh', 'inner thigh', ['thigh-medial-upper', 'thigh-medial'], THIGH),
  r(
    'posterior-thigh',
    'back of the thigh',
    ['thigh-posterior-upper', 'thigh-posterior', 'thigh-posterior-lower'],
    THIGH,
  ),
  r('anterior-knee', 'front of the knee', ['patella'], ['thigh', 'leg']),
  r('medial-knee', 'inner knee', ['knee-medial'], ['thigh', 'leg']),
  r('lateral-knee', 'outer knee', ['knee-lateral'], ['thigh', 'leg']),
  r('posterior-knee', 'back of the knee', ['popliteal-fossa'], ['thigh', 'leg']),
  // leg and foot
  r('shin', 'shin', ['tibial-tuberosity', 'shin-upper', 'shin', 'shin-lower', 'leg-medial'], LEG),
  r('lateral-leg', 'outer lower leg', ['leg-lateral-upper', 'leg-lateral'], LEG),
  r('calf', 'calf', ['calf-upper', 'calf', 'calf-lower'], LEG),
  r('achilles', 'Achilles tendon', ['achilles'], LEG),
  r('lateral-ankle', 'outer ankle', ['malleolus-lateral'], FOOT),
  r('medial-ankle', 'inner ankle', ['malleolus-medial'], FOOT),
  r('heel', 'heel', ['heel', 'sole-heel'], FOOT),
  r('sole', 'sole', ['sole-arch', 'sole-forefoot', 'mt1-head-plantar', 'mt5-head-plantar'], FOOT),
  r('foot-dorsum', 'top of the foot', ['foot-dorsum', 'ankle-anterior', 'forefoot-dorsal'], FOOT),
  r('big-toe', 'big toe', ['big-toe', 'hallux-tip'], FOOT),
  r('lesser-toes', 'lesser toes', ['lesser-toes', 'toe2-tip', 'toe5-tip'], FOOT),
]
