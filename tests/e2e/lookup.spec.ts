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
