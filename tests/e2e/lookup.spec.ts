import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { appState, openApp } from './helpers'

const manifest = JSON.parse(readFileSync('assets/models/manifest.json', 'utf8')) as {
  landmarks: Record<string, { position: [number, number, number] }>
}

test('mark the temple on the body: upper trapezius and temporalis rank near the top; open one', async ({
  page,
}) => {
  await openApp(page, '/?mode=lookup&view=right')
  const temple = manifest.landmarks['temple.R']!.position
  const p = await page.evaluate((pt) => window.__tpa!.projectPoint(pt), temple)
  const box = (await page.locator('canvas').boundingBox())!
  await page.mouse.click(box.x + p.x, box.y + p.y)
  await expect(page.getByLabel('Marked areas')).toContainText(/temple/i)
  const list = page.getByRole('list', { name: 'Candidates' })
  const top = (await list.getByRole('listitem').allTextContents()).slice(0, 10).join('\n')
  expect(top).toMatch(/Upper trapezius/)
  expect(top).toMatch(/Temporalis/)
  await expect(page).toHaveURL(/marks=/)
  await list
    .getByRole('button', { name: /Temporalis/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 2, name: 'Temporalis' })).toBeVisible()
  expect(await appState(page)).toMatchObject({ mode: 'explore', muscle: 'temporalis' })
})

test('paint several places by dragging across the body; Undo and Clear', async ({ page }) => {
  await openApp(page, '/?mode=lookup&view=back')
  await page.getByLabel(/Paint on the body by dragging/).check()
  const box = (await page.locator('canvas').boundingBox())!
  const from = await page.evaluate(
    (pt) => window.__tpa!.projectPoint(pt),
    manifest.landmarks['buttock.R']!.position,
  )
  const to = await page.evaluate(
    (pt) => window.__tpa!.projectPoint(pt),
    manifest.landmarks['thigh-posterior.R']!.position,
  )
  await page.mouse.move(box.x + from.x, box.y + from.y)
  await page.mouse.down()
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(
      box.x + from.x + ((to.x - from.x) * i) / 12,
      box.y + from.y + ((to.y - from.y) * i) / 12,
    )
  await page.mouse.up()
  const marks = page.getByLabel('Marked areas').getByRole('button')
  expect(await marks.count()).toBeGreaterThanOrEqual(2)
  await expect(page.getByLabel('Marked areas')).toContainText(/buttock/i)
  const before = await marks.count()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(marks).toHaveCount(before - 1)
  await page.getByRole('button', { name: 'Clear' }).click()
  await expect(page.getByLabel('Marked areas')).toHaveCount(0)
})
