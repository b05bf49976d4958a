// Distance from every trigger point's palpation station to its own muscle in the model (Node only).
import { resolveStation } from '../src/domain/geometry'
import { partName } from '../src/domain/manifest'
import { muscleSchema } from '../src/domain/schema'
import { readManifest, readRawDataset } from './readDataset'
import { distanceToMesh, readModelMeshes } from './readModel'

/** How far (metres) a station may lie from its muscle before it counts as an authoring slip. */
export const STATION_LIMIT = 0.03

export interface StationDistance {
  readonly triggerPoint: string
  readonly side: 'L' | 'R'
  readonly muscle: string
  /** Metres from the station to the nearest triangle of the muscle's part; Infinity if it cannot be placed. */
  readonly distance: number
  readonly problem?: string
}

export async function stationDistances(
  only: ReadonlySet<string> = new Set(),
): Promise<StationDistance[]> {
  const manifest = readManifest()
  const meshes = await readModelMeshes()
  const out: StationDistance[] = []
  for (const f of readRawDataset().muscles) {
    const parsed = muscleSchema.safeParse(f.json)
    if (!parsed.success) continue
    const muscle = parsed.data
    if (only.size && !only.has(muscle.id)) continue
    for (const tp of muscle.triggerPoints)
      for (const side of ['L', 'R'] as const) {
        const base = { triggerPoint: tp.id, side, muscle: muscle.id }
        const mesh = meshes.get(partName(muscle.id, side))
        if (!mesh) {
          out.push({
            ...base,
            distance: Infinity,
            problem: `no model part ${partName(muscle.id, side)}`,
          })
          continue
        }
        try {
          out.push({
            ...base,
            distance: distanceToMesh(
              mesh,
              resolveStation(tp.location.station, side, manifest.landmarks),
            ),
          })
        } catch (e) {
          out.push({ ...base, distance: Infinity, problem: (e as Error).message })
        }
      }
  }
  return out
}
