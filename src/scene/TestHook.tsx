import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Vector3 } from 'three'
import { useAppStore } from '../state/StoreProvider'
import { useSceneData } from './SceneData'

declare global {
  interface Window {
    __tpa?: {
      state: () => unknown
      /** Screen position (CSS pixels in the canvas) of a part's visible surface near its centroid. */
      project: (partName: string) => { x: number; y: number } | null
      projectPoint: (p: [number, number, number]) => { x: number; y: number }
      frames: number
      firstFrameMs: number | null
      /** Renders continuously for `ms` and reports frames per second and the last frame's draw calls. */
      measure: (ms: number) => Promise<{ fps: number; drawCalls: number; triangles: number }>
    }
  }
}

/** Dev and e2e builds only: lets browser tests ask where things are on screen. */
export function TestHook() {
  const store = useAppStore()
  const { model } = useSceneData()
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  const frames = useRef(0)
  const continuous = useRef(false)
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const projectPoint = (p: [number, number, number]) => {
      const v = new Vector3(...p).project(camera)
      return { x: ((v.x + 1) / 2) * size.width, y: ((1 - v.y) / 2) * size.height }
    }
    window.__tpa = {
      state: () => {
        const { actions: _a, ...rest } = store.getState()
        return rest
      },
      project: (name) => {
        const part = model.partByName.get(name)
        if (!part) return null
        // The vertex nearest the centroid lies on the part's surface, so a click there hits it.
        const pos = model.muscles.getAttribute('position')
        const c = part.centroid
        const toCam = new Vector3().subVectors(camera.position, new Vector3(...c)).normalize()
        let best = part.start
        let bestScore = -Infinity
        for (let i = part.start; i < part.start + part.count; i++) {
          const dx = pos.getX(i) - c[0]
          const dy = pos.getY(i) - c[1]
          const dz = pos.getZ(i) - c[2]
          const score = dx * toCam.x + dy * toCam.y + dz * toCam.z - 0.6 * Math.hypot(dx, dy, dz)
          if (score > bestScore) {
            bestScore = score
            best = i
          }
        }
        return projectPoint([pos.getX(best), pos.getY(best), pos.getZ(best)])
      },
      projectPoint,
      frames: 0,
      firstFrameMs: window.__tpa?.firstFrameMs ?? null,
      measure: async (ms) => {
        continuous.current = true
        invalidate()
        await new Promise((r) => setTimeout(r, 300))
        const start = frames.current
        const t0 = performance.now()
        await new Promise((r) => setTimeout(r, ms))
        const fps = ((frames.current - start) * 1000) / (performance.now() - t0)
        continuous.current = false
        return { fps, drawCalls: gl.info.render.calls, triangles: gl.info.render.triangles }
      },
    }
  }, [store, model, camera, size, gl, invalidate])
  useFrame(() => {
    frames.current++
    if (continuous.current) invalidate()
    if (window.__tpa) {
      window.__tpa.frames = frames.current
      if (window.__tpa.firstFrameMs === null) window.__tpa.firstFrameMs = performance.now()
    }
  })
  return null
}
