/**
 * The wrist and hand skeleton (distal radius and ulnar head, carpus, metacarpals, phalanges) as
 * shaped implicit primitives placed on the landmark table. Rows are written for the LEFT side; `m`
 * mirrors them for the right.
 *
 * Proportions (Gray's Anatomy, osteology of the hand): the carpus is a compact block about 3.5 cm
 * wide and 2.5 cm long in two rows (scaphoid, lunate, triquetrum with the pisiform in front;
 * trapezium, trapezoid, capitate, hamate with its hook); the five metacarpals fan from it, each a
 * base, a slender shaft and a rounded head (the knuckle), lying nearer the back of the hand than
 * the palm; the phalanges of a finger are about 0.5 : 0.3 : 0.2 of its length, each with a broad
 * base and a pulley-shaped head at the joint; the thumb ray (first metacarpal and two phalanges)
 * leaves the trapezium in front of the others, turned toward the palm.
 */
import { L } from './landmarks'
import { type Vec3, add, cross, lerp, madd, norm, sub } from './math'
import { type Prim, ellipsoid, roundCone } from './sdf'

const G = 0

/** The hand frame (left side): distal along the middle ray, lateral (thumb side), palmar. */
export function handFrame(): { W: Vec3; D: Vec3; S: Vec3; F: Vec3 } {
  const W = L('wrist')
  const D = norm(sub(L('mc3-head'), W))
  const F: Vec3 = [0, 0, 1]
  const S = norm(cross(F, D)) // D points down and out, F forward: S points lateral (+X)
  return { W, D, S: S[0] < 0 ? [-S[0], -S[1], -S[2]] : S, F }
}

/** A point of the left hand: mm distal of the wrist centre, lateral (thumb side), palmar. */
export function handPoint(along: number, side: number, front: number): Vec3 {
  const { W, D, S, F } = handFrame()
  return add(add(madd(W, D, along / 1000), madd([0, 0, 0], S, side / 1000)), [
    F[0] * (front / 1000),
    F[1] * (front / 1000),
    F[2] * (front / 1000),
  ])
}

/** Metacarpals as [base, head] points; fingers as [MCP centre, tip bone, fraction of PIP, DIP]. */
export function handRays(): {
  mc: [Vec3, Vec3][]
  fingers: [Vec3, Vec3, number, number][]
  thumb: [Vec3, Vec3, Vec3]
} {
  const dorsal = -4 // mm: metacarpals lie nearer the back of the hand
  const hp = handPoint
  const mcBase: Vec3[] = [
    hp(28, 24, 4),
    hp(31, 13, dorsal + 1),
    hp(30, 2, dorsal + 1),
    hp(30, -9, dorsal + 1),
    hp(29, -20, dorsal + 1),
  ]
  const mcHead: Vec3[] = [
    add(L('mc1-head'), [0, 0, -0.002]),
    add(L('mc2-head'), [0, 0, dorsal / 1000]),
    add(L('mc3-head'), [0, 0, dorsal / 1000]),
    add(L('mc4-head'), [0, 0, dorsal / 1000]),
    add(L('mc5-head'), [0, 0, dorsal / 1000]),
  ]
  const tips = ['index-tip-bone', 'middle-tip-bone', 'ring-tip-bone', 'little-tip-bone']
  // the phalanges lie on the finger's axis (the flexor tendons and pulp in front)
  const fingers = tips.map((t, i): [Vec3, Vec3, number, number] => [
    add(mcHead[i + 1]!, [0, 0, 0.0025]),
    add(L(t), [0, 0, -0.0004]),
    i === 3 ? 0.52 : 0.5,
    i === 3 ? 0.8 : 0.79,
  ])
  return {
    mc: mcBase.map((b, i) => [b, mcHead[i]!]),
    fingers,
    thumb: [mcHead[0]!, lerp(mcHead[0]!, L('thumb-tip-bone'), 0.56), L('thumb-tip-bone')],
  }
}

export function handBones(m: (p: Vec3) => Vec3): Prim[] {
  const rc = (a: Vec3, b: Vec3, ra: number, rb: number, k = 0.003): Prim =>
    roundCone(G, m(a), m(b), ra, rb, k)
  const { D, S } = handFrame()
  const el = (c: Vec3, r: Vec3, ax: Vec3 = S, ay: Vec3 = D, k = 0.004): Prim =>
    ellipsoid(G, m(c), r, m(ax), m(ay), k)
  const hp = handPoint
  const out: Prim[] = []
  // distal radius: the broad end (radial styloid laterally) and the ulnar head
  out.push(el(hp(-9, 8, -1), [0.016, 0.008, 0.0085], S, D, 0.008))
  out.push(el(hp(-5, 20, 0), [0.006, 0.009, 0.0065], norm(add(S, D)), D, 0.006))
  out.push(el(hp(-8, -17, -3), [0.0065, 0.0065, 0.0065], S, D, 0.006))
  // carpus: proximal row (scaphoid, lunate, triquetrum, pisiform), distal row (trapezium,
  // trapezoid, capitate, hamate and its hook)
  out.push(
    el(hp(8, 13, 0), [0.0085, 0.0065, 0.0065], norm(add(S, D)), D),
    el(hp(7, 1, -1), [0.0072, 0.007, 0.007]),
    el(hp(8, -11, -1), [0.0065, 0.006, 0.0065]),
    el(hp(10, -15, 6), [0.0045, 0.0045, 0.0045]),
    el(hp(21, 19, 3), [0.0065, 0.0075, 0.0065]),
    el(hp(21, 9, -1), [0.0055, 0.006, 0.006]),
    el(hp(20, 0, 0), [0.0065, 0.009, 0.0075]),
    el(hp(20, -13, 0), [0.0075, 0.008, 0.007]),
    el(hp(23, -12, 7), [0.003, 0.004, 0.004]),
  )
  // metacarpals: base, shaft, head
  const { mc, fingers, thumb } = handRays()
  mc.forEach(([b, h], i) => {
    const ax = norm(sub(h, b))
    const side = norm(cross([0, 0, 1], ax))
    const thumbRay = i === 0
    const rs = thumbRay ? 0.0045 : i === 4 ? 0.0033 : 0.0036
    out.push(el(b, thumbRay ? [0.006, 0.006, 0.006] : [0.0052, 0.005, 0.0055], side, ax))
    out.push(rc(madd(b, ax, 0.004), madd(h, ax, -0.004), rs * 1.15, rs))
    out.push(
      el(
        madd(h, [0, 0, 1], 0.0005),
        thumbRay ? [0.006, 0.006, 0.006] : [0.0052, 0.0062, 0.006],
        side,
        ax,
      ),
    )
  })
  // phalanges: proximal, middle, distal, each a broad base, a waisted shaft and a head
  const phalanx = (a: Vec3, b: Vec3, r: number, tip = false): void => {
    const ax = norm(sub(b, a))
    const side = norm(cross([0, 0, 1], ax))
    const base = madd(a, ax, r * 1.05)
    out.push(el(base, [r * 1.25, r * 0.9, r * 0.95], side, ax, 0.003))
    if (tip) {
      out.push(rc(base, madd(b, ax, -r * 0.7), r * 0.85, r * 0.75))
      out.push(el(madd(b, ax, -r * 0.7), [r * 1.05, r * 0.85, r * 0.75], side, ax, 0.003))
    } else {
      out.push(rc(base, madd(b, ax, -r * 0.9), r * 0.78, r * 0.72))
      out.push(el(madd(b, ax, -r * 0.9), [r * 1.1, r * 0.85, r * 0.95], side, ax, 0.003))
    }
  }
  fingers.forEach(([mcp, tip, f1, f2], i) => {
    const r = i === 3 ? 0.0044 : 0.0049
    const pip = lerp(mcp, tip, f1)
    const dip = lerp(mcp, tip, f2)
    const ax = norm(sub(tip, mcp))
    phalanx(madd(mcp, ax, 0.004), pip, r)
    phalanx(pip, dip, r * 0.86)
    phalanx(dip, tip, r * 0.78, true)
  })
  const [tm, ti, tt] = thumb
  const tax = norm(sub(tt, tm))
  phalanx(madd(tm, tax, 0.004), ti, 0.0052)
  phalanx(ti, tt, 0.0046, true)
  return out
}
