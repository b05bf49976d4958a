import type { z } from 'zod'
import { buildDataset, type Dataset } from './dataset'
import { checkIntegrity } from './integrity'
import type { Manifest } from './manifest'
import { jsonPath, type DataProblem } from './problems'
import {
  conditionsFileSchema,
  muscleSchema,
  sourcesFileSchema,
  techniquesFileSchema,
  type Condition,
  type Muscle,
  type Source,
  type Technique,
} from './schema'

/** One authored file as read from disk or bundled: its repository path and parsed JSON. */
export interface RawFile {
  readonly file: string
  readonly json: unknown
}

export interface RawDataset {
  readonly muscles: readonly RawFile[]
  readonly conditions: RawFile
  readonly techniques: RawFile
  readonly sources: RawFile
}

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly DataProblem[] }

/**
 * Validates every file (shape first, then integrity against the model manifest) and returns ALL
 * problems, each with file, JSON path and reason; or the dataset with its indexes when there are none.
 */
export function parseDataset(raw: RawDataset, manifest: Manifest): ParseResult {
  const problems: DataProblem[] = []
  const shaped = <S extends z.ZodType>(f: RawFile, schema: S): z.infer<S> | undefined => {
    const r = schema.safeParse(f.json)
    if (r.success) return r.data
    for (const issue of r.error.issues)
      problems.push({ file: f.file, path: jsonPath(issue.path), message: issue.message })
    return undefined
  }
  const muscles: { file: string; muscle: Muscle }[] = []
  // Ids of muscle files that failed their shape check still count as existing, so one bad file
  // does not cascade into "unknown muscle" problems elsewhere.
  const declaredMuscleIds: string[] = []
  for (const f of raw.muscles) {
    const muscle = shaped(f, muscleSchema)
    if (muscle) muscles.push({ file: f.file, muscle })
    const id = (f.json as { id?: unknown } | null)?.id
    if (typeof id === 'string') declaredMuscleIds.push(id)
  }
  const conditions: Condition[] = shaped(raw.conditions, conditionsFileSchema)?.conditions ?? []
  const techniques: Technique[] = shaped(raw.techniques, techniquesFileSchema)?.techniques ?? []
  const sources: Source[] = shaped(raw.sources, sourcesFileSchema)?.sources ?? []
  problems.push(
    ...checkIntegrity({
      muscles,
      declaredMuscleIds,
      conditions: { file: raw.conditions.file, items: conditions },
      techniques: { file: raw.techniques.file, items: techniques },
      sources: { file: raw.sources.file, items: sources },
      manifest,
    }),
  )
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    problems: [],
    dataset: buildDataset({
      muscles: muscles.map((m) => m.muscle),
      conditions,
      techniques,
      sources,
    }),
  }
}
