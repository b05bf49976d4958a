/**
 * Colours the skin regions so that regions sharing a border differ (greedy colouring of the
 * adjacency graph read off the skin's triangles), and writes each vertex's colour as three 0/1
 * bits. Interpolated across a triangle that straddles two regions, at least one bit passes 0.5
 * exactly halfway between them: the shader draws the border there, one pixel wide at any mesh
 * resolution (the interpolated region index alone can only flag whole triangles).
 */
export function regionColorBits(
  index: ArrayLike<number>,
  regionOfVertex: ArrayLike<number>,
): Float32Array {
  const neighbours = new Map<number, Set<number>>()
  const link = (a: number, b: number) => {
    if (a === b) return
    let s = neighbours.get(a)
    if (!s) neighbours.set(a, (s = new Set()))
    s.add(b)
  }
  for (let t = 0; t < index.length; t += 3) {
    const r = [0, 1, 2].map((k) => regionOfVertex[index[t + k]!]!)
    for (const a of r) for (const b of r) link(a, b)
  }
  // Most-constrained first keeps the colour count low; 8 colours (3 bits) is plenty for a surface map.
  const order = [...neighbours.keys()].sort(
    (a, b) => neighbours.get(b)!.size - neighbours.get(a)!.size || a - b,
  )
  const colour = new Map<number, number>()
  for (const r of order) {
    const used = new Set([...neighbours.get(r)!].map((n) => colour.get(n)))
    let c = 0
    while (used.has(c)) c++
    colour.set(r, c % 8)
  }
  const bits = new Float32Array(regionOfVertex.length * 3)
  for (let v = 0; v < regionOfVertex.length; v++) {
    const c = colour.get(regionOfVertex[v]!) ?? 0
    bits[v * 3] = c & 1
    bits[v * 3 + 1] = (c >> 1) & 1
    bits[v * 3 + 2] = (c >> 2) & 1
  }
  return bits
}
