// `npx tsx scripts/check-stations.ts [muscle-id ...]`: distance from each trigger point's palpation
// station to its own muscle's surface in the model, both sides. Lists those over the limit.
import { resolveStation } from '../src/domain/geometry'
import { partName } from '../src/domain/manifest'
import { muscleSchema } from '../src/domain/schema'
import { readManifest, readRawDataset } from './readDataset'
import { distanceToMesh, readModelMeshes } from './readModel'

/** How far (metres) a station may lie from its muscle before it counts as an authoring slip. */
export const STATION_LIMIT = 0.03

const only = new Set(process.argv.slice(2))
const manifest = readManifest()
const meshes = await readModelMeshes()
let over = 0
let checked = 0
for (const f of readRawDataset().muscles) {
  const parsed = muscleSchema.safeParse(f.json)
  if (!parsed.success) continue
  const muscle = parsed.data
  if (only.size && !only.has(muscle.id)) continue
  for (const tp of muscle.triggerPoints)
    for (const side of ['L', 'R'] as const) {
      const mesh = meshes.get(partName(muscle.id, side))
      if (!mesh) {
        console.log(`${tp.id} ${side}: no model part ${partName(muscle.id, side)}`)
        over++
        continue
      }
      let p
      try {
        p = resolveStation(tp.location.station, side, manifest.landmarks)
      } catch (e) {
        console.log(`${tp.id} ${side}: ${(e as Error).message}`)
        over++
        continue
      }
      const d = distanceToMesh(mesh, p)
      checked++
      if (d > STATION_LIMIT) {
        over++
        console.log(`${tp.id} ${side}: station ${(d * 1000).toFixed(0)} mm from ${muscle.id}`)
      }
    }
}
console.log(`${checked} stations checked, ${over} over ${STATION_LIMIT * 1000} mm`)
process.exit(over ? 1 : 0)
