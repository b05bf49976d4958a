import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { chromiumArgs } from '../playwright.config'
const port = 4196
const b = spawn('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', 'dist-e2e'], { stdio: 'ignore' })
await new Promise((r) => b.on('exit', r))
const server = spawn('npx', ['vite', 'preview', '--outDir', 'dist-e2e', '--port', String(port), '--strictPort'], { stdio: 'ignore' })
await new Promise((r) => setTimeout(r, 2500))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
await page.goto(`http://127.0.0.1:${port}/?mode=lookup&marks=temple.R:2,occiput.R,lateral-neck.R:3&view=right`)
await page.waitForFunction('(window.__tpa?.frames ?? 0) > 0')
await page.waitForTimeout(1500)
await page.evaluate(`window.__tpa.look([-0.05, 1.58, 0], [-0.75, 1.62, 0.1])`)
await page.waitForTimeout(800)
await page.getByRole('list', { name: 'Candidates' }).getByRole('button').first().hover()
await page.waitForTimeout(800)
await page.screenshot({ path: 'docs/look-lookup.png' })
await browser.close(); server.kill()
