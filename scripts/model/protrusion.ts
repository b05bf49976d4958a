/**
 * How far muscles and bones reach outside the drawn skin (the skin MESH of body.glb), worst first:
 *   npx tsx scripts/model/protrusion.ts [top=30] [glb=assets/models/body.glb]
 */
import { readFileSync } from 'node:fs'
import { readModelMeshes } from '../readModel'
import { SkinMeshDistance } from './skin-distance'

export interface Protrusion {
  name: string
  /** max signed distance of a vertex to the skin mesh (m, positive = outside) */
  max: number
  at: number[]
  /** vertices less than 1.5 mm inside */
  shallow: number
}

export async function protrusions(glb: Uint8Array, faces = true): Promise<Protrusion[]> {
  const world = new Map<string, { pos: Float32Array; idx: Uint32Array }>()
  for (const [name, m] of await readModelMeshes(glb))
    world.set(name, { pos: m.positions, idx: m.indices })
  const skin = world.get('skin')!
  const sd = new SkinMeshDistance(skin.pos, skin.idx)
  const out: Protrusion[] = []
  for (const [name, { pos, idx }] of world) {
    if (name === 'skin') continue
    let max = -Infinity
    let at: number[] = []
    let shallow = 0
    const test = (x: number, y: number, z: number, vertex: boolean): void => {
      const d = sd.d(x, y, z)
      if (vertex && d > -0.0015) shallow++
      if (d > max) {
        max = d
        at = [x, y, z]
      }
    }
    for (let i = 0; i < pos.length; i += 3) test(pos[i]!, pos[i + 1]!, pos[i + 2]!, true)
    // a flat triangle between two inside vertices can still cut out through a concave skin fold
    if (faces)
      for (let t = 0; t < idx.length; t += 3) {
        const a = 3 * idx[t]!
        const b = 3 * idx[t + 1]!
        const c = 3 * idx[t + 2]!
        for (const [u, v, w] of [
          [1 / 3, 1 / 3, 1 / 3],
          [0.5, 0.5, 0],
          [0, 0.5, 0.5],
          [0.5, 0, 0.5],
        ] as const)
          test(
            u * pos[a]! + v * pos[b]! + w * pos[c]!,
            u * pos[a + 1]! + v * pos[b + 1]! + w * pos[c + 1]!,
            u * pos[a + 2]! + v * pos[b + 2]! + w * pos[c + 2]!,
            false,
          )
      }
    out.push({ name, max, at, shallow })
  }
  return out.sort((a, b) => b.max - a.max || (a.name < b.name ? -1 : 1))
}

if (process.argv[1]?.endsWith('protrusion.ts')) {
  const top = Number(process.argv[2] ?? 30)
  const rows = await protrusions(
    new Uint8Array(readFileSync(process.argv[3] ?? 'assets/models/body.glb')),
  )
  for (const r of rows.slice(0, top))
    console.log(
      r.name.padEnd(36),
      `${(r.max * 1000).toFixed(2)} mm`.padStart(10),
      String(r.shallow).padStart(6),
      r.at.map((v) => v.toFixed(3)).join(','),
    )
  console.log(
    `parts > 1 mm out: ${rows.filter((r) => r.max > 0.001).length}; > 0: ${rows.filter((r) => r.max > 0).length}; < 1.5 mm inside: ${rows.filter((r) => r.max > -0.0015).length} of ${rows.length}`,
  )
}
