import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { PerspectiveCamera, Vector3 } from 'three'
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib'
import { partName, type Vec3 } from '../domain/manifest'
import type { ConditionId } from '../domain/schema'
import { useAppStore, useDataset } from '../state/StoreProvider'
import type { AppState } from '../state/store'
import { skinPointsInZones } from '../domain/referralRegions'
import { visiblePointsShare, visibleShare } from './bodyModel'
import { bodyGoal, groupGoal, partFrame, partGoal, viewDirection } from './cameraGoal'
import { paintedZones } from './paintedZones'
import { useSceneData } from './SceneData'

const goalTarget = new Vector3()
const goalPosition = new Vector3()

/** Eases the camera to the view preset or the selected muscle whenever the store asks it to. */
export function CameraRig() {
  const { model, referral, atlas } = useSceneData()
  const store = useAppStore()
  const dataset = useDataset()
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null
  const invalidate = useThree((s) => s.invalidate)
  const size = useThree((s) => s.size)
  const animating = useRef(0)
  const stature = Math.max(...model.parts.map((p) => p.max[1]), 1.7)

  useEffect(() => {
    // A condition frames all of its muscles, both sides, from the current preset.
    const conditionParts = (id: ConditionId) =>
      (dataset.musclesOfCondition.get(id) ?? []).flatMap((m) =>
        (['L', 'R'] as const)
          .map((side) => model.partByName.get(partName(m.id, side))!)
          .filter(Boolean),
      )
    const aim = (s: AppState, first: boolean, viewChanged: boolean) => {
      const aspect = size.width / size.height
      const part = s.muscle ? model.partByName.get(partName(s.muscle, s.side)) : undefined
      // A muscle picked on screen is framed from where the user already looks; a link or a view
      // preset frames it from the preset's side.
      const current: Vec3 = controls
        ? [
            camera.position.x - controls.target.x,
            camera.position.y - controls.target.y,
            camera.position.z - controls.target.z,
          ]
        : viewDirection[s.view]
      const shown = (i: number) => s.layers[model.parts[i]!.layer]
      const involved = !part && s.condition ? conditionParts(s.condition) : []
      const zones = part ? paintedZones(s, dataset, referral) : []
      // Where the pain goes matters as much as the muscle: with a pattern painted, the camera looks
      // for a side that shows both the muscle and the essential area.
      const essential = skinPointsInZones(zones, atlas, 'essential', 24)
      const seen = (eye: Vec3) =>
        essential.length
          ? 0.5 * visibleShare(model, part!, eye, shown) +
            0.5 * visiblePointsShare(model, essential, eye, shown)
          : visibleShare(model, part!, eye, shown)
      const goal = part
        ? partGoal(
            partFrame(part, zones),
            first || viewChanged ? viewDirection[s.view] : current,
            seen,
            camera.fov,
            aspect,
          )
        : involved.length
          ? groupGoal(involved, viewDirection[s.view], camera.fov, aspect)
          : bodyGoal(s.view, camera.fov, aspect, stature)
      goalTarget.set(...goal.target)
      goalPosition.set(...goal.position)
      animating.current = first ? 0.0001 : 0.9
      if (first) {
        camera.position.copy(goalPosition)
        controls?.target.copy(goalTarget)
        controls?.update()
      }
      invalidate()
    }
    aim(store.getState(), true, false)
    return store.subscribe((s, prev) => {
      if (s.cameraRequest !== prev.cameraRequest) aim(s, false, s.view !== prev.view)
    })
  }, [store, dataset, referral, atlas, model, camera, controls, size, stature, invalidate])

  useFrame((_, dt) => {
    if (animating.current <= 0 || !controls) return
    // Exponential ease: frame-rate independent, settles in well under a second.
    const k = 1 - Math.exp(-dt * 7)
    camera.position.lerp(goalPosition, k)
    controls.target.lerp(goalTarget, k)
    controls.update()
    animating.current -= dt
    if (animating.current > 0) invalidate()
    else {
      camera.position.copy(goalPosition)
      controls.target.copy(goalTarget)
      controls.update()
    }
  })
  return null
}
