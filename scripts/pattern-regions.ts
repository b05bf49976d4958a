// `npx tsx scripts/pattern-regions.ts <muscle-id> ...`: the skin regions each trigger point's
// essential (E) and spillover (S) zones cover on the right side, with the share of each region.
import { loadValidData } from './readDataset'

const { dataset, referral } = loadValidData()
for (const id of process.argv.slice(2)) {
  const muscle = dataset.muscleById.get(id as never)
  if (!muscle) {
    console.error(`${id}: no such muscle`)
    continue
  }
  for (const tp of muscle.triggerPoints) {
    const hits = referral.pattern(tp.id, 'R')?.hits ?? []
    const list = (kind: string) =>
      hits
        .filter((h) => h.kind === kind)
        .map((h) => `${h.region} ${h.share.toFixed(2)}`)
        .join(', ')
    console.log(`${tp.id} (${tp.label})\n  E: ${list('essential')}\n  S: ${list('spillover')}`)
  }
}
