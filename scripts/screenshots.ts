// `npx tsx scripts/screenshots.ts [name=query ...]`: screenshots of the app (e2e build) into docs/.
// With no arguments, the README set: front, back, a selected muscle, deep layers, the lookup.
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { chromiumArgs } from '../playwright.config'

const port = 4193
const shots: [string, string][] =
  process.argv.length > 2
    ? process.argv
        .slice(2)
        .map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] as [string, string])
    : [
        ['screenshot-front', '/'],
        ['screenshot-back', '/?view=back'],
        ['screenshot-selected', '/?tp=upper-trapezius-trp1&side=R&view=right'],
        ['screenshot-deep', '/?view=back&hide=superficial&muscle=piriformis&side=R'],
        ['screenshot-lookup', '/?mode=lookup&marks=temple.R:2,occiput.R&view=right'],
      ]

const build = spawn('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', 'dist-e2e'], {
  stdio: 'inherit',
})
await new Promise((r) => build.on('exit', r))
const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', 'dist-e2e', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
)
await new Promise((r) => setTimeout(r, 2500))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
try {
  for (const [name, query] of shots) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    page.on('console', (m) => m.type() === 'error' && console.error(`[${name}] ${m.text()}`))
    page.on('pageerror', (e) => console.error(`[${name}] ${e.message}`))
    await page.goto(`http://127.0.0.1:${port}${query}`)
    await page
      .waitForFunction(() => (window.__tpa?.frames ?? 0) > 0, undefined, { timeout: 60_000 })
      .catch(() => {})
    await page.waitForTimeout(2500).catch(() => {})
    await page.screenshot({ path: `docs/${name}.png` })
    console.log(`docs/${name}.png`)
    await page.close()
  }
} finally {
  await browser.close()
  server.kill()
}
