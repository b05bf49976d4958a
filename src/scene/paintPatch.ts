import type { BufferGeometry } from 'three'
import type { ZoneShape } from '../domain/geometry'

/**
 * The skin triangles a referral pattern can paint: those with a vertex inside the bounding box of
 * a zone ball or of the capsule joining two balls, grown by `margin`. With the skin itself hidden,
 * drawing only these instead of the whole skin saves most of the paint pass.
 */
export function paintPatchIndex(
  skin: BufferGeometry,
  zones: readonly ZoneShape[],
  margin = 0.01,
): Uint32Array {
  const boxes: number[][] = []
  for (const z of zones)
    z.balls.forEach((a, i) => {
      const b = z.balls[i + 1] ?? a
      const r = Math.max(a.radius, b.radius) + margin
      boxes.push(
        [0, 1, 2].flatMap((k) => [
          Math.min(a.centre[k]!, b.centre[k]!) - r,
          Math.max(a.centre[k]!, b.centre[k]!) + r,
        ]),
      )
    })
  const pos = skin.getAttribute('position')
  const index = skin.index!.array
  const near = new Uint8Array(pos.count)
  for (let v = 0; v < pos.count; v++) {
    const x = pos.getX(v)
    const y = pos.getY(v)
    const zc = pos.getZ(v)
    near[v] = boxes.some(
      (b) => x >= b[0]! && x <= b[1]! && y >= b[2]! && y <= b[3]! && zc >= b[4]! && zc <= b[5]!,
    )
      ? 1
      : 0
  }
  const out: number[] = []
  for (let t = 0; t < index.length; t += 3)
    if (near[index[t]!] || near[index[t + 1]!] || near[index[t + 2]!])
      out.push(index[t]!, index[t + 1]!, index[t + 2]!)
  return Uint32Array.from(out)
}
