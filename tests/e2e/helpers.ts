import { expect, type Page } from '@playwright/test'

/** Opens the app and waits until the body has drawn at least one frame. */
export async function openApp(page: Page, path = '/'): Promise<string[]> {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(path)
  await page.waitForFunction(() => (window.__tpa?.frames ?? 0) > 0, undefined, { timeout: 30_000 })
  // Let a camera ease (under a second) settle before anyone measures positions on screen.
  await page.waitForTimeout(1200)
  return errors
}

export async function appState<T = Record<string, unknown>>(page: Page): Promise<T> {
  return (await page.evaluate(() => window.__tpa!.state())) as T
}

/** Screen position (page coordinates) of a muscle part, from the test hook. */
export async function partOnScreen(
  page: Page,
  partName: string,
): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas').boundingBox()
  const p = await page.evaluate((name) => window.__tpa!.project(name), partName)
  expect(p, `part ${partName} exists`).not.toBeNull()
  return { x: box!.x + p!.x, y: box!.y + p!.y }
}

/** Share of pixels in a square around (x, y) that read as referral red (red well above green and blue). */
export async function redShare(page: Page, x: number, y: number, half = 16): Promise<number> {
  const shot = await page.screenshot({
    clip: { x: Math.round(x) - half, y: Math.round(y) - half, width: half * 2, height: half * 2 },
  })
  const { PNG } = await import('pngjs')
  const png = PNG.sync.read(shot)
  let red = 0
  const n = png.width * png.height
  for (let i = 0; i < n; i++) {
    const r = png.data[i * 4]!
    const g = png.data[i * 4 + 1]!
    const b = png.data[i * 4 + 2]!
    if (r > 70 && r > 2 * g && r > 2 * b) red++
  }
  return red / n
}
