// `npx tsx scripts/pattern-regions.ts <muscle-id> ...`: the skin regions each trigger point's
// essential (E) and spillover (S) zones cover on the right side, with the share of each region.
import { parseDataset } from '../src/domain/parseDataset'
import { buildReferralIndex } from '../src/domain/referralRegions'
import { readAtlas, readManifest, readRawDataset } from './readDataset'

const manifest = readManifest()
const parsed = parseDataset(readRawDataset(), manifest)
if (!parsed.ok) throw new Error('the data has problems: run npm run data:check first')
const index = buildReferralIndex(parsed.dataset, manifest.landmarks, readAtlas())
for (const id of process.argv.slice(2)) {
  const muscle = parsed.dataset.muscleById.get(id as never)
  if (!muscle) {
    console.error(`${id}: no such muscle`)
    continue
  }
  for (const tp of muscle.triggerPoints) {
    const hits = index.pattern(tp.id, 'R')?.hits ?? []
    const list = (kind: string) =>
      hits
        .filter((h) => h.kind === kind)
        .map((h) => `${h.region} ${h.share.toFixed(2)}`)
        .join(', ')
    console.log(`${tp.id} (${tp.label})\n  E: ${list('essential')}\n  S: ${list('spillover')}`)
  }
}
