import { OrbitControls } from '@react-three/drei'
import { Canvas } from '@react-three/fiber'
import { useRef } from 'react'
import { selectPainting } from '../state/selectors'
import { useApp, useAppStore } from '../state/StoreProvider'
import { Body } from './Body'
import { CameraRig } from './CameraRig'
import { SceneDataContext, type SceneData } from './SceneData'
import { TestHook } from './TestHook'
import { TriggerPointMarkers } from './TriggerPointMarkers'

/** Orbit, zoom and pan; off while the user paints pain marks by dragging. */
function Controls() {
  const painting = useApp(selectPainting)
  return (
    <OrbitControls
      makeDefault
      enabled={!painting}
      enableDamping={false}
      minDistance={0.35}
      maxDistance={8}
    />
  )
}

/** The 3D view. Renders on demand: a still body costs no frames until something changes. */
export function Scene({ data, software = false }: { data: SceneData | null; software?: boolean }) {
  const store = useAppStore()
  const down = useRef<[number, number]>([0, 0])
  return (
    <Canvas
      className="scene-canvas"
      frameloop="demand"
      // A CPU rasteriser pays for every pixel and every MSAA sample: one sample, one device pixel.
      dpr={software ? 1 : [1, 2]}
      camera={{ fov: 30, near: 0.05, far: 30, position: [0, 0.9, 6] }}
      gl={{
        antialias: !software,
        alpha: true,
        preserveDrawingBuffer: import.meta.env.MODE === 'e2e',
      }}
      onPointerDown={(e) => (down.current = [e.clientX, e.clientY])}
      onPointerMissed={(e) => {
        const moved = Math.hypot(e.clientX - down.current[0], e.clientY - down.current[1])
        const s = store.getState()
        if (moved < 5 && s.mode === 'explore' && s.muscle) s.actions.clearSelection()
      }}
    >
      <hemisphereLight args={[0xf4f1ff, 0x3a3030, 1.1]} />
      {/* Two lights only: on a software renderer every light is paid per pixel. */}
      <directionalLight position={[2.5, 4, 3.5]} intensity={1.7} />
      <directionalLight position={[-3, 2.5, -3.5]} intensity={1.0} />
      <Controls />
      {/* The canvas (and its GL context) starts while the body is still decoding; the body joins when ready. */}
      {data && (
        <SceneDataContext.Provider value={data}>
          <Body />
          <TriggerPointMarkers />
          <CameraRig />
          {(import.meta.env.DEV || import.meta.env.MODE === 'e2e') && <TestHook />}
        </SceneDataContext.Provider>
      )}
    </Canvas>
  )
}
