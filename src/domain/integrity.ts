import { landmarkKey } from './geometry'
import { partName, type Manifest } from './manifest'
import type { DataProblem } from './problems'
import type { Condition, Muscle, Source, SourceRef, Station, Technique } from './schema'

interface FileItems<T> {
  readonly file: string
  readonly items: readonly T[]
}

export interface IntegrityInput {
  readonly muscles: readonly { readonly file: string; readonly muscle: Muscle }[]
  /** Every muscle id a file declares, valid or not. */
  readonly declaredMuscleIds: readonly string[]
  readonly conditions: FileItems<Condition>
  readonly techniques: FileItems<Technique>
  readonly sources: FileItems<Source>
  readonly manifest: Manifest
}

/**
 * Cross-file checks on shape-valid data: unique ids, every reference resolves, every muscle exists
 * in the model on both sides, every landmark exists on the skin, every trigger point has an
 * essential zone and a source.
 */
export function checkIntegrity(input: IntegrityInput): DataProblem[] {
  const problems: DataProblem[] = []
  const { manifest } = input
  const sourceIds = new Set(input.sources.items.map((s) => s.id as string))
  const techniqueIds = new Set(input.techniques.items.map((t) => t.id as string))
  const conditionIds = new Set(input.conditions.items.map((c) => c.id as string))
  const muscleIds = new Set(input.declaredMuscleIds)
  const parts = new Set(manifest.parts.map((p) => p.name))
  const seen = new Map<string, string>()

  const unique = (id: string, file: string, path: string) => {
    const first = seen.get(id)
    if (first) problems.push({ file, path, message: `duplicate id "${id}" (first in ${first})` })
    else seen.set(id, file)
  }
  const cites = (refs: readonly SourceRef[], file: string, path: string) =>
    refs.forEach((r, i) => {
      if (!sourceIds.has(r.source))
        problems.push({
          file,
          path: `${path}[${i}].source`,
          message: `unknown source "${r.source}"`,
        })
    })
  const station = (s: Omit<Station, 'r'>, file: string, path: string) => {
    for (const key of ['at', 'toward'] as const) {
      const name = s[key]
      if (!name) continue
      const resolved = landmarkKey(manifest.landmarks, name, 'L')
      if (!resolved)
        problems.push({ file, path: `${path}.${key}`, message: `unknown landmark "${name}"` })
      else if (!manifest.landmarks[resolved]!.surface)
        problems.push({
          file,
          path: `${path}.${key}`,
          message: `landmark "${name}" is not on the skin`,
        })
    }
  }

  for (const { file, muscle } of input.muscles) {
    unique(muscle.id, file, '$.id')
    const expected = `${muscle.id}.json`
    if (!file.endsWith(`/${expected}`) && file !== expected)
      problems.push({ file, path: '$.id', message: `file must be named ${expected}` })
    for (const side of ['L', 'R'] as const)
      if (!parts.has(partName(muscle.id, side)))
        problems.push({
          file,
          path: '$.id',
          message: `no model part "${partName(muscle.id, side)}"`,
        })
    cites(muscle.sources, file, '$.sources')
    muscle.triggerPoints.forEach((tp, i) => {
      const at = `$.triggerPoints[${i}]`
      unique(tp.id, file, `${at}.id`)
      station(tp.location.station, file, `${at}.location.station`)
      if (!tp.referral.zones.some((z) => z.kind === 'essential'))
        problems.push({
          file,
          path: `${at}.referral.zones`,
          message: 'needs at least one essential zone',
        })
      tp.referral.zones.forEach((z, j) =>
        z.stations.forEach((s, k) => station(s, file, `${at}.referral.zones[${j}].stations[${k}]`)),
      )
      tp.conditions.forEach((c, j) => {
        if (!conditionIds.has(c))
          problems.push({
            file,
            path: `${at}.conditions[${j}]`,
            message: `unknown condition "${c}"`,
          })
      })
      tp.techniques.forEach((t, j) => {
        if (!techniqueIds.has(t))
          problems.push({
            file,
            path: `${at}.techniques[${j}]`,
            message: `unknown technique "${t}"`,
          })
      })
      cites(tp.sources, file, `${at}.sources`)
    })
  }
  input.conditions.items.forEach((c, i) => {
    const { file } = input.conditions
    unique(c.id, file, `$.conditions[${i}].id`)
    c.muscles.forEach((m, j) => {
      if (!muscleIds.has(m))
        problems.push({
          file,
          path: `$.conditions[${i}].muscles[${j}]`,
          message: `unknown muscle "${m}"`,
        })
    })
    cites(c.sources, file, `$.conditions[${i}].sources`)
  })
  input.techniques.items.forEach((t, i) => {
    unique(t.id, input.techniques.file, `$.techniques[${i}].id`)
    cites(t.sources, input.techniques.file, `$.techniques[${i}].sources`)
  })
  input.sources.items.forEach((s, i) => unique(s.id, input.sources.file, `$.sources[${i}].id`))
  return problems
}
