import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { chromiumArgs } from '/work/main/playwright.config'
const port = 4194
const b = spawn('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', 'dist-e2e'], { stdio: 'ignore', cwd: '/work/main' })
await new Promise((r) => b.on('exit', r))
const server = spawn('npx', ['vite', 'preview', '--outDir', 'dist-e2e', '--port', String(port), '--strictPort'], { stdio: 'ignore', cwd: '/work/main' })
await new Promise((r) => setTimeout(r, 2500))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
await page.goto(`http://127.0.0.1:${port}${process.argv[2] ?? '/'}`)
await page.waitForFunction(() => (window.__tpa?.frames ?? 0) > 0)
await page.waitForTimeout(2000)
console.log(JSON.stringify(await page.evaluate(() => window.__tpa!.camera())))
console.log(JSON.stringify(await page.evaluate(() => { const s = window.__tpa!.state() as any; return { muscle: s.muscle, view: s.view, cam: s.cameraRequest } })))
console.log(await page.evaluate(`JSON.stringify(['.app','.viewport','.workspace','#root','body','html','.side','.app-header','.disclaimer'].map(s => [s, document.querySelector(s).getBoundingClientRect().height])) + ' inner ' + innerHeight`))
await browser.close(); server.kill()
