import { describe, expect, it } from 'vitest'
import { STATION_LIMIT, stationDistances } from '../../scripts/stations'

describe('trigger point stations', () => {
  it(`lie on or within ${STATION_LIMIT * 1000} mm of their own muscle, on both sides`, async () => {
    const rows = await stationDistances()
    expect(rows.length).toBeGreaterThan(300)
    const over = rows
      .filter((r) => r.distance > STATION_LIMIT)
      .map(
        (r) => `${r.triggerPoint}.${r.side} ${r.problem ?? `${Math.round(r.distance * 1000)} mm`}`,
      )
    expect(over).toEqual([])
  })
})
