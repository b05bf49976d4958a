import { skinPrims } from '../body.ts'
import { L } from '../landmarks.ts'
import { lerp } from '../math.ts'
const ps = skinPrims()
const p = lerp(L('wrist'), L('mc3-head'), 0.5)
console.log(p, L('wrist'), L('mc3-head'))
ps.forEach((q, i) => { const d = q.d(p[0], p[1], p[2]); if (d < 0.05) console.log(i, q.group, d) })
