import { useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { Mesh } from 'three'
import { useAppStore, useDataset } from '../state/StoreProvider'
import type { AppState } from '../state/store'
import { partOfHit, visiblePartRaycast } from './bodyModel'
import { createBoneMaterial } from './materials/boneMaterial'
import { createMuscleMaterial } from './materials/muscleMaterial'
import { packZones } from './materials/packZones'
import { createPartStateTexture, writePartLooks } from './materials/partStateTexture'
import { createSkinMaterial, createSkinUniforms } from './materials/skinMaterial'
import { createZoneUniforms } from './materials/zonePaint'
import { paintedZones } from './paintedZones'
import { partLooks } from './partLooks'
import { createRegionStateTexture, writeRegionStates } from './regionState'
import { useSceneData } from './SceneData'

const noRaycast = () => {}

/** The body: merged muscles (one draw call), translucent skin carrying the paint, and the skeleton. */
export function Body() {
  const { model, referral, atlas } = useSceneData()
  const store = useAppStore()
  const dataset = useDataset()
  const invalidate = useThree((s) => s.invalidate)
  const muscleMesh = useRef<Mesh>(null)
  const shown = useRef<boolean[]>([])

  const gpu = useMemo(() => {
    const partState = createPartStateTexture(model.parts.length)
    const regionState = createRegionStateTexture(atlas.regions.length)
    const zones = createZoneUniforms()
    const skinUniforms = createSkinUniforms(zones, regionState, atlas.regions.length)
    return {
      partState,
      regionState,
      zones,
      skinUniforms,
      muscle: createMuscleMaterial(partState, model.parts.length, zones),
      skin: createSkinMaterial(skinUniforms),
      bone: createBoneMaterial(zones),
    }
  }, [model, atlas])

  // Store -> GPU state, outside React renders: one texel per part, one uniform array for the paint.
  useEffect(() => {
    const regionIndex = new Map(atlas.regions.map((r, i) => [r.id, i]))
    const apply = (s: AppState, prev?: AppState) => {
      const looks = partLooks(model.parts, s, dataset)
      shown.current = looks.map((l) => l.visible)
      writePartLooks(gpu.partState, looks)
      packZones(paintedZones(s, dataset, referral), gpu.zones)
      gpu.skinUniforms.skinOpacity.value = s.layers.skin ? 0.42 : 0
      gpu.skinUniforms.showRegions.value = s.regions ? 1 : 0
      if (!prev || prev.marks !== s.marks) writeRegionStates(gpu.regionState, s.marks, regionIndex)
      invalidate()
    }
    apply(store.getState())
    return store.subscribe(apply)
  }, [store, dataset, model, referral, atlas, gpu, invalidate])

  useLayoutEffect(() => {
    const mesh = muscleMesh.current
    if (mesh) mesh.raycast = visiblePartRaycast(mesh, model, (i) => shown.current[i] ?? false)
  }, [model])

  const actions = store.getState().actions
  const onMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation()
    const part = partOfHit(model, e)
    actions.hover(part ? { muscle: part.muscle as never, side: part.side } : null)
  }
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation()
    if (e.delta > 4) return // a drag to orbit, not a click
    const part = partOfHit(model, e)
    if (!part) return
    if (store.getState().mode === 'lookup') {
      actions.markRegion(referral.regionAt([e.point.x, e.point.y, e.point.z]), 2)
    } else actions.selectMuscle(part.muscle as never, part.side)
  }

  return (
    <group>
      <mesh
        ref={muscleMesh}
        name="muscles"
        geometry={model.muscles}
        material={gpu.muscle}
        onPointerMove={onMove}
        onPointerOut={() => actions.hover(null)}
        onClick={onClick}
      />
      {model.skeleton && <mesh name="skeleton" geometry={model.skeleton} material={gpu.bone} raycast={noRaycast} />}
      {/* Transparent and drawn last (renderOrder) so the paint lies over the muscles beneath. */}
      {model.skin && <mesh name="skin" geometry={model.skin} material={gpu.skin} raycast={noRaycast} renderOrder={2} />}
    </group>
  )
}
