/**
 * The landmark table: anatomical points of a 1.75 m adult male in the body frame (metres, +Y up,
 * soles at Y = 0, +Z anterior, +X toward the subject's LEFT), written as FRACTIONS OF STATURE.
 *
 * Heights follow Drillis & Contini's segment ratios as reproduced in Winter, "Biomechanics and Motor
 * Control of Human Movement", fig. 4.1 (vertex 1.000, chin 0.870, acromion 0.818, elbow 0.630,
 * wrist 0.485, fingertip 0.377, greater trochanter 0.530, knee 0.285, ankle 0.039; hip width 0.191,
 * foot length 0.152, foot breadth 0.055); the shoulder breadth is the survey norm (Pheasant's
 * biacromial 0.229 H, see PUBLISHED) rather than the figure's 0.259. Points the figure does not give
 * (vertebral levels, scapular angles, pelvic points, hand and foot details) are placed from the
 * usual clinical level correspondences (e.g. scapular spine root at T3, inferior angle at T7,
 * iliac crest at L4, PSIS at S2) and anthropometric survey breadths/depths; see CREDITS.md.
 *
 * Only the LEFT side (+X) and midline points are written; right-side points are mirrored. Sided
 * names get `.L` / `.R`; midline names have no suffix.
 */
import type { Vec3 } from './math'

export const STATURE = 1.75

/** Published vertical ratios (fraction of stature) the table is checked against. */
export const PUBLISHED = {
  vertex: 1.0,
  chin: 0.87,
  acromion: 0.818,
  elbow: 0.63,
  wrist: 0.485,
  fingertip: 0.377,
  greaterTrochanter: 0.53,
  knee: 0.285,
  ankle: 0.039,
  // Pheasant, Bodyspace (2nd ed.), shoulder breadth (biacromial), men 50th percentile: British
  // 19-65 400 mm at stature 1740 mm, US 400 mm at 1755 mm -> 0.229 H (Winter's figure gives 0.259,
  // read off a drawing; it put the glenohumeral joints 2 cm too far out). Bideltoid breadth,
  // same source, British men 465 mm -> 0.267 H (the skin's shoulder-lateral points).
  biacromialWidth: 0.228,
  hipWidth: 0.191,
  footLength: 0.152,
} as const

// 17 degrees: with the glenohumeral joints at the survey biacromial breadth the arm hangs a
// little more abducted so that it clears the chest wall below the axilla
const ARM_ABDUCTION = (17 * Math.PI) / 180
// the forearm keeps its former 17 degrees (now parallel to the arm): with more, the forearm rows
// (supinator in brachioradialis) overlap beyond 15%
const FOREARM_ANGLE = (17 * Math.PI) / 180 // abduction + carrying angle
const HAND_ANGLE = (14 * Math.PI) / 180

// glenohumeral centre ~23 mm medial of the acromion's lateral edge (DAS3 / Seth 2019 scapulae)
// and ~7 mm lower than before (both scapula fits put it 6-10 mm below ours)
const GH: Vec3 = [0.101, 0.802, -0.004]
const HUMERUS = 0.186 // upper arm 0.186 H (Drillis & Contini, Winter fig 4.1)
const FOREARM = 0.146
const HAND = 0.108
const ELBOW: Vec3 = [
  GH[0] + HUMERUS * Math.sin(ARM_ABDUCTION),
  GH[1] - HUMERUS * Math.cos(ARM_ABDUCTION),
  -0.004,
]
const WRIST: Vec3 = [
  ELBOW[0] + FOREARM * Math.sin(FOREARM_ANGLE),
  ELBOW[1] - FOREARM * Math.cos(FOREARM_ANGLE),
  0.004,
]
const handDir: Vec3 = [Math.sin(HAND_ANGLE), -Math.cos(HAND_ANGLE), 0]
const handSide: Vec3 = [Math.cos(HAND_ANGLE), Math.sin(HAND_ANGLE), 0] // toward the thumb (lateral)
const hp = (along: number, side: number, front = 0): Vec3 => [
  WRIST[0] + handDir[0] * along + handSide[0] * side,
  WRIST[1] + handDir[1] * along + handSide[1] * side,
  WRIST[2] + front,
]
const armP = (t: number, lat = 0, front = 0): Vec3 => {
  const c = [
    GH[0] + (ELBOW[0] - GH[0]) * t,
    GH[1] + (ELBOW[1] - GH[1]) * t,
    GH[2] + (ELBOW[2] - GH[2]) * t,
  ]
  return [
    c[0]! + lat * Math.cos(ARM_ABDUCTION),
    c[1]! + lat * Math.sin(ARM_ABDUCTION),
    c[2]! + front,
  ]
}
const foreP = (t: number, lat = 0, front = 0): Vec3 => {
  const c = [
    ELBOW[0] + (WRIST[0] - ELBOW[0]) * t,
    ELBOW[1] + (WRIST[1] - ELBOW[1]) * t,
    ELBOW[2] + (WRIST[2] - ELBOW[2]) * t,
  ]
  return [
    c[0]! + lat * Math.cos(FOREARM_ANGLE),
    c[1]! + lat * Math.sin(FOREARM_ANGLE),
    c[2]! + front,
  ]
}

const HJC: Vec3 = [0.05, 0.519, 0.008]
const KNEE: Vec3 = [0.053, 0.285, 0.004]
const ANKLE: Vec3 = [0.055, 0.039, 0.014]
const legP = (a: Vec3, b: Vec3, t: number, lat = 0, front = 0): Vec3 => [
  a[0] + (b[0] - a[0]) * t + lat,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t + front,
]
// foot: slight toe-out (7 degrees)
const TOE_OUT = (7 * Math.PI) / 180
/** foot points in METRES forward of the ankle, lateral, and height above the floor */
const footP = (fwd: number, lat: number, up: number): Vec3 => [
  ANKLE[0] + (fwd * Math.sin(TOE_OUT) + lat * Math.cos(TOE_OUT)) / STATURE,
  up / STATURE,
  ANKLE[2] + (fwd * Math.cos(TOE_OUT) - lat * Math.sin(TOE_OUT)) / STATURE,
]

/** Vertebral levels: [name, height, body-centre z, spinous-tip z] as fractions of stature. */
export const SPINE: [string, number, number, number][] = [
  ['c1', 0.905, -0.011, -0.03],
  ['c2', 0.893, -0.012, -0.036],
  ['c3', 0.88, -0.013, -0.036],
  ['c4', 0.866, -0.014, -0.038],
  ['c5', 0.852, -0.015, -0.042],
  ['c6', 0.838, -0.017, -0.044],
  ['c7', 0.822, -0.02, -0.05],
  ['t1', 0.808, -0.025, -0.055],
  ['t2', 0.794, -0.03, -0.059],
  ['t3', 0.78, -0.034, -0.062],
  ['t4', 0.766, -0.037, -0.065],
  ['t5', 0.752, -0.039, -0.067],
  ['t6', 0.738, -0.04, -0.066],
  ['t7', 0.724, -0.04, -0.065],
  ['t8', 0.71, -0.039, -0.064],
  ['t9', 0.696, -0.037, -0.062],
  ['t10', 0.682, -0.035, -0.06],
  ['t11', 0.668, -0.032, -0.057],
  ['t12', 0.654, -0.029, -0.054],
  ['l1', 0.638, -0.025, -0.051],
  ['l2', 0.622, -0.021, -0.049],
  ['l3', 0.606, -0.018, -0.05],
  ['l4', 0.589, -0.019, -0.05],
  ['l5', 0.572, -0.022, -0.052],
  ['s1', 0.556, -0.029, -0.053],
]

/** Internal (bony / joint) landmarks, fractions of stature; left side and midline. */
export const INTERNAL: Record<string, { p: Vec3; sided: boolean; note?: string }> = {}
const def = (name: string, p: Vec3, sided = true, note?: string): void => {
  INTERNAL[name] = note ? { p, sided, note } : { p, sided }
}

// head
def('vertex-bone', [0, 0.995, -0.004], false)
def('head-centre', [0, 0.94, -0.004], false)
def('glabella-bone', [0, 0.94, 0.054], false)
def('nasion', [0, 0.932, 0.056], false)
def('nose-tip', [0, 0.91, 0.066], false)
def('mouth', [0, 0.887, 0.055], false)
def('menton', [0, 0.87, 0.046], false, 'chin 0.870 (Winter fig 4.1)')
def('inion-bone', [0, 0.925, -0.055], false)
def('hyoid', [0, 0.861, 0.024], false)
def('thyroid', [0, 0.847, 0.019], false)
def('eye-centre', [0.018, 0.929, 0.046])
def('orbit-lateral', [0.028, 0.93, 0.038])
def('tragion', [0.041, 0.927, -0.003])
def('mastoid-bone', [0.031, 0.913, -0.016])
def('gonion', [0.028, 0.891, 0.004])
def('condyle', [0.029, 0.921, 0.004])
def('coronoid', [0.027, 0.912, 0.02])
def('zygoma-bone', [0.032, 0.919, 0.036])
def('zygomatic-arch', [0.037, 0.923, 0.016])
def('temporal-line-front', [0.028, 0.958, 0.03])
def('temporal-line-top', [0.036, 0.968, 0.005])
def('temporal-line-back', [0.036, 0.948, -0.035])
def('superior-nuchal', [0.026, 0.925, -0.045])
def('mandible-mid', [0.024, 0.882, 0.03])
def('maxilla', [0.018, 0.905, 0.046])
def('mouth-corner', [0.014, 0.887, 0.05])
def('parietal-eminence', [0.036, 0.968, -0.012])
def('frontal-eminence', [0.018, 0.965, 0.036])
// spine (midline): body centres and spinous tips
for (const [n, y, zb, zs] of SPINE) {
  def(`${n}-body`, [0, y, zb], false)
  def(`${n}-sp`, [0, y - 0.004, zs], false)
  def(`${n}-tp`, [n.startsWith('c') ? 0.02 : n.startsWith('l') ? 0.03 : 0.025, y, (zb + zs) / 2])
}
def('sacrum-mid', [0, 0.54, -0.043], false)
def('sacrum-low', [0, 0.522, -0.045], false)
def('coccyx-bone', [0, 0.503, -0.04], false)
// thorax
def('sternal-notch', [0, 0.811, 0.03], false)
def('sternal-angle', [0, 0.79, 0.045], false)
def('sternum-mid-bone', [0, 0.755, 0.055], false)
def('xiphoid-bone', [0, 0.71, 0.058], false)
def('sternoclavicular-joint', [0.013, 0.813, 0.03])
def('rib1-anterior', [0.022, 0.803, 0.032])
def('rib2-anterior', [0.03, 0.785, 0.044])
def('rib3-anterior', [0.035, 0.765, 0.052])
def('rib5-anterior', [0.04, 0.735, 0.058])
def('rib5-lateral', [0.075, 0.72, 0.034])
def('rib6-anterior', [0.04, 0.715, 0.056])
def('costal-margin-bone', [0.055, 0.668, 0.044])
def('rib8-lateral', [0.08, 0.688, 0.01])
def('rib10-lateral', [0.08, 0.654, -0.005])
def('rib12-tip', [0.06, 0.63, -0.03])
def('rib-angle-upper', [0.04, 0.78, -0.05])
def('rib-angle-lower', [0.045, 0.668, -0.045])
def('rib-lateral-upper', [0.068, 0.77, 0.0])
// shoulder girdle
def('clavicle-mid-bone', [0.06, 0.816, 0.022])
// AC joint ~24 mm medial and ~4 mm posterior of the glenohumeral centre (DAS3, Seth 2019 scapulae
// registered on ours); clavicle SC-AC ~147 mm (adult male 140-160 mm)
def('acromioclavicular', [0.0875, 0.821, -0.006])
def('acromion-bone', [0.114, 0.818, -0.003], true, 'biacromial 0.228 H (Pheasant, Bodyspace)')
// coracoid tip ~14 mm medial of the glenohumeral centre. Seth 2019 / DAS3 put it ~2 cm further
// back, but coracobrachialis is laid under the skin along a medial hint from here: deeper than
// ~12 mm under the front of the shoulder its rays cross the whole chest (see the report)
def('coracoid-bone', [0.09, 0.801, 0.012]) // DAS3 and Seth 2019 (tests/model/reference) put it ~2 cm behind the skin
def('scap-superior-angle', [0.05, 0.805, -0.054])
def('scap-spine-root', [0.046, 0.78, -0.064])
def('scap-spine-mid', [0.077, 0.797, -0.05])
def('scap-inferior-angle', [0.056, 0.724, -0.058])
def('scap-lateral-border', [0.082, 0.755, -0.045])
def('infraglenoid', [0.09, 0.789, -0.016])
def('supraspinous-fossa-bone', [0.072, 0.806, -0.046])
def('infraspinous-fossa-bone', [0.069, 0.76, -0.058])
def('subscapular-fossa', [0.069, 0.765, -0.042])
def('glenohumeral', GH)
def('greater-tubercle', [0.115, 0.801, 0.004])
def('lesser-tubercle', [0.103, 0.799, 0.015])
def('humerus-neck-post', armP(0.08, 0.005, -0.014))
def('bicipital-groove', armP(0.12, 0.01, 0.02))
def('deltoid-tuberosity', armP(0.48, 0.014, 0.004)) // about mid-shaft (Gray's); MoBL DELT2 insertion within ~5 mm
def('humerus-mid', armP(0.5))
def('humerus-lower', armP(0.78))
def('elbow', ELBOW, true, 'elbow 0.630 (Winter fig 4.1)')
def('lateral-epicondyle', armP(1, 0.017, 0.0))
def('medial-epicondyle', armP(1, -0.021, -0.004))
def('lateral-supracondylar', armP(0.8, 0.02, -0.002))
def('olecranon-bone', armP(0.99, 0, -0.022))
def('radial-head', foreP(0.07, 0.015, 0.002))
def('radial-tuberosity', foreP(0.14, 0.006, 0.006))
def('coronoid-ulna', foreP(0.06, -0.008, 0.01))
def('ulna-upper', foreP(0.22, -0.012, -0.014))
def('ulna-mid', foreP(0.5, -0.014, -0.01))
def('radius-mid', foreP(0.5, 0.012, 0.0))
def('radius-lower', foreP(0.82, 0.014, 0.0))
def('wrist', WRIST, true, 'wrist 0.485 (Winter fig 4.1)')
def('radial-styloid-bone', foreP(1, 0.018, 0.0))
def('ulnar-styloid-bone', foreP(0.99, -0.015, -0.006))
def('pisiform', hp(0.006, -0.011, 0.008))
def('scaphoid', hp(0.008, 0.009, 0.006))
def('hamate', hp(0.014, -0.008, 0.006))
def('trapezium', hp(0.013, 0.012, 0.006))
def('mc1-base', hp(0.015, 0.014, 0.004))
def('mc1-head', hp(0.036, 0.028, 0.014))
def('thumb-tip-bone', hp(0.075, 0.042, 0.03))
def('mc2-base', hp(0.018, 0.008, 0.0))
def('mc2-head', hp(0.052, 0.011, 0.0))
def('mc3-head', hp(0.054, 0.0, 0.0))
def('mc4-head', hp(0.052, -0.01, 0.0))
def('mc5-base', hp(0.018, -0.013, 0.0))
def('mc5-head', hp(0.048, -0.019, 0.0))
def('index-tip-bone', hp(0.1, 0.015, 0.004))
def('middle-tip-bone', hp(HAND - 0.004, 0.001, 0.004), true, 'fingertip 0.377 (Winter fig 4.1)')
def('ring-tip-bone', hp(0.1, -0.012, 0.004))
def('little-tip-bone', hp(0.087, -0.024, 0.004))
def('index-mid', hp(0.075, 0.013, 0.004))
def('little-mid', hp(0.068, -0.022, 0.004))
// pelvis and hip
def('iliac-crest-top', [0.078, 0.596, -0.01])
def('iliac-tubercle', [0.08, 0.585, 0.012])
def('iliac-crest-post', [0.05, 0.585, -0.044])
def('asis-bone', [0.0686, 0.56, 0.034])
def('aiis', [0.06, 0.545, 0.03])
def('psis-bone', [0.026, 0.548, -0.054])
def('sacroiliac-bone', [0.03, 0.54, -0.04])
def('iliac-fossa', [0.055, 0.57, 0.005])
def('gluteal-surface', [0.07, 0.56, -0.035])
def('pubic-tubercle', [0.013, 0.508, 0.038])
def('pubic-symphysis', [0, 0.507, 0.04], false)
def('pubic-ramus-inf', [0.022, 0.492, 0.026])
def('ischial-spine', [0.028, 0.515, -0.02])
def('ischial-tuberosity-bone', [0.032, 0.49, -0.024])
def('obturator', [0.035, 0.502, 0.012])
def('hip-joint', HJC, true, 'hip joint centre (Bell et al. from ASIS)')
def(
  'greater-trochanter-bone',
  [0.092, 0.527, -0.002],
  true,
  'greater trochanter 0.530 (Winter fig 4.1)',
)
def('trochanteric-fossa', [0.083, 0.52, -0.01])
def('lesser-trochanter', [0.058, 0.497, -0.006])
def('gluteal-tuberosity', legP(HJC, KNEE, 0.15, 0.022, -0.012))
def('linea-aspera', legP(HJC, KNEE, 0.5, 0.003, -0.014))
def('femur-mid', legP(HJC, KNEE, 0.5, 0.004, 0.004))
def('femur-lower', legP(HJC, KNEE, 0.8, 0.0, 0.004))
def('adductor-tubercle', legP(HJC, KNEE, 0.93, -0.02, -0.004))
def('knee', KNEE, true, 'knee 0.285 (Winter fig 4.1)')
def('femoral-condyle-lateral', legP(HJC, KNEE, 1, 0.024, -0.006))
def('femoral-condyle-medial', legP(HJC, KNEE, 1, -0.024, -0.006))
def('patella-bone', [0.054, 0.292, 0.03])
def('tibial-tuberosity-bone', [0.054, 0.262, 0.022])
def('tibial-condyle-medial', [0.034, 0.275, 0.0])
def('tibial-condyle-lateral', [0.072, 0.275, -0.002])
def('pes-anserinus', [0.038, 0.255, 0.014])
def('fibula-head', [0.074, 0.268, -0.01])
def('tibia-mid', legP(KNEE, ANKLE, 0.5, -0.004, 0.008))
def('tibia-lower', legP(KNEE, ANKLE, 0.8, -0.005, 0.006))
def('fibula-mid', legP(KNEE, ANKLE, 0.5, 0.016, -0.008))
def('fibula-lower', legP(KNEE, ANKLE, 0.82, 0.014, -0.006))
def('interosseous-membrane', legP(KNEE, ANKLE, 0.4, 0.006, -0.002))
def('ankle', ANKLE, true, 'ankle 0.039 (Winter fig 4.1)')
def('malleolus-lateral-bone', [0.066, 0.036, -0.004])
def('malleolus-medial-bone', [0.043, 0.043, 0.004])
def('calcaneus-back', footP(-0.06, 0.0, 0.03))
def(
  'calcaneus-plantar',
  footP(-0.025, 0.002, 0.012),
  true,
  'heel centre: the frame origin lies midway between the two',
)
def('talus-neck', footP(0.025, 0.0, 0.055))
def('navicular', footP(0.04, -0.02, 0.045))
def('cuboid', footP(0.045, 0.022, 0.025))
def('mt1-base', footP(0.075, -0.022, 0.035))
def('mt5-base', footP(0.07, 0.032, 0.016))
def('mt1-head', footP(0.135, -0.027, 0.018))
def('mt3-head', footP(0.13, 0.002, 0.015))
def('mt5-head', footP(0.112, 0.036, 0.013))
def('hallux-tip', footP(0.19, -0.028, 0.013), true, 'foot length 0.152 (Winter fig 4.1)')
def('toe2-tip', footP(0.183, -0.004, 0.011))
def('toe5-tip', footP(0.148, 0.04, 0.01))
// Seeds that keep the region atlas's toe regions on the toes: the ball of the foot under the
// metatarsal heads belongs to the sole, the skin over them to the top of the foot.
def('mt1-head-plantar', footP(0.135, -0.027, 0.0))
def('mt5-head-plantar', footP(0.112, 0.036, 0.0))
def('forefoot-dorsal', footP(0.115, 0.004, 0.038))

/** Side-aware naming: a left/midline name becomes its .L/.R variant when sided. */
export function sidedName(name: string, side: 'L' | 'R'): string {
  const e = INTERNAL[name]
  if (!e) throw new Error(`unknown internal landmark ${name}`)
  return e.sided ? `${name}.${side}` : name
}

/** All internal landmarks in metres, both sides. */
export function internalLandmarks(): Map<string, Vec3> {
  const out = new Map<string, Vec3>()
  for (const [name, e] of Object.entries(INTERNAL)) {
    const p: Vec3 = [e.p[0] * STATURE, e.p[1] * STATURE, e.p[2] * STATURE]
    if (e.sided) {
      out.set(`${name}.L`, p)
      out.set(`${name}.R`, [-p[0], p[1], p[2]])
    } else out.set(name, p)
  }
  return out
}

/** Left-side / midline getter in metres (the generator builds the left side and mirrors it). */
export function L(name: string): Vec3 {
  const e = INTERNAL[name]
  if (!e) throw new Error(`unknown internal landmark ${name}`)
  return [e.p[0] * STATURE, e.p[1] * STATURE, e.p[2] * STATURE]
}
