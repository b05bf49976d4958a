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

/** A core region counts as reached when an essential zone covers at least this share of it. */
export const REACHED_SHARE = 0.1
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
    for (const tp of muscle?.triggerPoints ?? [])
      for (const hit of referral.pattern(tp.id, 'R')?.hits ?? [])
        if (hit.kind === 'essential')
          share.set(hit.region, Math.max(share.get(hit.region) ?? 0, hit.share))
    const missing = ref.core.filter((r) => (share.get(r) ?? 0) < REACHED_SHARE)
    const extra = (ref.notEssential ?? []).filter((r) => (share.get(r) ?? 0) >= PAINTED_SHARE)
    return {
      muscle: ref.muscle,
      agrees: missing.length === 0 && extra.length === 0,
      missing,
      extra,
    }
  })
}
