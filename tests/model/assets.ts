/** Loads the shipped model artefacts once (GLB decoded to world-space float arrays). */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import type { Manifest, RegionAtlas } from '../../scripts/model/generate'

export const MODEL_DIR = resolve(import.meta.dirname, '../../assets/models')
export const manifest: Manifest = JSON.parse(
  readFileSync(resolve(MODEL_DIR, 'manifest.json'), 'utf8'),
)
export const atlas: RegionAtlas = JSON.parse(
  readFileSync(resolve(MODEL_DIR, 'region-atlas.json'), 'utf8'),
)
export const glbBytes = readFileSync(resolve(MODEL_DIR, 'body.glb'))

export interface LoadedPart {
  name: string
  extras: Record<string, unknown>
  positions: Float32Array
  triangles: number
  semantics: string[]
}

let cache: Promise<LoadedPart[]> | undefined
export function loadParts(): Promise<LoadedPart[]> {
  cache ??= (async () => {
    await MeshoptDecoder.ready
    const io = new NodeIO()
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
    const doc = await io.readBinary(new Uint8Array(glbBytes))
    const out: LoadedPart[] = []
    for (const node of doc.getRoot().listNodes()) {
      const mesh = node.getMesh()
      if (!mesh) continue
      const m = node.getWorldMatrix()
      const prim = mesh.listPrimitives()[0]!
      const acc = prim.getAttribute('POSITION')!
      const n = acc.getCount()
      const positions = new Float32Array(n * 3)
      const el: number[] = [0, 0, 0]
      for (let i = 0; i < n; i++) {
        acc.getElement(i, el)
        const [x, y, z] = el as [number, number, number]
        positions[3 * i] = m[0] * x + m[4] * y + m[8] * z + m[12]
        positions[3 * i + 1] = m[1] * x + m[5] * y + m[9] * z + m[13]
        positions[3 * i + 2] = m[2] * x + m[6] * y + m[10] * z + m[14]
      }
      out.push({
        name: node.getName(),
        extras: node.getExtras() as Record<string, unknown>,
        positions,
        triangles: (prim.getIndices()?.getCount() ?? n) / 3,
        semantics: prim.listSemantics(),
      })
    }
    return out
  })()
  return cache
}

export const P = (name: string): [number, number, number] => {
  const l = manifest.landmarks[name]
  if (!l) throw new Error(`no landmark ${name}`)
  return l.position
}
export const part = (name: string) => {
  const p = manifest.parts.find((x) => x.name === name)
  if (!p) throw new Error(`no part ${name}`)
  return p
}
