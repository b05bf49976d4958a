import type { Dataset } from '../domain/dataset'
import type { ZoneShape } from '../domain/geometry'
import type { ReferralIndex } from '../domain/referralRegions'
import type { AppState } from '../state/store'

/**
 * The referral zones to paint: a previewed trigger point's pattern wins; otherwise, with the
 * overlay on, the selected trigger point's pattern, or every pattern of the selected muscle.
 */
export function paintedZones(
  s: AppState,
  dataset: Dataset,
  referral: ReferralIndex,
): readonly ZoneShape[] {
  if (s.hoverTriggerPoint)
    return referral.pattern(s.hoverTriggerPoint.id, s.hoverTriggerPoint.side)?.zones ?? []
  if (!s.referral) return []
  if (s.triggerPoint) return referral.pattern(s.triggerPoint, s.side)?.zones ?? []
  if (!s.muscle) return []
  const muscle = dataset.muscleById.get(s.muscle)
  return (muscle?.triggerPoints ?? []).flatMap((tp) => referral.pattern(tp.id, s.side)?.zones ?? [])
}
