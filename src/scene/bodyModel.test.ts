import { BoxGeometry, Group, Mesh, Raycaster, Vector3, type Intersection } from 'three'
import { describe, expect, it } from 'vitest'
import {
  buildBodyModel,
  nearestOnPart,
  partOfHit,
  visiblePartRaycast,
  visiblePointsShare,
} from './bodyModel'

/** Two named boxes side by side, one in front of the other along +Z, plus a skin node. */
function fixtureScene() {
  const root = new Group()
  const front = new Mesh(new BoxGeometry(0.1, 0.1, 0.02))
  front.name = 'masseter.L'
  front.position.set(0, 1.5, 0.1)
  const back = new Mesh(new BoxGeometry(0.1, 0.1, 0.02))
  back.name = 'temporalis.L'
  back.position.set(0, 1.5, 0)
  const skin = new Mesh(new BoxGeometry(0.5, 0.5, 0.5))
  skin.name = 'skin'
  root.add(front, back, skin)
  return root
}

const layers = { 'masseter.L': 'superficial', 'temporalis.L': 'deep' } as const
const model = buildBodyModel(fixtureScene(), (n) => layers[n as keyof typeof layers])

describe('body model', () => {
  it('merges parts in name order with a per-vertex part index, in world space', () => {
    expect(model.parts.map((p) => [p.name, p.layer, p.index])).toEqual([
      ['masseter.L', 'superficial', 0],
      ['temporalis.L', 'deep', 1],
    ])
    expect(model.parts[0]!.centroid[2]).toBeCloseTo(0.1)
    expect(model.muscles.getAttribute('partIndex').count).toBe(48)
    expect(model.skin).not.toBeNull()
  })

  it('picks the nearest shown part, skipping hidden ones', () => {
    const mesh = new Mesh(model.muscles)
    const raycaster = new Raycaster(new Vector3(0, 1.5, 1), new Vector3(0, 0, -1))
    const hitWith = (shown: boolean[]) => {
      const hits: Intersection[] = []
      visiblePartRaycast(mesh, model, (i) => shown[i]!)(raycaster, hits)
      return hits[0] ? partOfHit(model, hits[0])?.name : undefined
    }
    expect(hitWith([true, true])).toBe('masseter.L')
    expect(hitWith([false, true])).toBe('temporalis.L')
    expect(hitWith([false, false])).toBeUndefined()
  })

  it('tells which points a camera sees past the shown parts', () => {
    // One point just behind the front box, one beside it in the open.
    const points: [number, number, number][] = [
      [0, 1.5, 0.05],
      [0.3, 1.5, 0.05],
    ]
    const all = () => true
    expect(visiblePointsShare(model, points, [0, 1.5, 1], all)).toBe(0.5)
    // Hide the front box: both points are in view.
    expect(visiblePointsShare(model, points, [0, 1.5, 1], (i) => i !== 0)).toBe(1)
    expect(visiblePointsShare(model, [], [0, 1.5, 1], all)).toBe(0)
  })

  it('snaps a point to the nearest surface vertex of one part', () => {
    const { point, distance } = nearestOnPart(model, model.parts[1]!, [0.2, 1.5, 0])
    expect(point[0]).toBeCloseTo(0.05)
    expect(distance).toBeCloseTo(Math.hypot(0.15, 0.05, 0.01))
  })
})
