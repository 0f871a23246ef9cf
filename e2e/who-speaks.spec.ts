import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { createDb } from '@/lib/db'
import { E2E_DATABASE_URL, programmeForSpec, removeProgramme } from './fixtures'
import { signInAs } from './pages'

// Who speaks (issue 16): the Presidency of the year in the editor, the States and their obligations,
// the invitations they suggest, and the invitation printed on the public page.
const thisYear = new Date().getFullYear()
const lastYear = thisYear - 1
// A year of this spec's own (a Meeting of the States Parties' year, not a Review Conference's).
const YEAR = thisYear + 31

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test.beforeAll(async () => {
  await programmeForSpec(YEAR, 'programme-2026.json')
})
test.afterAll(async () => {
  await removeProgramme(YEAR)
  const db = createDb(E2E_DATABASE_URL)
  try {
    await db.presidency.deleteMany({ where: { year: YEAR } })
    await db.stateRecord.deleteMany({ where: { iso: 'NZL' } })
  } finally {
    await db.$disconnect()
  }
})

test('the editor names the year’s Presidency and the ISU enters its President', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(`/meetings/${YEAR}`)
  // The Presidency sits in the editor's "Settings and format" view.
  await page.getByRole('button', { name: 'Settings and format', exact: true }).click()
  const panel = page.getByTestId('presidency')
  // The template is 2026's: it names the Twenty-Third Meeting, which is not this year's.
  const meeting = await panel.locator('p').first().textContent()
  expect(meeting).toMatch(/These meetings are prepared by the President of the .+ Meeting of the States Parties \(\d+MSP\)\./)
  await panel.getByLabel('President', { exact: true }).fill('Ambassador Test Example')
  await panel.getByLabel('State (ISO code)').fill('nzl')
  await panel.getByRole('button', { name: 'Save the President' }).click()
  await expect(panel.getByRole('status')).toHaveText('The President is saved.')
  await expect(page.getByTestId('opening-wording')).toContainText('Ambassador Test Example')
})

test('the editor suggests whom to invite on an Article 5 item, and the ISU invites them', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(`/meetings/${YEAR}`)
  const panel = page.getByTestId('invitations')
  const article5 = panel.locator('li', { hasText: 'Committee on Article 5 Implementation' }).first()
  await expect(article5).toContainText('No States invited on this item.')
  await expect(article5).toContainText(/Suggested: States Parties with Article 5 deadlines before the .+ Review Conference \(\d{4}\): .*Bosnia and Herzegovina/)
  await article5.getByRole('button', { name: 'Invite these States' }).first().click()
  await expect(article5.getByTestId('invited')).toContainText('Bosnia and Herzegovina')
})

test('the States Parties and their obligations: the list as shipped, corrected by the ISU, accessible', async ({ page }) => {
  test.setTimeout(120_000)
  await signInAs(page, 'isu')
  await page.goto('/meetings/states')
  await expect(page.getByRole('heading', { level: 1, name: 'States Parties and their obligations' })).toBeVisible()
  await expect(page.getByTestId('states-count')).toHaveText('164 States Parties, 1 signatories')
  await expect(page.getByText(/Status as at 2024-12-31/)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Edit: New Zealand' }).click()
  await page.getByLabel('Stockpile destruction under way (Article 4)').check()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status')).toHaveText('New Zealand is saved.')
  await expect(page.locator('tr[data-iso="NZL"]')).toContainText('yes')
})

test('the public page prints the States invited on an item as its note', async ({ page }) => {
  await page.goto(`/programme/${lastYear}`)
  const note = page.getByTestId('invited').first()
  await expect(note).toContainText('are invited to present:')
  await expect(note).toContainText('Cambodia')
})

test('the Action Plan: which actions each year addresses, and which none has', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto('/meetings')
  await page.getByRole('link', { name: 'The Action Plan, year by year' }).click()
  const siemReap = page.getByTestId('plan-siem-reap-angkor')
  await expect(siemReap.getByRole('heading', { name: /Siem Reap-Angkor Action Plan \(2025–2029\)/ })).toBeVisible()
  // The demo's 2025 programme tags clearance Actions 17 to 29 and victim assistance Actions 30 to 39.
  await expect(siemReap.locator('tr[data-action="17"]')).toContainText('addressed')
  await expect(page.getByTestId('plan-oslo').locator('tr[data-action="33"]')).toContainText('addressed')
})

test('the time of the demo’s years: four programmes, the States Parties’ share of each', async ({ page }) => {
  await signInAs(page, 'committee')
  await page.goto('/meetings/time')
  for (const year of [thisYear - 3, thisYear - 2, lastYear, thisYear]) await expect(page.getByTestId(`state-party-share-${year}`)).toHaveText(/\d+%/)
})
