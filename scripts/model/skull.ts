/**
 * The skull as shaped implicit primitives: a neurocranium with temporal fossae, frontal bone with
 * supraorbital margins, orbits, nasal bones and the piriform aperture, maxillae with the alveolar
 * arch and teeth, zygomatic bones and arches, mastoid processes, and a mandible with body, chin,
 * angle, ramus, coronoid and condylar processes. Placed on the head landmarks of landmarks.ts;
 * proportions from standard craniometry (maximum cranial length ~190 mm, breadth ~140 mm,
 * bizygomatic breadth ~130 mm, bigonial breadth ~100 mm, orbit ~40 x 35 mm, piriform aperture
 * ~25 x 32 mm, ramus breadth ~30 mm) laid ~5-8 mm under the scalp, deeper where the temporalis,
 * masseter and buccal fat lie.
 *
 * `skullPrims()` are the solids (with the temporal-fossa carves interleaved: everything after them
 * is added back, e.g. the zygomatic arch spanning the fossa); `skullCarves()` (orbits, nasal
 * aperture, mandibular notch) must come after every solid of the skeleton field.
 */
import { L } from './landmarks'
import { type Vec3, add, mirror, norm } from './math'
import { type Prim, carve, ellipsoid, loft, roundCone } from './sdf'

const G = 0
const SIDES: ((p: Vec3) => Vec3)[] = [(p) => p, mirror]
const rc = (a: Vec3, b: Vec3, ra: number, rb: number, k = 0.004): Prim =>
  roundCone(G, a, b, ra, rb, k)

/** Round cones through a polyline of [point, radius] knots. */
function chain(m: (p: Vec3) => Vec3, knots: [Vec3, number][], k = 0.004): Prim[] {
  const out: Prim[] = []
  for (let i = 1; i < knots.length; i++) {
    const [a, ra] = knots[i - 1]!
    const [b, rb] = knots[i]!
    out.push(rc(m(a), m(b), ra, rb, k))
  }
  return out
}

export function skullPrims(): Prim[] {
  const out: Prim[] = []
  // neurocranium: the vault, a little longer than wide, and the forehead (frontal squama)
  out.push(ellipsoid(G, [0, 1.659, -0.023], [0.067, 0.077, 0.087], [1, 0, 0], [0, 1, 0], 0.02))
  out.push(ellipsoid(G, [0, 1.653, 0.002], [0.058, 0.068, 0.074], [1, 0, 0], [0, 1, -0.22], 0.02))
  // the underside of the occipital bone below the nuchal lines, flattened toward the foramen
  // magnum (room for the suboccipital muscles and the semispinalis capitis insertion)
  out.push(carve(ellipsoid(G, [0, 1.572, -0.08], [0.07, 0.045, 0.05], [1, 0, 0], [0, 1, 0], 0.012)))
  // the block behind the orbits and the nasal root (sphenoid, ethmoid): the orbits' back walls
  out.push(ellipsoid(G, [0, 1.622, 0.052], [0.04, 0.026, 0.038], [1, 0, 0], [0, 1, 0], 0.012))
  // the maxillae joined under the nose (alveolar region above the upper teeth)
  out.push(ellipsoid(G, [0, 1.577, 0.068], [0.028, 0.014, 0.014], [1, 0, 0], [0, 1, 0], 0.01))
  // the lower frontal bone above the brows (fills the glabella between the supraorbital margins)
  out.push(ellipsoid(G, [0, 1.653, 0.072], [0.04, 0.014, 0.012], [1, 0, 0], [0, 1, -0.3], 0.012))
  // cranial base between the mastoids, above the atlas
  out.push(ellipsoid(G, [0, 1.602, -0.018], [0.034, 0.018, 0.036], [1, 0, 0], [0, 1, 0], 0.02))
  // temporal fossae: the side of the skull above the arch is flattened and hollowed (the
  // temporalis fills it, so its outer surface comes flush with the vault again)
  for (const m of SIDES)
    out.push(
      carve(
        ellipsoid(
          G,
          m([0.094, 1.642, 0.012]),
          [0.036, 0.042, 0.05],
          norm([1, 0, 0.25]),
          [0, 1, 0],
          0.018,
        ),
      ),
    )
  // infratemporal fossae: open space under the skull base, medial to the ramus, where the
  // pterygoid muscles run
  for (const m of SIDES)
    out.push(
      carve(
        ellipsoid(G, m([0.036, 1.588, 0.022]), [0.02, 0.02, 0.024], [1, 0, 0], [0, 1, 0], 0.008),
      ),
    )
  for (const m of SIDES) {
    // supraorbital margin and brow: a bar from the glabella over each orbit to the lateral rim
    out.push(
      ...chain(m, [
        [[0.0, 1.644, 0.086], 0.0055],
        [[0.017, 1.648, 0.084], 0.0055],
        [[0.034, 1.649, 0.079], 0.005],
        [[0.047, 1.641, 0.07], 0.0045],
      ]),
    )
    // lateral orbital rim (frontal process of the zygomatic bone) down to the zygomatic body
    out.push(
      ...chain(m, [
        [[0.047, 1.641, 0.07], 0.0045],
        [[0.05, 1.626, 0.066], 0.004],
        [[0.052, 1.611, 0.066], 0.0055],
      ]),
    )
    // zygomatic body (the cheekbone) and the infraorbital margin to the frontal process of the
    // maxilla beside the nose
    out.push(
      ellipsoid(G, m([0.049, 1.605, 0.063]), [0.011, 0.012, 0.008], [1, 0, -0.9], [0, 1, 0], 0.008),
    )
    out.push(
      ...chain(m, [
        [[0.052, 1.611, 0.065], 0.005],
        [[0.036, 1.607, 0.079], 0.0045],
        [[0.02, 1.609, 0.082], 0.0045],
        [[0.011, 1.622, 0.087], 0.004],
        [[0.007, 1.634, 0.09], 0.004],
      ]),
    )
    // zygomatic arch: a flat bar from the cheekbone back to the root in front of the ear
    out.push(
      loft(
        G,
        m([0.056, 1.609, 0.056]),
        m([0.059, 1.615, 0.002]),
        [
          { t: 0, a: 0.004, b: 0.007 },
          { t: 0.5, a: 0.0028, b: 0.0045 },
          { t: 1, a: 0.003, b: 0.0045 },
        ],
        [0, 1, 0],
        0.004,
      ),
    )
    // articular root of the arch and the temporal bone around the ear (external acoustic meatus)
    out.push(
      ellipsoid(G, m([0.052, 1.614, -0.008]), [0.01, 0.011, 0.014], [1, 0, 0], [0, 1, 0], 0.01),
    )
    // mastoid process: a blunt cone pointing down behind the ear
    out.push(rc(m([0.046, 1.617, -0.031]), m([0.05, 1.598, -0.026]), 0.0085, 0.005, 0.01))
    // maxilla: the body under the orbit (anterior wall with the canine fossa) down to the alveolar
    // process
    out.push(
      ellipsoid(G, m([0.027, 1.59, 0.068]), [0.022, 0.022, 0.011], [1, 0, -0.6], [0, 1, 0], 0.012),
    )
    // frontal process of the maxilla and nasal bone beside the bridge of the nose
    out.push(rc(m([0.009, 1.63, 0.087]), m([0.015, 1.596, 0.084]), 0.0035, 0.005, 0.006))
    // mandible: ramus (a plate from the angle up to the condyle, posteriorly, and the coronoid,
    // anteriorly), angle, body and chin
    const gonion = L('gonion')
    out.push(
      loft(
        G,
        m(add(gonion, [-0.003, 0.002, 0.014])),
        m([0.046, 1.603, 0.02]),
        [
          { t: 0, a: 0.004, b: 0.017 },
          { t: 0.5, a: 0.0035, b: 0.015 },
          { t: 1, a: 0.0035, b: 0.016 },
        ],
        [0, 0, 1],
        0.005,
        0.5,
      ),
    )
    // condylar process and head (in the mandibular fossa in front of the ear)
    out.push(rc(m([0.048, 1.6, 0.008]), m(add(L('condyle'), [-0.002, -0.002, 0.0])), 0.0045, 0.005))
    out.push(
      ellipsoid(
        G,
        m(add(L('condyle'), [-0.004, 0.001, 0.0])),
        [0.01, 0.0045, 0.005],
        [1, 0, 0],
        [0, 1, 0],
        0.004,
      ),
    )
    // coronoid process (the temporalis insertion) rising under the arch
    out.push(rc(m([0.046, 1.593, 0.03]), m(add(L('coronoid'), [0.0, 0.014, -0.002])), 0.005, 0.002))
    // angle: a little flared and rounded
    out.push(
      ellipsoid(
        G,
        m(add(gonion, [-0.002, 0.006, 0.006])),
        [0.0045, 0.011, 0.011],
        [1, 0, 0],
        [0, 1, 0],
        0.008,
      ),
    )
    // body: a tall, thin plate from the angle to the chin (alveolar border above, base below)
    out.push(
      loft(
        G,
        m(add(gonion, [-0.003, 0.004, 0.01])),
        m([0.012, 1.536, 0.081]),
        [
          { t: 0, a: 0.0045, b: 0.012 },
          { t: 0.5, a: 0.0055, b: 0.014 },
          { t: 1, a: 0.0065, b: 0.016 },
        ],
        [0, 1, 0],
        0.006,
        0.6,
      ),
    )
  }
  // chin (mental protuberance) and the symphysis
  out.push(ellipsoid(G, [0, 1.532, 0.082], [0.017, 0.016, 0.008], [1, 0, 0], [0, 1, -0.15], 0.008))
  // dental arches: upper and lower teeth as two horseshoe bands meeting at the occlusal plane
  for (const m of SIDES)
    for (const [y, r] of [
      [1.563, 0.0058],
      [1.549, 0.0055],
    ] as [number, number][])
      out.push(
        ...chain(
          m,
          [
            [[0.0, y, 0.082], r],
            [[0.012, y, 0.079], r],
            [[0.02, y, 0.07], r * 1.05],
            [[0.025, y, 0.056], r * 1.1],
            [[0.029, y - 0.002 * Math.sign(y - 1.556), 0.036], r * 1.1],
          ],
          0.003,
        ),
      )
  // nasal bones: the bridge from the nasion
  out.push(rc([0, 1.634, 0.088], [0, 1.607, 0.101], 0.0045, 0.004, 0.006))
  return out
}

/**
 * Orbits, piriform aperture and mandibular notch, carved after every solid of the skeleton; then
 * the eyeballs.
 */
export function skullCarves(): Prim[] {
  const out: Prim[] = []
  for (const m of SIDES) {
    // orbit: a cone-like socket opening forward and a little outward
    out.push(
      carve(
        ellipsoid(
          G,
          m([0.029, 1.626, 0.096]),
          [0.0185, 0.0165, 0.042],
          [1, 0, 0.25],
          [0, 1, 0],
          0.006,
        ),
      ),
    )
    // mandibular notch between the coronoid and condylar processes
    out.push(
      carve(
        ellipsoid(G, m([0.048, 1.611, 0.021]), [0.012, 0.009, 0.008], [1, 0, 0], [0, 1, 0], 0.004),
      ),
    )
  }
  // piriform (nasal) aperture, pear-shaped: wider below
  out.push(carve(ellipsoid(G, [0, 1.6, 0.1], [0.008, 0.016, 0.03], [1, 0, 0], [0, 1, 0], 0.004)))
  out.push(
    carve(ellipsoid(G, [0, 1.589, 0.098], [0.0115, 0.009, 0.028], [1, 0, 0], [0, 1, 0], 0.004)),
  )
  // the cartilages of the nose (after the carves, so the piriform aperture stays open behind
  // them): the septal cartilage continuing the nasal bones to the tip, the lateral (upper)
  // cartilages beside it and the alar (lower) cartilages round the nostrils. Not bone, but they
  // carry nasalis and give the flayed face its nose.
  out.push(
    rc([0, 1.619, 0.0965], [0, 1.592, 0.109], 0.0035, 0.0045, 0.004),
    ellipsoid(G, [0, 1.589, 0.111], [0.006, 0.005, 0.0055], [1, 0, 0], [0, 1, 0], 0.004),
  )
  for (const m of SIDES)
    out.push(
      ellipsoid(
        G,
        m([0.0062, 1.603, 0.098]),
        [0.0042, 0.011, 0.0042],
        norm([1, 0, 0.6]),
        [0, 1, 0],
        0.004,
      ),
      ellipsoid(
        G,
        m([0.009, 1.587, 0.104]),
        [0.0055, 0.0055, 0.0075],
        norm([1, 0, 0.4]),
        [0, 1, 0],
        0.004,
      ),
    )
  // the eyeballs in the orbits (after the carves, so they stay): not bone, but an ecorche shows
  // them, and the orbicularis oculi reads as the ring around an eye
  for (const m of SIDES)
    out.push(
      ellipsoid(
        G,
        m(add(L('eye-centre'), [0, 0, -0.001])),
        [0.0115, 0.0115, 0.0115],
        [1, 0, 0],
        [0, 1, 0],
        0.002,
      ),
    )
  return out
}
