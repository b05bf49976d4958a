import { skinField, BODY_BOUNDS } from '../body'
import { boneField } from '../skeleton'
import { surfaceNets, simplify } from '../mesher'
import { writeGlb } from '../glb'
import { MeshoptSimplifier } from 'meshoptimizer'
import { writeFileSync } from 'node:fs'
await MeshoptSimplifier.ready
let t0 = Date.now()
const f = skinField()
let m = surfaceNets(f, BODY_BOUNDS.lo, BODY_BOUNDS.hi, 0.005)
m = simplify(m, 60000, 0.002)
console.log('skin tris', m.indices.length / 3, Date.now() - t0)
t0 = Date.now()
const b = boneField()
let bm = surfaceNets(b, BODY_BOUNDS.lo, BODY_BOUNDS.hi, 0.004)
console.log('bone raw tris', bm.indices.length / 3, Date.now() - t0)
bm = simplify(bm, 30000, 0.002)
const glb = await writeGlb([
  { name: 'skin', ...m },
  { name: 'skeleton', ...bm },
])
writeFileSync('/work/main/assets/models/_try.glb', glb)
console.log(glb.length)
