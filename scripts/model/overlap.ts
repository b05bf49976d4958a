/**
 * Muscles sunk through each other: for every pair of left-side muscle parts, the share of one
 * part's vertices lying more than `depth` inside the other (signed distance to its mesh), worst
 * first. `npx tsx scripts/model/overlap.ts [top=30] [depthMm=3]`.
 */
import { readModelMeshes, type NodeMesh } from '../readModel'
import { SkinMeshDistance } from './skin-distance'

export interface Overlap {
  /** the part whose vertices are inside */
  inner: string
  outer: string
  /** share (0..1) of inner's vertices deeper than the threshold inside outer */
  share: number
}

function box(m: NodeMesh): [number[], number[]] {
  const min = [Infinity, Infinity, Infinity]
  const max = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < m.positions.length; i += 3)
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, m.positions[i + k]!)
      max[k] = Math.max(max[k]!, m.positions[i + k]!)
    }
  return [min, max]
}

export async function overlaps(depth = 0.003, glb?: Uint8Array): Promise<Overlap[]> {
  const parts = [...(await readModelMeshes(glb))].filter(([n]) => n.endsWith('.L'))
  const boxes = new Map(parts.map(([n, m]) => [n, box(m)]))
  const out: Overlap[] = []
  for (const [outer, om] of parts) {
    const [omin, omax] = boxes.get(outer)!
    let sd: SkinMeshDistance | undefined
    for (const [inner, im] of parts) {
      if (inner === outer) continue
      const [imin, imax] = boxes.get(inner)!
      if ([0, 1, 2].some((k) => imin[k]! > omax[k]! || imax[k]! < omin[k]!)) continue
      sd ??= new SkinMeshDistance(om.positions, om.indices)
      const p = im.positions
      let deep = 0
      for (let i = 0; i < p.length; i += 3) {
        const x = p[i]!
        const y = p[i + 1]!
        const z = p[i + 2]!
        if (
          x < omin[0]! ||
          x > omax[0]! ||
          y < omin[1]! ||
          y > omax[1]! ||
          z < omin[2]! ||
          z > omax[2]!
        )
          continue
        if (sd.d(x, y, z) < -depth && sd.inside(x, y, z)) deep++
      }
      if (deep > 0) out.push({ inner, outer, share: deep / (p.length / 3) })
    }
  }
  return out.sort((a, b) => b.share - a.share || (a.inner < b.inner ? -1 : 1))
}

if (process.argv[1]?.endsWith('overlap.ts')) {
  const top = Number(process.argv[2] ?? 30)
  const rows = await overlaps(Number(process.argv[3] ?? 3) / 1000)
  for (const r of rows.slice(0, top))
    console.log(r.inner.padEnd(36), 'in', r.outer.padEnd(36), `${(r.share * 100).toFixed(1)}%`)
  const over = (s: number) => rows.filter((r) => r.share > s).length
  console.log(
    `pairs: ${rows.length} touching; ${over(0.1)} over 10%, ${over(0.25)} over 25% of a part inside another`,
  )
}
