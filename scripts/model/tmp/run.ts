import { buildModel } from '../generate'
import { writeFileSync } from 'node:fs'
const t0 = Date.now()
const r = await buildModel({ res: Number(process.argv[2] ?? 1) })
writeFileSync('/work/main/assets/models/_try.glb', r.glb)
console.log(r.stats, r.glb.length, Date.now() - t0)
const big = [...r.manifest.parts]
  .sort((a, b) => b.triangles - a.triangles)
  .slice(0, 5)
  .map((p) => p.name + ':' + p.triangles)
console.log(big)
