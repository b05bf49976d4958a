import { expect, test } from '@playwright/test'

test('without WebGL the app explains and search, lists and panels still work', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl')) return null
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
    } as typeof original
  })
  await page.goto('/')
  await expect(
    page.getByRole('heading', { name: 'The 3D body cannot be shown here' }),
  ).toBeVisible()
  await page.getByRole('combobox').fill('glute min')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Gluteus minimus' })).toBeVisible()
})
