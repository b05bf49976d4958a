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
export async function partOnScreen(page: Page, partName: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas').boundingBox()
  const p = await page.evaluate((name) => window.__tpa!.project(name), partName)
  expect(p, `part ${partName} exists`).not.toBeNull()
  return { x: box!.x + p!.x, y: box!.y + p!.y }
}

export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const shot = await page.screenshot({ clip: { x: Math.round(x) - 2, y: Math.round(y) - 2, width: 5, height: 5 } })
  const { PNG } = await import('pngjs')
  const png = PNG.sync.read(shot)
  let r = 0
  let g = 0
  let b = 0
  for (let i = 0; i < 25; i++) {
    r += png.data[i * 4]!
    g += png.data[i * 4 + 1]!
    b += png.data[i * 4 + 2]!
  }
  return [r / 25, g / 25, b / 25]
}
