// `npm run data:agreement`: essential-zone agreement with the independent reference, per muscle.
import { essentialAgreement, readEssentialReference } from './essentialAgreement'
import { loadValidData } from './readDataset'

const { dataset, referral } = loadValidData()
const reference = readEssentialReference()
const results = essentialAgreement(reference, dataset, referral)
for (const r of results.filter((x) => !x.agrees))
  console.log(
    `${r.muscle}: ` +
      [
        r.missing.length ? `misses ${r.missing.join(', ')}` : '',
        r.extra.length ? `paints essential ${r.extra.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
  )
const agree = results.filter((r) => r.agrees).length
const core = reference.reduce((n, r) => n + r.core.length, 0)
const missed = results.reduce((n, r) => n + r.missing.length, 0)
console.log(
  `essential agreement: ${agree}/${results.length} muscles (${((100 * agree) / results.length).toFixed(1)}%), ` +
    `${core - missed}/${core} core regions reached`,
)
