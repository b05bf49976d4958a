// `npx tsx scripts/check-stations.ts [muscle-id ...]`: distance from each trigger point's palpation
// station to its own muscle's surface in the model, both sides. Lists those over the limit.
import { STATION_LIMIT, stationDistances } from './stations'

const rows = await stationDistances(new Set(process.argv.slice(2)))
const over = rows.filter((r) => r.distance > STATION_LIMIT)
for (const r of over)
  console.log(
    `${r.triggerPoint} ${r.side}: ${r.problem ?? `station ${(r.distance * 1000).toFixed(0)} mm from ${r.muscle}`}`,
  )
console.log(`${rows.length} stations checked, ${over.length} over ${STATION_LIMIT * 1000} mm`)
process.exit(over.length ? 1 : 0)
