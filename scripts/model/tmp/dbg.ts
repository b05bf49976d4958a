import { skinPrims } from '../body'
import { L } from '../landmarks'
import { lerp } from '../math'
const ps = skinPrims()
const p = lerp(L('wrist'), L('mc3-head'), 0.5)
console.log(p, L('wrist'), L('mc3-head'))
ps.forEach((q, i) => {
  const d = q.d(p[0], p[1], p[2])
  if (d < 0.05) console.log(i, q.group, d)
})
