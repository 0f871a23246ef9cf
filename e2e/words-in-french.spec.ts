import { expect, test, type Page } from '@playwright/test'
import { createDb } from '@/lib/db'
import { baseURL } from '../playwright.config'
import { E2E_DATABASE_URL, programmeForSpec, removeProgramme } from './fixtures'
import { signInAs } from './pages'

// Issue 11: what the server and the rulebook produce (findings, their sources, field messages,
// page titles) reaches a French reader in French, in the editor and on the approval page alike.
const YEAR = new Date().getFullYear() + 43
const NBSP = '\u00a0'

test.beforeAll(async () => {
  const programme = await programmeForSpec(YEAR, 'programme-2026.json', 'draft')
  // Two items of the first day at the same time: an overlap, an error that blocks approval.
  const [first, second] = programme.days[0]!.items
  const db = createDb(E2E_DATABASE_URL)
  try {
    await db.item.update({ where: { id: first!.id }, data: { title: 'Ouverture', start: '10:00', end: '11:00', segment: 'opening', version: { increment: 1 } } })
    await db.item.update({ where: { id: second!.id }, data: { title: 'Débat général', start: '10:30', end: '11:30', version: { increment: 1 } } })
  } finally {
    await db.$disconnect()
  }
})
test.afterAll(async () => removeProgramme(YEAR))

async function inFrench(page: Page) {
  await page.context().addCookies([{ name: 'locale', value: 'fr', url: baseURL }])
}

const overlap = new RegExp(`se chevauchent\\.$`)

test('a French reader reads the findings in French in the editor and on the approval page', async ({ page }) => {
  await signInAs(page, 'president')
  await inFrench(page)

  await page.goto(`/meetings/${YEAR}`)
  await expect(page).toHaveTitle(new RegExp(`^Programme ${YEAR}`))
  const finding = page.locator('.findings [data-rule="item-overlap"]').first()
  await expect(finding.locator('p').first()).toHaveText(overlap)
  await expect(finding.locator('p').first()).toContainText(`«${NBSP}Ouverture${NBSP}» (10:00-11:00) et «${NBSP}Débat général${NBSP}» (10:30-11:30)`)
  await expect(finding.locator('p').first()).toHaveText(/^Le \w+ \d{1,2} \w+ \d{4},/u)
  await finding.locator('summary').click()
  await expect(finding.locator('summary')).toContainText('Source : le format du programme'.replace(' :', `${NBSP}:`))

  await page.goto(`/meetings/${YEAR}/approve`)
  await expect(page).toHaveTitle(new RegExp(`^Approbation ${YEAR}`))
  await expect(page.getByTestId('errors')).toContainText(`«${NBSP}Ouverture${NBSP}» (10:00-11:00) et «${NBSP}Débat général${NBSP}» (10:30-11:30) se chevauchent.`)
  await expect(page.getByTestId('errors')).not.toContainText(') overlap.')
})

test('a French reader is told what is missing in French when signing in', async ({ page }) => {
  await inFrench(page)
  await page.goto('/signin')
  await expect(page).toHaveTitle(/^Connexion/)
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click()
  await expect(page.getByText('Saisissez votre adresse électronique.')).toBeVisible()
  await expect(page.getByText('Saisissez votre mot de passe.')).toBeVisible()
})
