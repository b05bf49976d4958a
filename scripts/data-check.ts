// Temporary first cut: validates every muscle file against the schema. Replaced by the full check.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { muscleSchema } from '../src/domain/schema'

const dir = 'data/trigger-points/muscles'
let problems = 0
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const raw: unknown = JSON.parse(readFileSync(join(dir, f), 'utf8'))
  const r = muscleSchema.safeParse(raw)
  if (!r.success) {
    for (const i of r.error.issues) {
      problems++
      console.error(`${dir}/${f}: $.${i.path.join('.')}: ${i.message}`)
    }
  }
}
console.log(problems ? `${problems} problems` : 'ok')
process.exit(problems ? 1 : 0)
