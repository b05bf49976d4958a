/**
 * Superficial perineal muscles and the external anal sphincter (the rows for the other pelvic
 * floor muscles are in trunk.ts). Attachments: Gray's Anatomy, perineum. Offsets in metres from
 * the internal landmarks; the perineal body lies midway between the pubic symphysis and the coccyx,
 * about 5-6 cm below the symphysis, 1-2 cm above the perineal skin.
 */
import { type MuscleDef, muscle as m } from './types'

const SOURCE = "Gray's Anatomy (41st ed.), perineum: attachments"

export const pelvicFloor: MuscleDef[] = [
  m(
    'sphincter-ani',
    'intermediate',
    'fusiform',
    {
      // Half ring of the external anal sphincter: anococcygeal body to the perineal body.
      o: [['coccyx-bone', 0.012, -0.05, 0.02]],
      i: [['pubic-symphysis', 0.01, -0.057, -0.08]],
      t: 0.008,
      w: 0.014,
      on: 'free',
      dir: [0, -1, 0],
    },
    SOURCE,
  ),
  m(
    'bulbospongiosus',
    'intermediate',
    'fusiform',
    {
      // Perineal body forward around the bulb toward the root of the penis / vestibule.
      o: [['pubic-symphysis', 0.008, -0.057, -0.08]],
      i: [['pubic-symphysis', 0.008, -0.042, -0.02]],
      t: 0.007,
      w: 0.012,
      on: 'free',
      dir: [0, -1, 0],
    },
    SOURCE,
  ),
  m(
    'ischiocavernosus',
    'intermediate',
    'strap',
    {
      // Ischial tuberosity along the ischiopubic ramus to the crus.
      o: [['ischial-tuberosity-bone', -0.004, -0.02, 0.01]],
      i: [['pubic-symphysis', 0.012, -0.04, -0.03]],
      t: 0.006,
      w: 0.01,
      on: 'free',
      dir: [0, -1, 0],
    },
    SOURCE,
  ),
]
