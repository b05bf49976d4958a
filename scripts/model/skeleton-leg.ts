/**
 * The lower-limb skeleton (femur, knee, tibia, fibula, foot) and the iliotibial tract, as shaped
 * implicit primitives placed on the landmark table. Rows are written for the LEFT side; `m`
 * mirrors them for the right.
 *
 * The iliotibial tract is connective tissue, not muscle: it is drawn with the skeleton (bone
 * colour), as a thin curved sheet (~6 mm, the least the 4 mm mesher grid keeps whole) laid just
 * under the skin of the lateral thigh, from the iliac tubercle over the greater trochanter and
 * vastus lateralis to Gerdy's tubercle on the lateral tibial condyle (Gray's Anatomy, fascia
 * lata). The patellar ligament is drawn the same way.
 */
import { skinField } from './body'
import { L } from './landmarks'
import { type Vec3, add, catmull, cross, lerp, madd, norm, sub } from './math'
import { type Field, type Prim, ellipsoid, loft, roundCone } from './sdf'

const G = 0
const TOE_OUT = (7 * Math.PI) / 180

/** A foot point: metres forward of the ankle centre, lateral of it, and height above the floor. */
function footPoint(fwd: number, lat: number, up: number): Vec3 {
  const a = L('ankle')
  return [
    a[0] + fwd * Math.sin(TOE_OUT) + lat * Math.cos(TOE_OUT),
    up,
    a[2] + fwd * Math.cos(TOE_OUT) - lat * Math.sin(TOE_OUT),
  ]
}

/** Femur (shaft and condyles), patella and patellar ligament, tibia, fibula. */
export function legBones(m: (p: Vec3) => Vec3): Prim[] {
  const M = (p: Vec3): Vec3 => m(p)
  const rc = (a: Vec3, b: Vec3, ra: number, rb: number, k = 0.006): Prim =>
    roundCone(G, M(a), M(b), ra, rb, k)
  const el = (c: Vec3, r: Vec3, ax: Vec3 = [1, 0, 0], ay: Vec3 = [0, 1, 0], k = 0.006): Prim =>
    ellipsoid(G, M(c), r, M(ax), M(ay), k)
  const out: Prim[] = []
  const hj = L('hip-joint')
  const gt = L('greater-trochanter-bone')
  const K = L('knee')
  // femoral head, neck and greater trochanter
  out.push(el(hj, [0.024, 0.024, 0.024]))
  out.push(rc(hj, gt, 0.016, 0.018, 0.01))
  out.push(el(add(gt, [-0.002, -0.01, 0]), [0.013, 0.026, 0.017], [1, 0, 0], [0, 1, 0], 0.01))
  // shaft, a little bowed forward, flaring into the condyles
  const shaftTop = add(gt, [-0.017, -0.02, 0])
  const shaftLow = add(K, [0, 0.075, -0.002])
  out.push(rc(shaftTop, lerp(shaftTop, shaftLow, 0.5), 0.0145, 0.0135, 0.012))
  out.push(rc(lerp(shaftTop, shaftLow, 0.5), shaftLow, 0.0135, 0.015, 0.012))
  // distal femur: a flattened flare (wide side to side, deep front to back) into the condyles
  out.push(
    loft(
      G,
      M(add(K, [0, 0.085, -0.002])),
      M(add(K, [0, 0.022, -0.006])),
      [
        { t: 0, a: 0.015, b: 0.014 },
        { t: 0.5, a: 0.026, b: 0.018 },
        { t: 1, a: 0.037, b: 0.022 },
      ],
      [0, 0, 1],
      0.01,
      0.6,
    ),
  )
  // condyles: long front to back, rounded below; the lateral one a little smaller
  out.push(el(add(K, [0.02, 0.017, -0.004]), [0.014, 0.021, 0.027], [1, 0, 0], [0, 1, 0], 0.006))
  out.push(el(add(K, [-0.021, 0.016, -0.005]), [0.015, 0.022, 0.027], [1, 0, 0], [0, 1, 0], 0.006))
  // the trochlea (patellar groove) in front, where the patella glides
  out.push(el(add(K, [0, 0.03, 0.017]), [0.02, 0.022, 0.013], [1, 0, 0], [0, 1, 0], 0.008))
  // patella: a flattened rounded triangle resting on the femoral groove, apex down
  const pat = add(L('patella-bone'), [0, 0.004, -0.008])
  out.push(
    el(pat, [0.021, 0.022, 0.0085], [1, 0, 0], norm([0, 1, -0.12]), 0.004),
    el(add(pat, [0, -0.016, -0.001]), [0.011, 0.009, 0.006], [1, 0, 0], [0, 1, 0], 0.006),
  )
  // patellar ligament (connective tissue, drawn in the bone colour) to the tibial tuberosity
  const tt = L('tibial-tuberosity-bone')
  out.push(
    loft(
      G,
      M(add(pat, [0, -0.016, -0.001])),
      M(add(tt, [0, 0.004, 0.003])),
      [
        { t: 0, a: 0.012, b: 0.0045 },
        { t: 1, a: 0.01, b: 0.0045 },
      ],
      [0, 0, 1],
      0.004,
    ),
  )
  // tibia: plateau (two condyles), tuberosity, shaft, medial malleolus
  out.push(
    loft(
      G,
      M(add(K, [0, -0.018, -0.004])),
      M(add(K, [0, -0.065, 0.004])),
      [
        { t: 0, a: 0.037, b: 0.025 },
        { t: 0.35, a: 0.034, b: 0.023 },
        { t: 1, a: 0.018, b: 0.017 },
      ],
      [0, 0, 1],
      0.005,
      0.35,
    ),
  )
  out.push(el(add(tt, [0, 0, -0.004]), [0.01, 0.016, 0.008], [1, 0, 0], [0, 1, 0], 0.008))
  // Gerdy's tubercle, where the iliotibial tract ends
  out.push(el(gerdy(), [0.008, 0.008, 0.007], [1, 0, 0], [0, 1, 0], 0.008))
  out.push(rc(add(K, [0, -0.055, 0.006]), L('tibia-lower'), 0.017, 0.012, 0.015))
  out.push(rc(L('tibia-lower'), L('malleolus-medial-bone'), 0.012, 0.0105, 0.01))
  out.push(el(L('malleolus-medial-bone'), [0.008, 0.014, 0.01], [1, 0, 0], [0, 1, 0], 0.006))
  // fibula: a real head (below and behind the lateral tibial condyle), a slender shaft, the
  // lateral malleolus reaching lower than the medial one
  const fh = add(L('fibula-head'), [-0.004, -0.004, 0])
  out.push(el(fh, [0.0095, 0.011, 0.0095], [1, 0, 0], [0, 1, 0], 0.008))
  out.push(rc(add(fh, [0.001, -0.01, 0]), L('fibula-lower'), 0.0065, 0.0055))
  out.push(rc(L('fibula-lower'), L('malleolus-lateral-bone'), 0.0055, 0.008))
  out.push(
    el(
      add(L('malleolus-lateral-bone'), [0, -0.004, 0]),
      [0.008, 0.016, 0.01],
      [1, 0, 0],
      [0, 1, 0],
    ),
  )
  return out
}

/** Gerdy's tubercle: the anterolateral face of the lateral tibial condyle. */
function gerdy(): Vec3 {
  return add(L('tibial-condyle-lateral'), [-0.01, -0.006, 0.02])
}

/** Foot skeleton: calcaneus, talus, navicular, cuboid, cuneiforms, five rays. */
export function footBones(m: (p: Vec3) => Vec3): Prim[] {
  const F = (fwd: number, lat: number, up: number): Vec3 => m(footPoint(fwd, lat, up))
  const fx = norm(sub(footPoint(1, 0, 0), footPoint(0, 0, 0)))
  const ax = m(fx)
  const rc = (a: Vec3, b: Vec3, ra: number, rb: number, k = 0.004): Prim =>
    roundCone(G, a, b, ra, rb, k)
  const el = (c: Vec3, r: Vec3, k = 0.006, up: Vec3 = [0, 1, 0]): Prim =>
    ellipsoid(G, c, r, ax, up, k)
  const out: Prim[] = []
  // calcaneus: the tuber behind, tall, narrowing forward to the cuboid facet; sustentaculum
  // medially. Its plantar face sits ~15 mm above the sole (the heel pad), the arch higher still.
  out.push(el(F(-0.046, 0.004, 0.036), [0.02, 0.021, 0.016], 0.01))
  out.push(
    loft(
      G,
      F(-0.044, 0.004, 0.036),
      F(0.03, 0.017, 0.032),
      [
        { t: 0, a: 0.015, b: 0.019 },
        { t: 0.45, a: 0.014, b: 0.016, f: 0.004 },
        { t: 1, a: 0.013, b: 0.012 },
      ],
      [0, 1, 0],
      0.01,
      0.6,
    ),
  )
  out.push(el(F(0.006, -0.013, 0.044), [0.012, 0.005, 0.006], 0.006))
  // talus: the trochlea under the tibia, neck and head forward and medial to the navicular
  out.push(el(F(0.002, 0.002, 0.055), [0.022, 0.015, 0.013], 0.008))
  out.push(rc(F(0.014, -0.002, 0.056), F(0.036, -0.012, 0.051), 0.0105, 0.012, 0.008))
  // navicular, cuboid, three cuneiforms
  out.push(el(F(0.048, -0.016, 0.048), [0.008, 0.011, 0.016], 0.006, norm([0, 1, 0.3])))
  out.push(el(F(0.047, 0.021, 0.031), [0.016, 0.011, 0.012], 0.006))
  out.push(
    el(F(0.066, -0.021, 0.042), [0.012, 0.014, 0.008], 0.005),
    el(F(0.066, -0.008, 0.045), [0.01, 0.01, 0.006], 0.005),
    el(F(0.063, 0.004, 0.041), [0.01, 0.01, 0.006], 0.005),
  )
  // metatarsals: bases high, heads low (the longitudinal arch), fanning slightly
  const rays: [number, number, number, number, number, number, number, number][] = [
    // base fwd, lat, up; head fwd, lat, up; shaft radius; head radius
    [0.078, -0.022, 0.038, 0.135, -0.027, 0.02, 0.008, 0.01],
    [0.08, -0.009, 0.04, 0.142, -0.012, 0.017, 0.005, 0.0065],
    [0.077, 0.003, 0.037, 0.136, 0.003, 0.016, 0.0048, 0.0062],
    [0.073, 0.014, 0.032, 0.127, 0.018, 0.015, 0.0046, 0.006],
    [0.067, 0.028, 0.025, 0.114, 0.034, 0.014, 0.0048, 0.006],
  ]
  // toes: proximal knuckle, tip (fwd, lat, up)
  const toes: [number, number, number, number, number, number][] = [
    [0.165, -0.029, 0.018, 0.19, -0.029, 0.012],
    [0.166, -0.014, 0.018, 0.183, -0.015, 0.009],
    [0.158, 0.002, 0.017, 0.175, 0.0, 0.009],
    [0.147, 0.018, 0.016, 0.163, 0.016, 0.009],
    [0.132, 0.034, 0.015, 0.148, 0.033, 0.009],
  ]
  rays.forEach(([bf, bl, bu, hf, hl, hu, r, rh], i) => {
    const base = F(bf, bl, bu)
    const head = F(hf, hl, hu)
    out.push(rc(base, head, r * 1.25, r * 0.9, 0.005))
    out.push(el(head, [rh * 1.1, rh, rh], 0.005))
    const [kf, kl, ku, tf, tl, tu] = toes[i]!
    const knuckle = F(kf, kl, ku)
    const tip = F(tf, tl, tu)
    const tr = i === 0 ? 0.0075 : 0.0042
    out.push(rc(head, knuckle, tr, tr * 0.85, 0.003))
    out.push(rc(knuckle, tip, tr * 0.85, tr * 0.7, 0.003))
  })
  // the tuberosity of the fifth metatarsal
  out.push(el(F(0.064, 0.034, 0.022), [0.009, 0.007, 0.007], 0.006))
  return out
}

let ittCache: Vec3[][] | null = null

/**
 * Rows of points on the iliotibial tract (left side), each row across the band, laid at a fixed
 * depth under the skin field (ray-cast from inside the thigh outward), top (iliac tubercle) to
 * bottom (Gerdy's tubercle).
 */
function ittGrid(skin: Field): Vec3[][] {
  const hj = L('hip-joint')
  const K = L('knee')
  const tub = L('iliac-tubercle')
  const gt = L('greater-trochanter-bone')
  const gd = gerdy()
  // centre line of the band (inside the body) and outward directions along it
  const inner: Vec3[] = [
    add(tub, [-0.03, -0.004, -0.006]),
    add(gt, [-0.03, 0.045, -0.008]),
    add(gt, [-0.04, -0.02, -0.006]),
    lerp(hj, K, 0.35),
    lerp(hj, K, 0.6),
    lerp(hj, K, 0.85),
    add(gd, [-0.02, 0.012, -0.012]),
  ]
  const dirs: Vec3[] = [
    [1, 0.35, 0.0],
    [1, 0.05, -0.05],
    [1, 0, -0.06],
    [1, 0, 0.0],
    [1, 0, 0.05],
    [1, 0, 0.2],
    [1, 0, 0.55],
  ]
  // half-width of the band (m) and depth of its mid-surface under the skin
  const halfW = [0.012, 0.022, 0.024, 0.022, 0.018, 0.013, 0.007]
  const depth = [0.005, 0.0038, 0.0036, 0.0036, 0.0036, 0.004, 0.0062]
  const rows: Vec3[][] = []
  const NV = 10
  const NU = 3
  const interp = (arr: number[], t: number): number => {
    const x = t * (arr.length - 1)
    const i = Math.min(arr.length - 2, Math.floor(x))
    return arr[i]! + (arr[i + 1]! - arr[i]!) * (x - i)
  }
  for (let j = 0; j <= NV; j++) {
    const t = j / NV
    const c = catmull(inner, t)
    const d = norm(catmull(dirs, t))
    const dep = interp(depth, t)
    const hit = skin.rayTo(c, d, -dep, 0.3) ?? madd(c, d, 0.03)
    const tan = norm(
      sub(catmull(inner, Math.min(1, t + 0.02)), catmull(inner, Math.max(0, t - 0.02))),
    )
    const across = norm(cross(tan, skin.grad(hit)))
    const w = interp(halfW, t)
    const row: Vec3[] = []
    for (let i = 0; i <= NU; i++) {
      const u = i / NU - 0.5
      row.push(skin.project(madd(hit, across, 2 * u * w), -dep, 6))
    }
    rows.push(row)
  }
  return rows
}

/**
 * A primitive that is drawn but (almost) does not place muscles: its distance is reported only
 * within `reach` of its surface and is "far" beyond. The skeleton field also lays deep muscles on
 * bone (gluteus medius and minimus, vastus intermedius), and a fascia sheet must not attract
 * them. `reach` must stay about one mesher cell (4 mm): the mesher projects its vertices onto the
 * surface with Newton steps, and a smaller reach leaves vertices stranded off it (spikes).
 */
function drawnOnly(p: Prim, reach = 0.0045): Prim {
  return {
    ...p,
    drawnOnly: true,
    d(x, y, z) {
      const d = p.d(x, y, z)
      return d < reach ? d : 1
    },
  }
}

/** The iliotibial tract: strips of a thin curved band, blended into one sheet. */
export function iliotibialTract(m: (p: Vec3) => Vec3): Prim[] {
  ittCache ??= ittGrid(skinField())
  const rows = ittCache
  const out: Prim[] = []
  const T = 0.003 // half-thickness: the sheet must stay >= 1 voxel (4 mm) thick to mesh whole
  for (let j = 0; j + 1 < rows.length; j++) {
    const r0 = rows[j]!
    const r1 = rows[j + 1]!
    for (let i = 0; i + 1 < r0.length; i++) {
      const a = lerp(r0[i]!, r0[i + 1]!, 0.5)
      const b = lerp(r1[i]!, r1[i + 1]!, 0.5)
      const wa = 0.5 * Math.hypot(...sub(r0[i + 1]!, r0[i]!)) * 1.6
      const wb = 0.5 * Math.hypot(...sub(r1[i + 1]!, r1[i]!)) * 1.6
      // thin axis = the local outward normal of the sheet
      const normal = norm(cross(sub(r0[i + 1]!, r0[i]!), sub(b, a)))
      out.push(
        drawnOnly(
          loft(
            G,
            m(a),
            m(b),
            [
              { t: 0, a: wa, b: T },
              { t: 1, a: wb, b: T },
            ],
            m(normal),
            0.004,
            1.4,
          ),
        ),
      )
    }
  }
  return out
}
