// `npm run bench`: model size and budget, runtime frame rate on both software renderers, ranking speed.
// Writes bench/results/latest.json and prints a table. Numbers, never pass/fail thresholds.
import { spawn } from 'node:child_process'
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { parseDataset } from '../src/domain/parseDataset'
import { rankCandidates } from '../src/domain/ranking'
import { buildReferralIndex } from '../src/domain/referralRegions'
import { chromiumArgs } from '../playwright.config'
import { readAtlas, readManifest, readRawDataset } from '../scripts/readDataset'

const port = 4191
const renderers = {
  swiftshader: chromiumArgs,
  llvmpipe: [
    ...chromiumArgs.filter((a) => !a.includes('swiftshader')),
    '--use-gl=angle',
    '--use-angle=gl-egl',
    '--ignore-gpu-blocklist',
  ],
}

async function run(cmd: string, args: string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: 'inherit' })
    p.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`)),
    )
  })
}

function rankingBench() {
  const manifest = readManifest()
  const atlas = readAtlas()
  const parsed = parseDataset(readRawDataset(), manifest)
  if (!parsed.ok) throw new Error('data has problems: run npm run data:check')
  const t0 = performance.now()
  const index = buildReferralIndex(parsed.dataset, manifest.landmarks, atlas)
  const patterns = index.patterns.length // derives every pattern on both sides
  const indexMs = performance.now() - t0
  const regions = atlas.regions.map((r) => r.id)
  const queries = Array.from({ length: 500 }, (_, i) => [
    { region: regions[(i * 7) % regions.length]! },
    { region: regions[(i * 13 + 5) % regions.length]!, intensity: 2 },
    { region: regions[(i * 29 + 11) % regions.length]! },
  ])
  for (const q of queries.slice(0, 50)) rankCandidates(q, index, parsed.dataset) // warm-up
  const t1 = performance.now()
  for (const q of queries) rankCandidates(q, index, parsed.dataset)
  const perQueryMs = (performance.now() - t1) / queries.length
  return {
    referralPatternsDeriveMs: round(indexMs),
    rankCandidatesMsPerQuery: round(perQueryMs, 4),
    patterns,
  }
}

async function browserBench() {
  await run('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', 'dist-e2e'])
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', 'dist-e2e', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  )
  await new Promise((r) => setTimeout(r, 2500))
  const out: Record<string, unknown> = {}
  try {
    const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
    for (const [name, args] of Object.entries(renderers)) {
      if (only && only !== name) continue
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args,
      })
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      /** Opens a view, lets it settle, renders continuously for `ms` and reports the frame rate. */
      const measureAt = async (query: string, ms: number) => {
        await page.goto(`http://127.0.0.1:${port}/${query}`)
        await page.waitForFunction(() => (window.__tpa?.frames ?? 0) > 0, undefined, {
          timeout: 60_000,
        })
        await page.waitForTimeout(1500)
        const m = await page.evaluate((t) => window.__tpa!.measure(t), ms)
        return { fps: round(m.fps, 1), drawCalls: m.drawCalls, trianglesDrawn: m.triangles }
      }
      const wholeBody = await measureAt('', 5000)
      const firstFrameMs = await page.evaluate(() => window.__tpa!.firstFrameMs)
      const renderer = await page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl2')
        const ext = gl?.getExtension('WEBGL_debug_renderer_info')
        return ext ? String(gl!.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown'
      })
      out[name] = {
        renderer,
        firstFrameMs: round(firstFrameMs ?? NaN),
        wholeBody,
        // A close-up: a selected muscle with its pattern painted.
        closeUpSelected: await measureAt('?tp=upper-trapezius-trp1&side=R&view=right', 4000),
        // The reverse lookup: the whole body with the translucent skin, its regions and a mark.
        lookupWholeBody: await measureAt('?mode=lookup&marks=temple.R:2', 4000),
      }
      await browser.close()
    }
  } finally {
    server.kill()
  }
  return out
}

const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d

const manifest = readManifest()
const results = {
  date: new Date().toISOString(),
  model: {
    glbBytes: statSync('assets/models/body.glb').size,
    parts: manifest.parts.length,
    muscleTriangles: manifest.parts.reduce((n, p) => n + p.triangles, 0),
  },
  ranking: rankingBench(),
  browser: process.argv.includes('--no-browser') ? 'skipped' : await browserBench(),
}
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2) + '\n')
console.log(JSON.stringify(results, null, 2))
