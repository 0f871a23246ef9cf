import { expect, test } from '@playwright/test'

// A visitor whose browser asks for French, signed out and without having chosen, reads French;
// the switcher's choice then wins over the browser.
test.describe('the reader’s language', () => {
  test.use({ locale: 'fr-CH', extraHTTPHeaders: { 'Accept-Language': 'fr-CH, fr;q=0.9, en;q=0.5' } })

  test('a browser asking for French, signed out, gets French, until the switcher says otherwise', async ({ page }) => {
    await page.goto('/signin')
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeAttached()
    await page.getByRole('button', { name: 'Español' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  })
})
