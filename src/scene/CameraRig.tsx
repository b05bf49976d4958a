import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { PerspectiveCamera, Vector3 } from 'three'
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib'
import { partName, type Vec3 } from '../domain/manifest'
import { useAppStore } from '../state/StoreProvider'
import type { AppState } from '../state/store'
import { cameraGoal } from './cameraGoal'
import { useSceneData } from './SceneData'

const goalTarget = new Vector3()
const goalPosition = new Vector3()

/** Eases the camera to the view preset or the selected muscle whenever the store asks it to. */
export function CameraRig() {
  const { model, atlas } = useSceneData()
  const store = useAppStore()
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null
  const invalidate = useThree((s) => s.invalidate)
  const size = useThree((s) => s.size)
  const animating = useRef(0)
  const stature = Math.max(...model.parts.map((p) => p.max[1]), 1.7)

  useEffect(() => {
    const aim = (s: AppState, first: boolean) => {
      const part = s.muscle ? model.partByName.get(partName(s.muscle, s.side)) : undefined
      const goal = cameraGoal(s.view, camera.fov, size.width / size.height, stature, part, part && outwardOf(part.centroid, atlas.samples.positions))
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
    aim(store.getState(), true)
    return store.subscribe((s, prev) => {
      if (s.cameraRequest !== prev.cameraRequest) aim(s, false)
    })
  }, [store, model, atlas, camera, controls, size, stature, invalidate])

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

/** From a point inside the body toward the nearest skin sample (samples are in millimetres). */
function outwardOf(p: Vec3, samples: readonly number[]): Vec3 {
  let best = 0
  let bestD = Infinity
  for (let i = 0; i < samples.length; i += 3) {
    const d = (samples[i]! / 1000 - p[0]) ** 2 + (samples[i + 1]! / 1000 - p[1]) ** 2 + (samples[i + 2]! / 1000 - p[2]) ** 2
    if (d < bestD) {
      bestD = d
      best = i
    }
  }
  const v: Vec3 = [samples[best]! / 1000 - p[0], samples[best + 1]! / 1000 - p[1], samples[best + 2]! / 1000 - p[2]]
  return Math.hypot(...v) < 1e-4 ? [0, 0, 1] : v
}
