import { z } from 'zod'
import { layerSchema } from './schema'

/**
 * The data <-> model contract: what `npm run build:model` writes next to body.glb. Positions are in
 * the body frame (metres, +Y up, +Z anterior, +X toward the subject's left, soles at Y = 0).
 */

const vec3 = z.tuple([z.number(), z.number(), z.number()])
export type Vec3 = readonly [number, number, number]

export const sideSchema = z.enum(['L', 'R'])
export type Side = z.infer<typeof sideSchema>

export const partSchema = z.object({
  name: z.string(),
  muscle: z.string(),
  side: sideSchema,
  layer: layerSchema,
  centroid: vec3,
  min: vec3,
  max: vec3,
  triangles: z.number().int().nonnegative(),
})
export type Part = z.infer<typeof partSchema>

export const landmarkSchema = z.object({ position: vec3, surface: z.boolean() })
export type Landmark = z.infer<typeof landmarkSchema>

export const regionSchema = z.object({
  id: z.string(),
  name: z.string(),
  side: z.enum(['L', 'R']).optional(),
})
export type Region = z.infer<typeof regionSchema>

export const manifestSchema = z.object({
  version: z.literal(1),
  stature: z.number().positive(),
  parts: z.array(partSchema).min(1),
  landmarks: z.record(z.string(), landmarkSchema),
  regions: z.array(regionSchema),
})
export type Manifest = z.infer<typeof manifestSchema>

export const regionAtlasSchema = z.object({
  regions: z.array(regionSchema).min(1),
  samples: z.object({
    /** x, y, z triples in millimetres. */
    positions: z.array(z.number().int()),
    /** Index into `regions`, one per sample. */
    region: z.array(z.number().int().nonnegative()),
  }),
})
export type RegionAtlas = z.infer<typeof regionAtlasSchema>

/** The name of a muscle's part on one side, as the model names its nodes. */
export const partName = (muscle: string, side: Side): string => `${muscle}.${side}`

/**
 * A readable name for a muscle the model has but the dataset does not describe (the model names
 * parts by id): "depressor-labii-inferioris" -> "Depressor labii inferioris", "lumbricals-foot" ->
 * "Lumbricals (foot)".
 */
export function modelMuscleName(id: string): string {
  const limb = /-(hand|foot)$/.exec(id)
  const words = (limb ? id.slice(0, -limb[0].length) : id).split('-').join(' ')
  const name = words.charAt(0).toUpperCase() + words.slice(1)
  return limb ? `${name} (${limb[1]})` : name
}
