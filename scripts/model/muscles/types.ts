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
  /** outward direction used to find the surface from a deep chord point (left side) */
  dir?: Vec3
  /** where the belly is thickest, as a fraction of the way from origin to insertion (default 0.5) */
  b?: number
  /** gap from the bone surface (m), for 'bone' placement */
  g?: number
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
