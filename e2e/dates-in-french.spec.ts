import { expect, test, type Page } from '@playwright/test'
import { baseURL } from '../playwright.config'
import { programmeForSpec, removeProgramme } from './fixtures'
import { signInAs } from './pages'

/** The President opens a round in English, with the form's deadline (a week from now, 18:00 in Geneva). */
async function openARound(page: Page) {
  await signInAs(page, 'president')
  await page.goto(`/meetings/${YEAR}/consultation`)
  await page.getByLabel('Message to the Committee').fill('Merci de relire le programme.')
  await page.getByRole('button', { name: 'Open the consultation' }).click()
  await expect(page.getByTestId('open-round')).toBeVisible()
  await page.context().clearCookies()
}

// Issue 11: a French member reads every date and time in French, Geneva named in French: the
// consultation's deadline, the round's page, and the programme's history (its list of times too).
const YEAR = new Date().getFullYear() + 44
const NBSP = '\u00a0'
const WEEKDAY = '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)'
/** "mardi 15 décembre 2026, 18 h 00 (heure de Genève)". */
const MOMENT = new RegExp(`${WEEKDAY} \\d{1,2}(er)? \\p{L}+ \\d{4}, 18${NBSP}h${NBSP}00 \\(heure de Genève\\)`, 'u')

test.beforeAll(async () => {
  await programmeForSpec(YEAR, 'programme-2026.json', 'draft')
})
test.afterAll(async () => removeProgramme(YEAR))

test('a French member reads the consultation’s dates and the history’s times in French, Geneva named in French', async ({ page }) => {
  await openARound(page)
  await signInAs(page, 'committee')
  await page.context().addCookies([{ name: 'locale', value: 'fr', url: baseURL }])

  await page.goto(`/meetings/${YEAR}/consultation`)
  const round = page.getByTestId('open-round')
  await expect(round).toContainText(MOMENT)
  await expect(page.locator('main')).not.toContainText('(Geneva)')

  await round.locator('a[href*="/consultation/"]').click()
  await expect(page.locator('h1')).toContainText(/heure de Genève/)
  await expect(page.locator('main')).toContainText(MOMENT)
  await expect(page.locator('main')).not.toContainText('(Geneva)')

  await page.goto(`/meetings/${YEAR}/history`)
  const opened = page.locator('[data-action="consultation.opened"]').first()
  await expect(opened).toContainText(MOMENT)
  // The list's own times: "2 déc. 2026, 16 h 05", the month short, the hour as French writes it.
  await expect(opened.locator('time')).toHaveText(new RegExp(`^\\d{1,2} \\p{L}+\\.? \\d{4}, \\d{1,2}${NBSP}h${NBSP}\\d\\d$`, 'u'))
  await expect(page.locator('main')).not.toContainText('(Geneva)')
})
