/**
 * The muscle table format. One row per muscle; the generator builds both sides from the row
 * (rows are written for the LEFT side, +X, and mirrored).
 *
 * Points are written as landmark specs:
 *   'name'            an internal landmark (scripts/model/landmarks.ts) or a surface landmark
 *   'a>b@t'           the point a fraction t of the way from a to b
 *   ['spec', dx, dy, dz]  a spec offset by metres in the body frame (left side; X mirrored for right)
 * A line (origin or insertion) is one point, two points (a line) or more (a curved line/area).
 */
import type { Vec3 } from '../math'

export type Spec = string | [string, number, number, number]
export type Line = Spec[]
export type Layer = 'superficial' | 'intermediate' | 'deep'
export type Shape = 'fusiform' | 'strap' | 'pennate' | 'bipennate' | 'fan' | 'sheet'

export interface Head {
  /** origin attachment (line or point) */
  o: Line
  /** insertion attachment (line or point) */
  i: Line
  /** intermediate guide lines the fibres pass through (e.g. around a bony pulley) */
  via?: Line[]
  /** maximum belly thickness (m) */
  t: number
  /** maximum belly width (m) for fusiform/strap/pennate muscles; default: from the attachments */
  w?: number
  /** placement: 'skin' = conforms to the skin at depth d; 'bone' = lies on the bone proxies; 'free' */
  on?: 'skin' | 'bone' | 'free'
  /** depth of the muscle's outer surface under the skin (m), for 'skin' placement */
  d?: number
  /** depth (m) at the insertion end, for 'skin' placement: the depth runs linearly along the
   *  fibres from d at the origin to dEnd at the insertion (default: d all the way) */
  dEnd?: number
  /** depth (m) at the belly (v = b), for 'skin' placement: the depth then runs d -> dMid -> dEnd
   *  (e.g. thin fat over the sacrum, thick fat over the buttock, the iliotibial tract superficial);
   *  default: none (linear d -> dEnd) */
  dMid?: number
  /** extra depth (m) at the ORIGIN end, across the muscle: values spread evenly from u = 0 to
   *  u = 1 (piecewise linear), fading linearly to 0 at the belly (v = b); for 'skin' placement
   *  (e.g. the lower pectoral fibres start on the chest wall, deeper than the sternal ones);
   *  default: none */
  dO?: number[]
  /** thickness at the side edges as a fraction of the centre's (default 0.55 for fans and
   *  sheets, 0.68 otherwise): lower for sheets whose borders thin out */
  fill?: number
  /** grid density factor (default 1: ~11 mm between fibre rows and columns); below 1 for hidden
   *  deep sheets, to pay for triangles spent elsewhere */
  grid?: number
  /** outward direction used to find the surface from a deep chord point (left side) */
  dir?: Vec3
  /** fraction of the length at the insertion end that is tendon (e.g. the gastrocnemius belly
   *  ends at mid-calf): the belly profile (and b) is compressed into the fleshy part, the tendon
   *  keeps the profile's end thickness and the width tw; default: none */
  tendon?: number
  /** tendon width (m) with `tendon` (default 0.01) */
  tw?: number
  /** where the belly is thickest, as a fraction of the way from origin to insertion (default 0.5) */
  b?: number
  /** gap from the bone surface (m), for 'bone' placement */
  g?: number
  /** cap on the number of grid columns across the fibres (default 20): for a narrow strap whose
   *  attachment line is long (the column count otherwise follows the longest attachment line) */
  nuMax?: number
}

export interface MuscleDef {
  id: string
  layer: Layer
  shape: Shape
  heads: Head[]
  /** where the attachments come from */
  source: string
}

export const GRAY = "Gray's Anatomy (41st ed.), attachments"

export function muscle(
  id: string,
  layer: Layer,
  shape: Shape,
  heads: Head | Head[],
  source = GRAY,
): MuscleDef {
  return { id, layer, shape, heads: Array.isArray(heads) ? heads : [heads], source }
}
