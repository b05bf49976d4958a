/** Loads the shipped model artefacts once (GLB decoded to world-space float arrays). */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { readModelMeshes } from '../../scripts/readModel'
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
  cache ??= (async () =>
    [...(await readModelMeshes(new Uint8Array(glbBytes)))].map(([name, m]) => ({
      name,
      extras: m.extras,
      positions: m.positions,
      triangles: m.indices.length / 3,
      semantics: [...m.semantics],
    })))()
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
