import type {
  Condition,
  ConditionId,
  Muscle,
  MuscleId,
  Source,
  SourceId,
  Technique,
  TechniqueId,
  TriggerPoint,
  TriggerPointId,
} from './schema'

/** The validated dataset with its indexes, built once; every lookup returns the same objects. */
export interface Dataset {
  readonly muscles: readonly Muscle[]
  readonly triggerPoints: readonly TriggerPoint[]
  readonly conditions: readonly Condition[]
  readonly techniques: readonly Technique[]
  readonly sources: readonly Source[]
  readonly muscleById: ReadonlyMap<MuscleId, Muscle>
  readonly triggerPointById: ReadonlyMap<TriggerPointId, TriggerPoint>
  readonly muscleOfTriggerPoint: ReadonlyMap<TriggerPointId, Muscle>
  readonly conditionById: ReadonlyMap<ConditionId, Condition>
  readonly techniqueById: ReadonlyMap<TechniqueId, Technique>
  readonly sourceById: ReadonlyMap<SourceId, Source>
  /** Muscles involved in a condition: the condition's own list, then muscles whose trigger points name it. */
  readonly musclesOfCondition: ReadonlyMap<ConditionId, readonly Muscle[]>
  readonly conditionsOfMuscle: ReadonlyMap<MuscleId, readonly Condition[]>
}

export interface DatasetParts {
  muscles: readonly Muscle[]
  conditions: readonly Condition[]
  techniques: readonly Technique[]
  sources: readonly Source[]
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name)

/** Builds the indexes. Assumes integrity was checked: dangling references are skipped, not thrown. */
export function buildDataset(parts: DatasetParts): Dataset {
  const muscles = [...parts.muscles].sort(byName)
  const muscleById = new Map(muscles.map((m) => [m.id, m]))
  const triggerPoints = muscles.flatMap((m) => m.triggerPoints)
  const muscleOfTriggerPoint = new Map<TriggerPointId, Muscle>()
  for (const m of muscles) for (const tp of m.triggerPoints) muscleOfTriggerPoint.set(tp.id, m)
  const conditions = [...parts.conditions].sort(byName)
  const musclesOfCondition = new Map<ConditionId, Muscle[]>()
  for (const c of conditions) {
    const list: Muscle[] = []
    const add = (m: Muscle | undefined) => m && !list.includes(m) && list.push(m)
    for (const id of c.muscles) add(muscleById.get(id))
    for (const m of muscles) if (m.triggerPoints.some((tp) => tp.conditions.includes(c.id))) add(m)
    musclesOfCondition.set(c.id, list)
  }
  const conditionsOfMuscle = new Map<MuscleId, Condition[]>(muscles.map((m) => [m.id, []]))
  for (const c of conditions)
    for (const m of musclesOfCondition.get(c.id) ?? []) conditionsOfMuscle.get(m.id)?.push(c)
  return {
    muscles,
    triggerPoints,
    conditions,
    techniques: [...parts.techniques].sort(byName),
    sources: parts.sources,
    muscleById,
    triggerPointById: new Map(triggerPoints.map((tp) => [tp.id, tp])),
    muscleOfTriggerPoint,
    conditionById: new Map(conditions.map((c) => [c.id, c])),
    techniqueById: new Map(parts.techniques.map((t) => [t.id, t])),
    sourceById: new Map(parts.sources.map((s) => [s.id, s])),
    musclesOfCondition,
    conditionsOfMuscle,
  }
}
