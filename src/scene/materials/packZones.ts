import type { ZoneShape } from '../../domain/geometry'
import { MAX_ZONE_BALLS, type ZoneUniforms } from './zonePaint'

/**
 * Writes zone shapes into the skin shader's uniform arrays: one entry per ball, each flagged with
 * its kind and whether it joins the next ball. Essential zones go first so a full array drops
 * spillover, never essential paint. Returns how many balls were written.
 */
export function packZones(zones: readonly ZoneShape[], uniforms: ZoneUniforms): number {
  const ordered = [
    ...zones.filter((z) => z.kind === 'essential'),
    ...zones.filter((z) => z.kind === 'spillover'),
  ]
  let n = 0
  for (const zone of ordered) {
    if (n + zone.balls.length > MAX_ZONE_BALLS) break
    zone.balls.forEach((ball, i) => {
      uniforms.zoneBalls.value[n]!.set(ball.centre[0], ball.centre[1], ball.centre[2], ball.radius)
      uniforms.zoneInfo.value[n]!.set(
        zone.kind === 'spillover' ? 1 : 0,
        i < zone.balls.length - 1 ? 1 : 0,
        0,
        0,
      )
      n++
    })
  }
  uniforms.zoneCount.value = n
  return n
}
