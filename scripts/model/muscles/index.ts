/** The full muscle table, sorted by id. Adding a muscle = adding a row to one of these files. */
import { headNeck } from './head-neck'
import { lowerLimb } from './lower-limb'
import { pelvicFloor } from './pelvic-floor'
import { trunk } from './trunk'
import type { MuscleDef } from './types'
import { upperLimb } from './upper-limb'

export const MUSCLES: MuscleDef[] = [
  ...headNeck,
  ...trunk,
  ...pelvicFloor,
  ...upperLimb,
  ...lowerLimb,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
