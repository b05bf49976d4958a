import {
  manifestSchema,
  regionAtlasSchema,
  type Manifest,
  type RegionAtlas,
} from '../domain/manifest'
import { parseDataset, type ParseResult, type RawFile } from '../domain/parseDataset'
import { jsonPath } from '../domain/problems'
import type { DataProblem } from '../domain/problems'
import conditions from '../../data/trigger-points/conditions.json'
import techniques from '../../data/trigger-points/techniques.json'
import sources from '../../data/trigger-points/sources.json'
import manifestJson from '../../assets/models/manifest.json'
import atlasJson from '../../assets/models/region-atlas.json'

const muscleFiles = import.meta.glob<unknown>('../../data/trigger-points/muscles/*.json', {
  eager: true,
  import: 'default',
})

const repoPath = (p: string) => p.replace(/^(\.\.\/)+/, '')

export type Loaded =
  | { ok: true; result: Extract<ParseResult, { ok: true }>; manifest: Manifest; atlas: RegionAtlas }
  | { ok: false; problems: readonly DataProblem[] }

/** The bundled data, validated exactly as `npm run data:check` validates it. */
export function loadData(): Loaded {
  const manifest = manifestSchema.safeParse(manifestJson)
  const atlas = regionAtlasSchema.safeParse(atlasJson)
  const modelProblems: DataProblem[] = []
  if (!manifest.success)
    modelProblems.push(
      ...manifest.error.issues.map((i) => ({
        file: 'assets/models/manifest.json',
        path: jsonPath(i.path),
        message: i.message,
      })),
    )
  if (!atlas.success)
    modelProblems.push(
      ...atlas.error.issues.map((i) => ({
        file: 'assets/models/region-atlas.json',
        path: jsonPath(i.path),
        message: i.message,
      })),
    )
  if (!manifest.success || !atlas.success) return { ok: false, problems: modelProblems }
  const muscles: RawFile[] = Object.entries(muscleFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, json]) => ({ file: repoPath(file), json }))
  const result = parseDataset(
    {
      muscles,
      conditions: { file: 'data/trigger-points/conditions.json', json: conditions },
      techniques: { file: 'data/trigger-points/techniques.json', json: techniques },
      sources: { file: 'data/trigger-points/sources.json', json: sources },
    },
    manifest.data,
  )
  if (!result.ok) return { ok: false, problems: result.problems }
  return { ok: true, result, manifest: manifest.data, atlas: atlas.data }
}
