import type { Dataset } from './dataset'
import type { Side, Vec3 } from './manifest'
import type { ReferralIndex } from './referralRegions'
import type { Muscle, TriggerPointId } from './schema'

/** A painful place: an atlas region id, or a body-frame point (metres), intensity 1-3 (default 1). */
export type PainMark =
  | { readonly region: string; readonly intensity?: number }
  | { readonly point: Vec3; readonly intensity?: number }

export interface Candidate {
  readonly rank: number
  readonly triggerPoint: TriggerPointId
  readonly muscle: Muscle
  readonly side: Side
  readonly score: number
  /** Marked regions inside the essential zones, then those reached only by spillover. */
  readonly essential: readonly string[]
  readonly spillover: readonly string[]
  /** One plain sentence: "essential over Left temple; spillover to Left angle of jaw". */
  readonly reason: string
  /** The muscle's other trigger points (same side) that also reach the marks, best first. */
  readonly alsoTriggerPoints: readonly TriggerPointId[]
}

/** Weight of a mark reached only by a spillover zone, relative to one inside an essential zone. */
export const SPILLOVER_WEIGHT = 0.35

/**
 * Ranks the trigger points (on each side) whose referral patterns reach the marked places, one
 * entry per muscle and side (its best trigger point; the others in `alsoTriggerPoints`).
 * Score = sum over marks of intensity x (1 if an essential zone covers the mark's region,
 * SPILLOVER_WEIGHT if only a spillover zone does), so essential coverage outranks spillover and
 * explaining more marks outranks explaining fewer. Ties go to the pattern covering more of the
 * marked regions' skin, then to the muscle the conditions index names most often, then by name.
 * Unknown region ids are ignored.
 */
export function rankCandidates(
  marks: readonly PainMark[],
  index: ReferralIndex,
  dataset: Dataset,
  limit = 25,
): Candidate[] {
  const weights = new Map<string, number>()
  for (const m of marks) {
    const region = 'region' in m ? m.region : index.regionAt(m.point)
    const w = Math.min(3, Math.max(1, Math.round(m.intensity ?? 1)))
    weights.set(region, Math.max(weights.get(region) ?? 0, w))
  }
  if (weights.size === 0) return []
  const prominence = (m: Muscle) => dataset.conditionsOfMuscle.get(m.id)?.length ?? 0

  const scored: (Omit<Candidate, 'rank' | 'alsoTriggerPoints'> & { cover: number; key: string })[] =
    []
  for (const p of index.patterns) {
    let score = 0
    let cover = 0
    const essential: string[] = []
    const spillover: string[] = []
    for (const hit of p.hits) {
      const w = weights.get(hit.region)
      if (!w) continue
      if (hit.kind === 'essential') essential.push(hit.region)
      else spillover.push(hit.region)
      score += w * (hit.kind === 'essential' ? 1 : SPILLOVER_WEIGHT)
      cover += hit.share
    }
    if (score === 0) continue
    const muscle = dataset.muscleOfTriggerPoint.get(p.triggerPoint)!
    const key = `${p.triggerPoint}|${[...essential].sort()}|${[...spillover].sort()}`
    scored.push({
      triggerPoint: p.triggerPoint,
      muscle,
      side: p.side,
      score,
      essential,
      spillover,
      cover,
      key,
      reason: reasonText(essential, spillover, index),
    })
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.cover - a.cover ||
      prominence(b.muscle) - prominence(a.muscle) ||
      a.muscle.name.localeCompare(b.muscle.name) ||
      a.triggerPoint.localeCompare(b.triggerPoint) ||
      a.side.localeCompare(b.side),
  )
  // One entry per muscle and side, led by its best trigger point: the list answers "which muscles
  // may cause this", and other trigger points of the same muscle ride along as `alsoTriggerPoints`.
  // A midline mark reached alike from both sides keeps one of two identical explanations.
  const seen = new Set<string>()
  const byMuscle = new Map<string, Candidate & { alsoTriggerPoints: TriggerPointId[] }>()
  const out: (Candidate & { alsoTriggerPoints: TriggerPointId[] })[] = []
  for (const c of scored) {
    if (seen.has(c.key)) continue
    seen.add(c.key)
    const lead = byMuscle.get(`${c.muscle.id}|${c.side}`)
    if (lead) {
      lead.alsoTriggerPoints.push(c.triggerPoint)
      continue
    }
    if (out.length >= limit) continue
    const { cover: _cover, key: _key, ...candidate } = c
    const entry = { ...candidate, rank: out.length + 1, alsoTriggerPoints: [] }
    byMuscle.set(`${c.muscle.id}|${c.side}`, entry)
    out.push(entry)
  }
  return out
}

function reasonText(
  essential: readonly string[],
  spillover: readonly string[],
  index: ReferralIndex,
): string {
  const names = (ids: readonly string[]) => ids.map((id) => index.regionName(id)).join(', ')
  const parts: string[] = []
  if (essential.length) parts.push(`essential over ${names(essential)}`)
  if (spillover.length) parts.push(`spillover to ${names(spillover)}`)
  return parts.join('; ')
}
