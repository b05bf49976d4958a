import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { appState, openApp, partOnScreen, redShare } from './helpers'

const manifest = JSON.parse(readFileSync('assets/models/manifest.json', 'utf8')) as {
  landmarks: Record<string, { position: [number, number, number] }>
}

test('the body loads with a hint, a legend and no console errors', async ({ page }) => {
  const errors = await openApp(page)
  await expect(page.getByText('Click a muscle · drag to turn · scroll to zoom')).toBeVisible()
  await expect(page.getByLabel('Legend')).toContainText('Spillover zone')
  await expect(page.getByText(/Educational atlas, not a diagnosis/)).toBeVisible()
  expect(errors).toEqual([])
})

test('clicking a muscle selects it, frames it and opens its panel', async ({ page }) => {
  await openApp(page, '/?view=back')
  const at = await partOnScreen(page, 'infraspinatus.R')
  await page.mouse.move(at.x, at.y)
  await expect(page.locator('.hover-label')).toHaveText('Infraspinatus (right)')
  await page.mouse.click(at.x, at.y)
  await expect(page.getByRole('heading', { level: 2, name: 'Infraspinatus' })).toBeVisible()
  expect(await appState(page)).toMatchObject({ muscle: 'infraspinatus', side: 'R' })
  await expect(page).toHaveURL(/muscle=infraspinatus/)
  await expect(
    page.getByRole('heading', { name: 'Trigger points and referral patterns' }),
  ).toBeVisible()
})

test('the referral overlay is painted on the body', async ({ page }) => {
  await openApp(page, '/?tp=upper-trapezius-trp1&side=R&view=right')
  await page.waitForTimeout(800)
  const temple = manifest.landmarks['temple.R']!.position
  const p = await page.evaluate((pt) => window.__tpa!.projectPoint(pt), temple)
  const box = (await page.locator('canvas').boundingBox())!
  const on = await redShare(page, box.x + p.x, box.y + p.y)
  await page.keyboard.press('o')
  await expect(page).toHaveURL(/referral=0/)
  await page.waitForTimeout(300)
  const off = await redShare(page, box.x + p.x, box.y + p.y)
  // The temple lies in the essential zone: painted red with the overlay; the dimmed head is grey without it.
  expect(on).toBeGreaterThan(0.5)
  expect(off).toBeLessThan(0.05)
})

test('search finds a muscle by its abbreviation and a condition by its alias', async ({ page }) => {
  await openApp(page)
  await page.keyboard.press('/')
  await page.keyboard.type('SCM')
  await expect(page.getByRole('option').first()).toContainText('Sternocleidomastoid')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Sternocleidomastoid' })).toBeVisible()
  await page.getByRole('combobox').fill('TMJ')
  await page.keyboard.press('Enter')
  expect(await appState(page)).toMatchObject({ condition: 'tmj-dysfunction' })
  // The condition's page lists its muscles (highlighted on the body) and its red flags.
  await expect(page.getByRole('heading', { level: 2, name: /TMJ/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Masseter/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Red flags' })).toBeVisible()
})

test('a deep link restores the view; Back and Forward walk through selections', async ({
  page,
}) => {
  await openApp(page, '/?muscle=temporalis&side=L&view=left&show=skin')
  await expect(page.getByRole('heading', { level: 2, name: 'Temporalis' })).toBeVisible()
  expect(await appState(page)).toMatchObject({
    muscle: 'temporalis',
    side: 'L',
    view: 'left',
    layers: { skin: true },
  })
  await page.getByRole('button', { name: /^TrP1/ }).click()
  await expect(page).toHaveURL(/tp=temporalis-trp1/)
  await page.goBack()
  await expect(page).not.toHaveURL(/tp=/)
  expect(await appState(page)).toMatchObject({ muscle: 'temporalis', triggerPoint: null })
  await page.goForward()
  await expect(page).toHaveURL(/tp=temporalis-trp1/)
})

test('a bad link opens the app with a notice and keeps what it could read', async ({ page }) => {
  const errors = await openApp(page, '/?muscle=unicorn&view=top&side=L&marks=%ZZ')
  await expect(page.getByRole('status')).toContainText('No muscle "unicorn"')
  expect(await appState(page)).toMatchObject({ muscle: null, side: 'L', view: 'front' })
  expect(errors).toEqual([])
})

test('Escape clears the selection; layer toggles hide the superficial muscles from picking', async ({
  page,
}) => {
  await openApp(page, '/?muscle=gluteus-maximus&view=back')
  await page.keyboard.press('Escape')
  expect(await appState(page)).toMatchObject({ muscle: null })
  await page.keyboard.press('1')
  const at = await partOnScreen(page, 'gluteus-medius.R')
  await page.mouse.click(at.x, at.y)
  const s = await appState<{ muscle: string }>(page)
  expect(s.muscle).not.toBe('gluteus-maximus')
})
