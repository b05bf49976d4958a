// Reads the generated body.glb in Node: every mesh node's world-space triangles, by node name.
import { NodeIO, type Node } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import type { Vec3 } from '../src/domain/manifest'

export interface NodeMesh {
  /** x, y, z per vertex, body frame, metres. */
  readonly positions: Float32Array
  readonly indices: Uint32Array
  /** The node's glTF extras (muscle, side, layer for muscle parts). */
  readonly extras: Record<string, unknown>
  /** Vertex attribute names of the first primitive (POSITION, NORMAL, _FIBER, ...). */
  readonly semantics: readonly string[]
}

/** Every mesh node of a GLB (a path or its bytes), decoded to world-space float arrays. */
export async function readModelMeshes(
  source: string | Uint8Array = 'assets/models/body.glb',
): Promise<Map<string, NodeMesh>> {
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const doc = typeof source === 'string' ? await io.read(source) : await io.readBinary(source)
  const out = new Map<string, NodeMesh>()
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh()
    if (!mesh) continue
    const m = worldMatrix(node)
    const positions: number[] = []
    const indices: number[] = []
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION')
      if (!pos) continue
      const base = positions.length / 3
      const el: number[] = []
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, el)
        const [x = 0, y = 0, z = 0] = el
        positions.push(
          m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
          m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
          m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
        )
      }
      const idx = prim.getIndices()
      if (idx) for (let i = 0; i < idx.getCount(); i++) indices.push(base + idx.getScalar(i))
      else for (let i = 0; i < pos.getCount(); i++) indices.push(base + i)
    }
    out.set(node.getName(), {
      positions: Float32Array.from(positions),
      indices: Uint32Array.from(indices),
      extras: node.getExtras() as Record<string, unknown>,
      semantics: mesh.listPrimitives()[0]?.listSemantics() ?? [],
    })
  }
  return out
}

function worldMatrix(node: Node): number[] {
  return node.getWorldMatrix() as unknown as number[]
}

/** Distance (metres) from a point to the nearest triangle of a mesh. */
export function distanceToMesh(mesh: NodeMesh, p: Vec3): number {
  const { positions: v, indices } = mesh
  let best = Infinity
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3
    const b = indices[t + 1]! * 3
    const c = indices[t + 2]! * 3
    const d = pointTriangleDistance(
      p,
      [v[a]!, v[a + 1]!, v[a + 2]!],
      [v[b]!, v[b + 1]!, v[b + 2]!],
      [v[c]!, v[c + 1]!, v[c + 2]!],
    )
    if (d < best) best = d
  }
  return best
}

// Ericson, Real-Time Collision Detection, 5.1.5: closest point on a triangle.
function pointTriangleDistance(p: Vec3, a: Vec3, b: Vec3, c: Vec3): number {
  const sub = (u: Vec3, w: Vec3): Vec3 => [u[0] - w[0], u[1] - w[1], u[2] - w[2]]
  const dot = (u: Vec3, w: Vec3) => u[0] * w[0] + u[1] * w[1] + u[2] * w[2]
  const ab = sub(b, a)
  const ac = sub(c, a)
  const ap = sub(p, a)
  const d1 = dot(ab, ap)
  const d2 = dot(ac, ap)
  const at = (q: Vec3) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2])
  const lerp = (u: Vec3, w: Vec3, t: number): Vec3 => [
    u[0] + w[0] * t,
    u[1] + w[1] * t,
    u[2] + w[2] * t,
  ]
  if (d1 <= 0 && d2 <= 0) return at(a)
  const bp = sub(p, b)
  const d3 = dot(ab, bp)
  const d4 = dot(ac, bp)
  if (d3 >= 0 && d4 <= d3) return at(b)
  const vc = d1 * d4 - d3 * d2
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return at(lerp(a, ab, d1 / (d1 - d3)))
  const cp = sub(p, c)
  const d5 = dot(ab, cp)
  const d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return at(c)
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return at(lerp(a, ac, d2 / (d2 - d6)))
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0)
    return at(lerp(b, sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6))))
  const denom = 1 / (va + vb + vc)
  const v = vb * denom
  const w = vc * denom
  return at([
    a[0] + ab[0] * v + ac[0] * w,
    a[1] + ab[1] * v + ac[1] * w,
    a[2] + ab[2] * v + ac[2] * w,
  ])
}
