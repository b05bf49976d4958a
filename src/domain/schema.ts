import { z } from 'zod'

/**
 * The runtime schema of every authored data file. The TypeScript types are inferred from it, so the
 * schema is the single source of truth for the data's shape. See data/README.md for the authoring
 * guide and the body frame.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug like "upper-trapezius"')

export const muscleIdSchema = slug.brand<'MuscleId'>()
export const triggerPointIdSchema = slug.brand<'TriggerPointId'>()
export const conditionIdSchema = slug.brand<'ConditionId'>()
export const techniqueIdSchema = slug.brand<'TechniqueId'>()
export const sourceIdSchema = slug.brand<'SourceId'>()
export const landmarkNameSchema = slug.brand<'LandmarkName'>()

export type MuscleId = z.infer<typeof muscleIdSchema>
export type TriggerPointId = z.infer<typeof triggerPointIdSchema>
export type ConditionId = z.infer<typeof conditionIdSchema>
export type TechniqueId = z.infer<typeof techniqueIdSchema>
export type SourceId = z.infer<typeof sourceIdSchema>
export type LandmarkName = z.infer<typeof landmarkNameSchema>

const text = z.string().trim().min(1, 'must not be empty')

export const bodyRegions = [
  'head-jaw',
  'neck',
  'shoulder-girdle',
  'arm',
  'forearm',
  'hand',
  'thorax',
  'abdomen',
  'back',
  'pelvis-hip',
  'thigh',
  'leg',
  'foot',
] as const
export const bodyRegionSchema = z.enum(bodyRegions)
export type BodyRegion = z.infer<typeof bodyRegionSchema>

export const layers = ['superficial', 'intermediate', 'deep'] as const
export const layerSchema = z.enum(layers)
export type Layer = z.infer<typeof layerSchema>

export const treatmentStages = [
  'relieve-pain',
  'correct-structure',
  'restore-flexibility',
  'strength',
  'endurance',
] as const
export const treatmentStageSchema = z.enum(treatmentStages)
export type TreatmentStage = z.infer<typeof treatmentStageSchema>

/** A citation: a bibliography id plus where in it (chapter, figure, page). */
export const sourceRefSchema = z.strictObject({
  source: sourceIdSchema,
  locator: text.optional(),
})
export type SourceRef = z.infer<typeof sourceRefSchema>

/**
 * A point in the body frame named by landmarks: the landmark itself, or the point a fraction `t`
 * of the way from `at` toward `toward`. Sided landmark names resolve to the side of the muscle
 * they describe; midline landmarks have no side.
 */
export const stationSchema = z.strictObject({
  at: landmarkNameSchema,
  toward: landmarkNameSchema.optional(),
  t: z.number().min(0).max(1).optional(),
  /** Radius in metres; used by referral zones, ignored for trigger point locations. */
  r: z.number().min(0.005).max(0.25).optional(),
})
export type Station = z.infer<typeof stationSchema>

export const zoneKinds = ['essential', 'spillover'] as const
export const zoneKindSchema = z.enum(zoneKinds)
export type ZoneKind = z.infer<typeof zoneKindSchema>

/**
 * A referral zone: a chain of skin stations, each a ball of radius r, joined by tapered capsules.
 * Points of the skin inside that volume are in the zone.
 */
export const referralZoneSchema = z.strictObject({
  kind: zoneKindSchema,
  /** The source shows this zone on both sides of the body (e.g. a band across the low back). */
  bilateral: z.boolean().optional(),
  stations: z
    .array(stationSchema.extend({ r: z.number().min(0.005).max(0.25) }))
    .min(1)
    .max(8),
})
export type ReferralZone = z.infer<typeof referralZoneSchema>

export const triggerPointSchema = z.strictObject({
  id: triggerPointIdSchema,
  label: text,
  location: z.strictObject({
    station: stationSchema.omit({ r: true }),
    palpation: text,
  }),
  referral: z.strictObject({
    summary: text,
    zones: z.array(referralZoneSchema).min(1),
  }),
  symptoms: z.array(text).default([]),
  conditions: z.array(conditionIdSchema).default([]),
  activatingFactors: z.array(text).default([]),
  perpetuatingFactors: z.array(text).default([]),
  entrapment: z.strictObject({ nerve: text, effect: text }).optional(),
  satellites: z.array(text).default([]),
  techniques: z.array(techniqueIdSchema).default([]),
  selfCare: z.array(text).default([]),
  cautions: z.array(text).default([]),
  sources: z.array(sourceRefSchema).min(1, 'every trigger point names at least one source'),
})
export type TriggerPoint = z.infer<typeof triggerPointSchema>

export const muscleSchema = z.strictObject({
  id: muscleIdSchema,
  name: text,
  aliases: z.array(text).default([]),
  region: bodyRegionSchema,
  layer: layerSchema,
  summary: text,
  origin: text,
  insertion: text,
  action: text,
  innervation: text,
  triggerPoints: z.array(triggerPointSchema).default([]),
  sources: z.array(sourceRefSchema).min(1),
})
export type Muscle = z.infer<typeof muscleSchema>

export const conditionSchema = z.strictObject({
  id: conditionIdSchema,
  name: text,
  aliases: z.array(text).default([]),
  summary: text,
  muscles: z.array(muscleIdSchema).min(1),
  redFlags: z.array(text).default([]),
  sources: z.array(sourceRefSchema).min(1),
})
export type Condition = z.infer<typeof conditionSchema>

export const techniqueSchema = z.strictObject({
  id: techniqueIdSchema,
  name: text,
  aliases: z.array(text).default([]),
  summary: text,
  stage: z.array(treatmentStageSchema).min(1),
  position: text,
  tool: text,
  steps: z.array(text).min(1),
  dosage: text,
  contraindications: z.array(text).default([]),
  sources: z.array(sourceRefSchema).min(1),
})
export type Technique = z.infer<typeof techniqueSchema>

export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  citation: text,
  url: z.url().optional(),
})
export type Source = z.infer<typeof sourceSchema>

export const conditionsFileSchema = z.strictObject({ conditions: z.array(conditionSchema) })
export const techniquesFileSchema = z.strictObject({ techniques: z.array(techniqueSchema) })
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema) })
