// `npm run lookup -- <region-id> [<region-id>[:intensity] ...]`: the ranked candidates for a pain area,
// one line each (rank, trigger point, side, muscle, score, reasons). `--regions` lists region ids.
import { parseDataset } from '../src/domain/parseDataset'
import { formatProblem } from '../src/domain/problems'
import { rankCandidates, type PainMark } from '../src/domain/ranking'
import { buildReferralIndex } from '../src/domain/referralRegions'
import { readAtlas, readManifest, readRawDataset } from './readDataset'

const args = process.argv.slice(2)
const manifest = readManifest()
const atlas = readAtlas()
if (args.length === 0 || args.includes('--regions')) {
  if (args.length === 0)
    console.error('usage: npm run lookup -- <region-id>[:1-3] ...   (region ids below)\n')
  for (const r of atlas.regions) console.log(`${r.id}\t${r.name}`)
  process.exit(args.length === 0 ? 2 : 0)
}
const parsed = parseDataset(readRawDataset(), manifest)
if (!parsed.ok) {
  parsed.problems.forEach((p) => console.error(formatProblem(p)))
  process.exit(1)
}
const known = new Set(atlas.regions.map((r) => r.id))
const marks: PainMark[] = []
for (const a of args) {
  const [region = '', level] = a.split(':')
  if (!known.has(region)) {
    console.error(`unknown region "${region}" (npm run lookup -- --regions lists them)`)
    process.exit(2)
  }
  marks.push({ region, intensity: level ? Number(level) : 1 })
}
const index = buildReferralIndex(parsed.dataset, manifest.landmarks, atlas)
for (const c of rankCandidates(marks, index, parsed.dataset)) {
  console.log(
    [c.rank, `${c.triggerPoint}.${c.side}`, c.muscle.name, c.score.toFixed(2), c.reason].join('\t'),
  )
}
