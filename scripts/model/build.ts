/**
 * `npm run build:model`: generate assets/models/body.glb, manifest.json, region-atlas.json and
 * CREDITS.md deterministically (no clocks, no randomness, fixed iteration order). Each file is
 * written to a temp name and renamed, so a reader never sees half a file.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { buildModel } from './generate'
import { credits } from './credits'

const out = resolve(import.meta.dirname, '../../assets/models')

async function atomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp`
  await writeFile(tmp, data)
  await rename(tmp, path)
}

const t0 = performance.now()
const r = await buildModel({ res: 1 })
await mkdir(out, { recursive: true })
await atomic(join(out, 'body.glb'), r.glb)
await atomic(join(out, 'manifest.json'), JSON.stringify(r.manifest, null, 1) + '\n')
await atomic(join(out, 'region-atlas.json'), JSON.stringify(r.atlas) + '\n')
await atomic(join(out, 'CREDITS.md'), credits(r.manifest.parts.length / 2))
const s = ((performance.now() - t0) / 1000).toFixed(1)
console.log(
  `body.glb ${r.glb.length} bytes, ${r.stats.triangles} triangles (skin ${r.stats.skinTriangles}, skeleton ${r.stats.boneTriangles}), ${r.stats.parts} muscle parts, ${r.atlas.regions.length} regions, ${s}s`,
)
