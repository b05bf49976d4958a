// Measures how well the dataset's essential zones agree with tests/data/essential-reference.json,
// a reference compiled by a separate pass that never read the dataset. `npm run data:agreement`.
import { readFileSync } from 'node:fs'
import type { Dataset } from '../src/domain/dataset'
import type { ReferralIndex } from '../src/domain/referralRegions'

export interface ReferenceMuscle {
  muscle: string
  /** Regions (right side) the essential area clearly covers. */
  core: string[]
  /** Regions the source shows as spillover at most: painting them essential disagrees. */
  notEssential?: string[]
  source: string
  confidence: 'high' | 'medium'
}

export interface MuscleAgreement {
  muscle: string
  agrees: boolean
  /** Core regions our essential zones do not reach. */
  missing: string[]
  /** notEssential regions our essential zones cover substantially. */
  extra: string[]
}

/**
 * A core region counts as reached when an essential zone covers at least this share of it, or,
 * since regions differ tenfold in size (a toe, the thigh), when it holds at least HELD_SHARE of one
 * trigger point's essential area (and at least HELD_MIN skin samples, about 1 cm apart).
 */
export const REACHED_SHARE = 0.1
export const HELD_SHARE = 0.25
export const HELD_MIN = 5
/** A not-essential region counts as painted essential when this share of it is covered. */
export const PAINTED_SHARE = 0.25

export function readEssentialReference(
  file = 'tests/data/essential-reference.json',
): ReferenceMuscle[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { muscles: ReferenceMuscle[] }).muscles
}

/** Compares the union of each muscle's essential zones (right side) with the reference. */
export function essentialAgreement(
  reference: readonly ReferenceMuscle[],
  dataset: Dataset,
  referral: ReferralIndex,
): MuscleAgreement[] {
  return reference.map((ref) => {
    const muscle = dataset.muscleById.get(ref.muscle as never)
    const share = new Map<string, number>()
    const held = new Set<string>()
    for (const tp of muscle?.triggerPoints ?? []) {
      const essential = (referral.pattern(tp.id, 'R')?.hits ?? []).filter(
        (h) => h.kind === 'essential',
      )
      const total = essential.reduce((n, h) => n + h.samples, 0)
      for (const hit of essential) {
        share.set(hit.region, Math.max(share.get(hit.region) ?? 0, hit.share))
        if (hit.samples >= HELD_MIN && hit.samples >= HELD_SHARE * total) held.add(hit.region)
      }
    }
    const missing = ref.core.filter((r) => (share.get(r) ?? 0) < REACHED_SHARE && !held.has(r))
    const extra = (ref.notEssential ?? []).filter((r) => (share.get(r) ?? 0) >= PAINTED_SHARE)
    return {
      muscle: ref.muscle,
      agrees: missing.length === 0 && extra.length === 0,
      missing,
      extra,
    }
  })
}
