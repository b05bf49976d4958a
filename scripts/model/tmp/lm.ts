import { skinField } from '../body'
import { internalLandmarks } from '../landmarks'
const s = skinField()
for (const [n, p] of internalLandmarks()) {
  const d = s.dv(p)
  if (d > -0.004 && n.endsWith('.R') === false) console.log(n, d.toFixed(4))
}
