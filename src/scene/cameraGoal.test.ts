import { describe, expect, it } from 'vitest'
import type { PartInfo } from './bodyModel'
import { bodyGoal, fitDistance, groupGoal, partFrame, partGoal } from './cameraGoal'

const part = (min: [number, number, number], max: [number, number, number]): PartInfo => ({
  index: 0,
  name: 'x.L',
  muscle: 'x',
  side: 'L',
  layer: 'superficial',
  start: 0,
  count: 0,
  centroid: [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2],
  min,
  max,
})

describe('camera goals', () => {
  it('frames the whole body from the preset side (+Z is the front, +X the subject left)', () => {
    const front = bodyGoal('front', 30, 1, 1.75)
    expect(front.target).toEqual([0, 0.875, 0])
    expect(front.position[2]).toBeGreaterThan(3)
    expect(bodyGoal('left', 30, 1, 1.75).position[0]).toBeGreaterThan(3)
    expect(bodyGoal('back', 30, 1, 1.75).position[2]).toBeLessThan(-3)
  })

  it('frames a part together with its painted zones', () => {
    const frame = partFrame(part([0, 1.4, 0], [0.1, 1.5, 0.1]), [
      { kind: 'essential', balls: [{ centre: [0.05, 1.65, 0.05], radius: 0.05 }] },
    ])
    expect(frame.target[1]).toBeCloseTo(1.55)
    expect(frame.size).toBeCloseTo(Math.hypot(0.1, 0.3, 0.1))
  })

  it('keeps the preferred direction when it shows the part, else takes the best one', () => {
    const frame = { target: [0, 1, 0] as [number, number, number], size: 0.3 }
    const fromFront = partGoal(frame, [0, 0, 1], () => 0.8, 30, 1)
    expect(fromFront.position[2]).toBeGreaterThan(0)
    // Hidden from the front, fully seen from behind: the camera goes behind.
    const behind = partGoal(frame, [0, 0, 1], (eye) => (eye[2] < 0 ? 1 : 0), 30, 1)
    expect(behind.position[2]).toBeLessThan(0)
    expect(Math.hypot(behind.position[0], behind.position[1] - 1, behind.position[2])).toBeCloseTo(
      Math.max(0.5, fitDistance(0.3, 30, 1)),
    )
  })

  it('keeps the preferred side unless another shows clearly more', () => {
    const frame = { target: [0, 1, 0] as [number, number, number], size: 0.3 }
    // Slightly better from the side (0.55 vs 0.5): stay in front, the user keeps their bearings.
    const near = partGoal(frame, [0, 0, 1], (eye) => (eye[0] < -0.3 ? 0.55 : 0.5), 30, 1)
    expect(near.position[2]).toBeGreaterThan(0.3)
    // Much better from the side (0.77 vs 0.5), e.g. muscle behind and its pain in front: turn.
    const side = partGoal(frame, [0, 0, 1], (eye) => (eye[0] < -0.3 ? 0.77 : 0.5), 30, 1)
    expect(side.position[0]).toBeLessThan(-0.3)
  })

  it('frames a group of parts around their common box', () => {
    const g = groupGoal(
      [part([-0.2, 1.4, 0], [-0.1, 1.5, 0.1]), part([0.1, 1.4, 0], [0.2, 1.5, 0.1])],
      [0, 0, 1],
      30,
      1,
    )
    expect(g.target[0]).toBeCloseTo(0)
    expect(g.position[2]).toBeGreaterThan(g.target[2])
  })
})
