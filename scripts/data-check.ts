// `npm run data:check`: validates all data (schema, integrity, region tags from zone shapes, model
// parts) and prints coverage per body region. Exits non-zero on any problem.
import { bodyRegions } from '../src/domain/schema'
import { parseDataset } from '../src/domain/parseDataset'
import { formatProblem } from '../src/domain/problems'
import { buildReferralIndex, zonesOffSkin } from '../src/domain/referralRegions'
import { readAtlas, readManifest, readRawDataset } from './readDataset'

const manifest = readManifest()
const atlas = readAtlas()
const result = parseDataset(readRawDataset(), manifest)
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p))
  console.error(`\n${result.problems.length} problem(s) found.`)
  process.exit(1)
}
const { dataset } = result
const referral = buildReferralIndex(dataset, manifest.landmarks, atlas)

// Every zone must reach the skin: a zone that touches no atlas sample is drawn nowhere.
const offSkin = zonesOffSkin(dataset, manifest.landmarks, atlas)
for (const z of offSkin) console.error(`${z}: touches no skin (check its stations and radii)`)

const rows = bodyRegions.map((region) => {
  const muscles = dataset.muscles.filter((m) => m.region === region)
  const tps = muscles.flatMap((m) => m.triggerPoints)
  const conditions = new Set(tps.flatMap((t) => t.conditions))
  const techniques = new Set(tps.flatMap((t) => t.techniques))
  const sourced = tps.filter((t) => t.sources.length > 0).length
  return {
    region,
    muscles: muscles.length,
    triggerPoints: tps.length,
    conditions: conditions.size,
    techniques: techniques.size,
    sourced: tps.length ? `${Math.round((100 * sourced) / tps.length)}%` : '-',
  }
})
console.table(rows)
// Skin regions no essential zone reaches cannot lead anywhere in the reverse lookup.
const reached = new Set(
  referral.patterns.flatMap((p) =>
    p.hits.filter((h) => h.kind === 'essential').map((h) => h.region),
  ),
)
const unreached = atlas.regions.filter((r) => !reached.has(r.id)).map((r) => r.id)
console.log(
  `skin regions reached by an essential zone: ${reached.size}/${atlas.regions.length}` +
    (unreached.length ? ` (not: ${unreached.join(', ')})` : ''),
)
console.log(
  `${dataset.muscles.length} muscles, ${dataset.triggerPoints.length} trigger points, ${dataset.conditions.length} conditions, ` +
    `${dataset.techniques.length} techniques, ${dataset.sources.length} sources; ${atlas.regions.length} skin regions, ` +
    `${manifest.parts.length} model parts.`,
)
if (offSkin.length) {
  console.error(`\n${offSkin.length} problem(s) found.`)
  process.exit(1)
}
console.log('data:check passed')
