import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { BufferAttribute, type BufferGeometry, type Group, type Mesh, type Object3D } from 'three'
import type { ZoneShape } from '../domain/geometry'
import { useAppStore, useDataset } from '../state/StoreProvider'
import type { AppState } from '../state/store'
import { partOfHit, visiblePartRaycast } from './bodyModel'
import { createBoneMaterial } from './materials/boneMaterial'
import { createMuscleMaterial } from './materials/muscleMaterial'
import { packZones } from './materials/packZones'
import { createPartStateTexture, writePartLooks } from './materials/partStateTexture'
import { createSkinMaterial, createSkinUniforms } from './materials/skinMaterial'
import { createZoneUniforms } from './materials/zonePaint'
import { addLevel, buildChunks, splitIntoBands } from './chunks'
import { buildLod, MID_RATIO, simplifyParts, withIndex } from './lod'
import { paintedZones } from './paintedZones'
import { paintPatchIndex } from './paintPatch'
import { partLooks } from './partLooks'
import { createRegionStateTexture, writeRegionStates } from './regionState'
import { useSceneData } from './SceneData'

const noRaycast = () => {}
/** Meshes the frame loop shows when their level of detail or mode applies; never picked. */
const hidden = { visible: false, raycast: noRaycast }
/** Identifies a set of zones by their balls, so the paint patch is rebuilt only when they change. */
const zonesKey = (zones: readonly ZoneShape[]) =>
  zones.map((z) => z.balls.map((b) => `${b.centre.join(',')},${b.radius}`).join(';')).join('|')
/** Camera distance (metres) beyond which the simplified geometry is drawn. */
const FAR_DISTANCE = 1.8
/** Camera distance (metres) beyond which the medium level is drawn (a region fills the view). */
const MID_DISTANCE = 0.6
/** Share of the skin's triangles kept far away (the lookup's whole-body view draws the skin). */
const SKIN_FAR_RATIO = 0.35

/**
 * The body: the muscles in spatial chunks over one merged geometry (per-part state in a texture),
 * an invisible picker over the whole merged geometry, the translucent skin carrying the paint,
 * and the skeleton.
 */
export function Body() {
  const { model, referral, atlas } = useSceneData()
  const store = useAppStore()
  const dataset = useDataset()
  const invalidate = useThree((s) => s.invalidate)
  const muscleMesh = useRef<Mesh>(null)
  const skinGroup = useRef<Group>(null)
  const boneNear = useRef<Group>(null)
  const boneFar = useRef<Mesh>(null)
  const skinBands = useMemo(() => (model.skin ? splitIntoBands(model.skin) : []), [model])
  const boneBands = useMemo(() => (model.skeleton ? splitIntoBands(model.skeleton) : []), [model])
  const farSkeleton = useRef<BufferGeometry | null>(null)
  const skinFar = useRef<Mesh>(null)
  const farSkin = useRef<BufferGeometry | null>(null)
  // Whether the whole skin is drawn (itself, regions or marks); the frame picks near or far. Paint
  // alone draws only the skin triangles near its zones (the patch).
  const skinWanted = useRef(false)
  const skinPatch = useRef<Mesh>(null)
  const patchKey = useRef('')
  const patchGeometry = useMemo(
    () => (model.skin ? withIndex(model.skin, new Uint32Array(0)) : null),
    [model],
  )
  const farReady = useRef(false)
  const chunkMeshes = useRef<(Mesh | null)[]>([])
  const chunks = useMemo(() => buildChunks(model), [model])
  // Picking goes through the BVH of the whole merged geometry; this mesh only carries the events
  // and draws nothing (an empty index), the chunks draw.
  const picker = useMemo(() => withIndex(model.muscles, new Uint32Array(0)), [model])
  const shown = useRef<boolean[]>([])

  const gpu = useMemo(() => {
    const partState = createPartStateTexture(model.parts.length)
    const regionState = createRegionStateTexture(atlas.regions.length)
    const zones = createZoneUniforms()
    const striation = { value: 1 }
    const skinUniforms = createSkinUniforms(zones, regionState, atlas.regions.length)
    return {
      partState,
      regionState,
      zones,
      striation,
      skinUniforms,
      muscle: createMuscleMaterial(partState, model.parts.length, zones, striation),
      skin: createSkinMaterial(skinUniforms),
      bone: createBoneMaterial(),
    }
  }, [model, atlas])

  // Store -> GPU state, outside React renders: one texel per part, one uniform array for the paint.
  useEffect(() => {
    const regionIndex = new Map(atlas.regions.map((r, i) => [r.id, i]))
    const apply = (s: AppState, prev?: AppState) => {
      const looks = partLooks(model.parts, s, dataset)
      shown.current = looks.map((l) => l.visible)
      writePartLooks(gpu.partState, looks)
      const zones = paintedZones(s, dataset, referral)
      const painted = packZones(zones, gpu.zones)
      gpu.skinUniforms.skinOpacity.value = s.layers.skin ? 0.42 : 0
      // The skin costs a full-body pass: draw it only when it shows something (itself, regions,
      // marks); for paint alone, only the triangles near the zones.
      skinWanted.current = s.layers.skin || s.regions || s.marks.length > 0 || s.mode === 'lookup'
      if (patchGeometry && model.skin) {
        const wanted = !skinWanted.current && painted > 0
        const key = wanted ? zonesKey(zones) : ''
        if (key !== patchKey.current) {
          patchKey.current = key
          const index = wanted ? paintPatchIndex(model.skin, zones) : new Uint32Array(0)
          patchGeometry.setIndex(new BufferAttribute(index, 1))
        }
        if (skinPatch.current) skinPatch.current.visible = wanted
      }
      // With the superficial muscles hidden, paint on the skin must not hide the deep muscle beneath it.
      gpu.skinUniforms.paintOpacity.value = s.layers.superficial || s.layers.skin ? 1 : 0.55
      gpu.skinUniforms.showRegions.value = s.regions || s.mode === 'lookup' ? 1 : 0
      if (!prev || prev.marks !== s.marks) writeRegionStates(gpu.regionState, s.marks, regionIndex)
      invalidate()
    }
    apply(store.getState())
    return store.subscribe(apply)
  }, [store, dataset, model, referral, atlas, gpu, invalidate, patchGeometry])

  // Far level of detail, built after the first frame so it never delays it.
  useEffect(() => {
    let live = true
    const build = async () => {
      const farParts = await simplifyParts(model)
      const midParts = await simplifyParts(model, MID_RATIO)
      const skeleton = model.skeleton ? await buildLod(model.skeleton, 0.3) : null
      const skin = model.skin ? await buildLod(model.skin, SKIN_FAR_RATIO) : null
      if (!live) return
      addLevel(model, chunks, 'far', farParts)
      addLevel(model, chunks, 'mid', midParts)
      farSkeleton.current = skeleton
      farSkin.current = skin
      farReady.current = true
      invalidate()
    }
    const timer = setTimeout(() => void build(), 50)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [model, chunks, invalidate])

  // Swap levels of detail by camera distance: the whole-body view draws about a quarter of the
  // triangles. Also the one place that shows or hides the skin (the store only says if it is wanted).
  useFrame(({ camera, controls }) => {
    const target = (controls as unknown as { target?: { distanceTo(v: unknown): number } } | null)
      ?.target
    const distance = farReady.current && target ? target.distanceTo(camera.position) : 0
    const isFar = distance > FAR_DISTANCE
    const isMid = !isFar && distance > MID_DISTANCE
    chunks.forEach((c, i) => {
      const mesh = chunkMeshes.current[i]
      if (mesh) mesh.geometry = (isFar && c.far) || (isMid && c.mid) || c.near
    })
    gpu.striation.value = isFar ? 0 : 1
    showLevel(boneNear.current, boneFar.current, farSkeleton.current, true, isFar)
    showLevel(skinGroup.current, skinFar.current, farSkin.current, skinWanted.current, isFar)
  })

  useLayoutEffect(() => {
    const mesh = muscleMesh.current
    if (mesh) mesh.raycast = visiblePartRaycast(mesh, model, (i) => shown.current[i] ?? false)
  }, [model])

  const actions = store.getState().actions
  const paintAt = (e: ThreeEvent<PointerEvent>) => {
    const s = store.getState()
    if (s.mode !== 'lookup' || !s.painting || (e.buttons & 1) === 0) return false
    actions.markRegion(referral.regionAt([e.point.x, e.point.y, e.point.z]))
    return true
  }
  const onMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation()
    if (paintAt(e)) return
    const part = partOfHit(model, e)
    actions.hover(part ? { muscle: part.muscle as never, side: part.side } : null)
  }
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation()
    if (e.delta > 4) return // a drag to orbit, not a click
    const part = partOfHit(model, e)
    if (!part) return
    if (store.getState().mode === 'lookup') {
      actions.markRegion(referral.regionAt([e.point.x, e.point.y, e.point.z]))
    } else actions.selectMuscle(part.muscle as never, part.side)
  }

  return (
    <group>
      {chunks.map((c, i) => (
        <mesh
          key={c.key}
          ref={(m) => {
            chunkMeshes.current[i] = m
          }}
          name={`muscles-${c.key}`}
          geometry={c.near}
          material={gpu.muscle}
          raycast={noRaycast}
        />
      ))}
      <mesh
        ref={muscleMesh}
        name="muscles"
        geometry={picker}
        material={gpu.muscle}
        onPointerMove={onMove}
        onPointerDown={(e) => paintAt(e) && e.stopPropagation()}
        onPointerOut={() => actions.hover(null)}
        onClick={onClick}
      />
      {/* Bone lies under the muscles: drawn after them so covered bone fragments fail the depth test early. */}
      <group ref={boneNear} name="skeleton">
        {boneBands.map((g, i) => (
          <mesh key={i} geometry={g} material={gpu.bone} raycast={noRaycast} renderOrder={1} />
        ))}
      </group>
      <mesh ref={boneFar} name="skeleton-far" {...hidden} material={gpu.bone} renderOrder={1} />
      {/* Transparent and drawn last (renderOrder) so the paint lies over the muscles beneath. */}
      <group ref={skinGroup} name="skin">
        {skinBands.map((g, i) => (
          <mesh key={i} geometry={g} material={gpu.skin} raycast={noRaycast} renderOrder={2} />
        ))}
      </group>
      <mesh
        ref={skinPatch}
        name="skin-paint"
        geometry={patchGeometry ?? undefined}
        {...hidden}
        material={gpu.skin}
        renderOrder={2}
      />
      <mesh ref={skinFar} name="skin-far" {...hidden} material={gpu.skin} renderOrder={2} />
    </group>
  )
}

/** Shows a body layer's near group, or its far mesh once the far geometry is built, or neither. */
function showLevel(
  near: Object3D | null,
  far: Mesh | null,
  farGeometry: BufferGeometry | null,
  wanted: boolean,
  isFar: boolean,
): void {
  const useFar = isFar && farGeometry !== null
  if (far && farGeometry) far.geometry = farGeometry
  if (far) far.visible = wanted && useFar
  if (near) near.visible = wanted && !useFar
}
