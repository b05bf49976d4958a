import { describe, expect, it } from 'vitest'
import { readModelMeshes } from '../../scripts/readModel'

/** Signed volume of a closed triangle mesh: positive when its triangles wind counter-clockwise seen from outside. */
function signedVolume(positions: Float32Array, indices: Uint32Array): number {
  let v = 0
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3
    const b = indices[t + 1]! * 3
    const c = indices[t + 2]! * 3
    const [ax, ay, az] = [positions[a]!, positions[a + 1]!, positions[a + 2]!]
    const [bx, by, bz] = [positions[b]!, positions[b + 1]!, positions[b + 2]!]
    const [cx, cy, cz] = [positions[c]!, positions[c + 1]!, positions[c + 2]!]
    v += (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6
  }
  return v
}

describe('mesh orientation', () => {
  it('winds the skin, the skeleton and every muscle outward (front faces outside)', async () => {
    const meshes = await readModelMeshes()
    const inward = [...meshes]
      .filter(([, m]) => signedVolume(m.positions, m.indices) <= 0)
      .map(([name]) => name)
    expect(inward).toEqual([])
  })

  it('encloses a plausible body volume (litres) in the skin', async () => {
    const skin = (await readModelMeshes()).get('skin')!
    const litres = signedVolume(skin.positions, skin.indices) * 1000
    // A 1.75 m adult of ordinary build: roughly 60-85 litres.
    expect(litres).toBeGreaterThan(55)
    expect(litres).toBeLessThan(95)
  })
})
