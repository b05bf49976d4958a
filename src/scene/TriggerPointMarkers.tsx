import { useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { CanvasTexture, SpriteMaterial, SRGBColorSpace } from 'three'
import { resolveStation } from '../domain/geometry'
import { partName } from '../domain/manifest'
import {
  selectHoverTriggerPoint,
  selectMuscle,
  selectSide,
  selectTriggerPoint,
} from '../state/selectors'
import { useActions, useApp, useDataset } from '../state/StoreProvider'
import { nearestOnPart } from './bodyModel'
import { useSceneData } from './SceneData'

/** Travell & Simons mark a trigger point with an X: drawn once into a texture, used as a sprite. */
function markerTexture(): CanvasTexture {
  const size = 64
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = size
  const g = canvas.getContext('2d')!
  g.fillStyle = 'rgba(255,255,255,0.92)'
  g.beginPath()
  g.arc(32, 32, 28, 0, Math.PI * 2)
  g.fill()
  g.lineWidth = 5
  g.strokeStyle = '#1b1f2a'
  g.stroke()
  g.lineCap = 'round'
  g.lineWidth = 9
  g.strokeStyle = '#c8102e'
  g.beginPath()
  g.moveTo(19, 19)
  g.lineTo(45, 45)
  g.moveTo(45, 19)
  g.lineTo(19, 45)
  g.stroke()
  const tex = new CanvasTexture(canvas)
  tex.colorSpace = SRGBColorSpace
  return tex
}

/** The selected muscle's trigger points as X markers snapped onto that muscle's surface. */
export function TriggerPointMarkers() {
  const { model, landmarks } = useSceneData()
  const dataset = useDataset()
  const muscleId = useApp(selectMuscle)
  const side = useApp(selectSide)
  const selected = useApp(selectTriggerPoint)
  const preview = useApp(selectHoverTriggerPoint)
  const actions = useActions()
  const invalidate = useThree((s) => s.invalidate)
  const material = useMemo(
    // Drawn over everything (no depth test): a marker is a label, and must not hide inside its muscle.
    () =>
      new SpriteMaterial({
        map: markerTexture(),
        depthTest: false,
        depthWrite: false,
        transparent: true,
        sizeAttenuation: false,
      }),
    [],
  )
  const markers = useMemo(() => {
    const muscle = muscleId ? dataset.muscleById.get(muscleId) : undefined
    const part = muscle ? model.partByName.get(partName(muscle.id, side)) : undefined
    if (!muscle || !part) return []
    return muscle.triggerPoints.map((tp) => ({
      tp,
      position: nearestOnPart(model, part, resolveStation(tp.location.station, side, landmarks))
        .point,
    }))
  }, [muscleId, side, dataset, model, landmarks])
  useEffect(() => invalidate(), [markers, selected, preview, invalidate])

  return (
    <group name="trigger-points">
      {markers.map(({ tp, position }) => {
        const active = tp.id === selected || tp.id === preview?.id
        // Screen-sized (no size attenuation): a fraction of the view's height, legible at any zoom.
        const scale = active ? 0.06 : 0.042
        return (
          <sprite
            key={tp.id}
            name={`marker:${tp.id}`}
            position={position as [number, number, number]}
            scale={[scale, scale, scale]}
            material={material}
            renderOrder={10}
            onClick={(e: ThreeEvent<MouseEvent>) => {
              e.stopPropagation()
              actions.selectTriggerPoint(tp.id, side)
            }}
          />
        )
      })}
    </group>
  )
}
