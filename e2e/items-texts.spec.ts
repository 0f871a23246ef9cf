import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createDb } from '@/lib/db'
import { releaseAsEntered } from '@/lib/publication/release-writes'
import { E2E_DATABASE_URL, programmeForSpec, removeProgramme } from './fixtures'
import { signInAs } from './pages'

// The item form complete (issues 11 and 16): an item's texts in French and Spanish beside the English,
// speakers' kinds and States, Action Plan actions and invitations; then the French public page and
// PDF print the translated texts, mark the others "(English only)" in French and name the States in French.
// A year no other spec uses, in the Oslo Action Plan (2020-2024), so that the item's actions can be chosen.
const YEAR = 2021
const THEMATIC = 'Thematic segment: mine action in situations of armed conflict'
const UNIVERSALIZATION = 'Universalization of the Convention'
const FRENCH_TITLE = 'Segment thématique : l’action antimines dans les conflits armés'
const shots = process.env.SCREENSHOTS_DIR ?? path.join(os.tmpdir(), 'items-texts-shots')

test.describe.configure({ mode: 'serial', timeout: 240_000 })
test.beforeAll(async () => {
  await programmeForSpec(YEAR, 'programme-2026.json')
})
test.afterAll(async () => removeProgramme(YEAR))

async function openItem(page: Page, title: string) {
  await page.getByRole('button', { name: 'List', exact: true }).click()
  await page.getByRole('button', { name: `Edit “${title}”` }).click()
  return page.getByRole('dialog')
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
}

test('the ISU translates an item beside its English original, and the editor counts what is missing per language', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(`/meetings/${YEAR}`)
  await page.getByRole('button', { name: 'Settings and format', exact: true }).click()
  const counts = page.getByTestId('texts-missing-counts')
  await expect(counts).toContainText('French: 12 items missing')
  await expect(counts).toContainText('Arabic: 12 items missing')

  const dialog = await openItem(page, THEMATIC)
  await dialog.getByTestId('item-translations').locator('summary').click()
  const translations = dialog.getByTestId('item-translations')
  await expect(translations).toContainText('missing in French, Spanish, Arabic')
  await expect(translations).toContainText(`English original: ${THEMATIC}`)
  await translations.getByLabel('Title in French').fill(FRENCH_TITLE)
  await translations.getByLabel('Description in French').fill('Les États parties touchés par un conflit présentent leurs besoins.')
  await translations.getByRole('radio', { name: /^Spanish/ }).check()
  await translations.getByLabel('Title in Spanish').fill('Segmento temático: la acción contra las minas en los conflictos armados')
  await expect(translations).toContainText('missing in Spanish, Arabic')
  await page.setViewportSize({ width: 390, height: 844 })
  await noHorizontalScroll(page)
  await dialog.screenshot({ path: path.join(shots, 'item-translations-390.png') })
  await page.setViewportSize({ width: 1440, height: 900 })
  await dialog.screenshot({ path: path.join(shots, 'item-translations-1440.png') })
  await dialog.getByRole('button', { name: 'Save item' }).click()
  await expect(dialog).toBeHidden()

  // The list marks the languages each item misses; the settings count them.
  const row = page.locator('li', { hasText: THEMATIC }).getByTestId('texts-missing')
  await expect(row).toHaveAttribute('data-languages', 'es ar')
  await page.getByRole('button', { name: 'Settings and format', exact: true }).click()
  await expect(counts).toContainText('French: 11 items missing')
  await page.getByLabel('Title in French').fill('Réunions intersessions')
  await page.getByLabel('Venue in French').fill('Genève, Palais des Nations')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Settings saved.')).toBeVisible()
  await page.getByTestId('settings-texts').screenshot({ path: path.join(shots, 'settings-texts-1440.png') })
})

test('speakers’ kinds and States, actions and an invitation: entered in the item, the time counts follow', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(`/meetings/${YEAR}`)
  const share = page.getByTestId(`state-party-share-${YEAR}`)
  const before = await share.textContent()
  const dialog = await openItem(page, UNIVERSALIZATION)
  await dialog.getByLabel('Speakers (one per line)').fill('Cambodia\nICBL')
  const kinds = dialog.getByTestId('speaker-kinds')
  await kinds.getByLabel('Kind of speaker: Cambodia').selectOption('state-party')
  await kinds.getByLabel('State of Cambodia').fill('Cambodia')
  await kinds.getByLabel('Kind of speaker: ICBL').selectOption('civil-society')
  // What is typed counts at once: a State Party now speaks in half of this item.
  await expect(share).not.toHaveText(before ?? '')
  await dialog.getByTestId('item-actions').getByLabel('Action 18 — Mine clearance').check()
  const invitation = dialog.getByTestId('item-invitation')
  await invitation.getByLabel('Which States, and why (printed as the footnote)').fill('States Parties with Article 5 deadlines in 2026 or 2027')
  for (const state of ['Colombia', 'Cambodia', 'Bosnia and Herzegovina']) {
    await invitation.getByLabel('Invite a State').fill(state)
    await invitation.getByRole('button', { name: 'Add', exact: true }).click()
  }
  await invitation.getByRole('button', { name: 'Remove Colombia' }).click()
  await expect(invitation.locator('li[data-state]')).toHaveText([/Cambodia/, /Bosnia and Herzegovina/])
  await page.setViewportSize({ width: 390, height: 844 })
  await noHorizontalScroll(page)
  await page.setViewportSize({ width: 1440, height: 900 })
  await dialog.screenshot({ path: path.join(shots, 'item-details-1440.png') })
  await dialog.getByRole('button', { name: 'Save item' }).click()
  await expect(dialog).toBeHidden()

  // Opened again: all of it was saved.
  const again = await openItem(page, UNIVERSALIZATION)
  await expect(again.getByTestId('speaker-kinds').getByLabel('Kind of speaker: Cambodia')).toHaveValue('state-party')
  await expect(again.getByTestId('speaker-kinds').getByLabel('State of Cambodia')).toHaveValue('Cambodia')
  await expect(again.getByTestId('item-actions').getByLabel('Action 18 — Mine clearance')).toBeChecked()
  await expect(again.getByTestId('item-invitation').locator('li[data-state]')).toHaveCount(2)
  await again.getByRole('button', { name: 'Cancel' }).click()

  // A whole invitation is removed from another item the same way.
  const other = await openItem(page, 'Preparations for the Twenty-Third Meeting of the States Parties')
  const otherInvitation = other.getByTestId('item-invitation')
  await otherInvitation.getByLabel('Which States, and why (printed as the footnote)').fill('To be removed')
  await otherInvitation.getByLabel('Invite a State').fill('Chad')
  await otherInvitation.getByRole('button', { name: 'Add', exact: true }).click()
  await other.getByRole('button', { name: 'Save item' }).click()
  await expect(other).toBeHidden()
  const reopened = await openItem(page, 'Preparations for the Twenty-Third Meeting of the States Parties')
  await reopened.getByTestId('item-invitation').getByRole('button', { name: 'Remove the invitation' }).click()
  await reopened.getByRole('button', { name: 'Save item' }).click()
  await expect(reopened).toBeHidden()
  const last = await openItem(page, 'Preparations for the Twenty-Third Meeting of the States Parties')
  await expect(last.getByTestId('item-invitation')).toContainText('No State invited on this item.')
})

test('published, the French public page and the French PDF print the translated texts, the others marked, the States in French', async ({ browser }) => {
  const db = createDb(E2E_DATABASE_URL)
  try {
    await db.$transaction(async (tx) => {
      const programme = await tx.programme.update({ where: { year: YEAR }, data: { status: 'published' } })
      const president = await tx.user.findFirstOrThrow({ where: { role: 'president' }, select: { id: true } })
      await releaseAsEntered(tx, programme.id, { publishedAt: new Date(), userId: president.id })
    })
  } finally {
    await db.$disconnect()
  }
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1440, height: 900 } })
  // The reader chose French with the language switcher (its cookie).
  await context.addCookies([{ name: 'locale', value: 'fr', url: test.info().project.use.baseURL! }])
  const page = await context.newPage()
  await page.goto(`/programme/${YEAR}`)
  const items = page.getByTestId('programme-item')
  await expect(items.filter({ hasText: FRENCH_TITLE })).toHaveCount(1)
  await expect(items.filter({ hasText: FRENCH_TITLE })).toContainText('Les États parties touchés par un conflit présentent leurs besoins.')
  await expect(items.filter({ hasText: FRENCH_TITLE })).not.toContainText('(uniquement en anglais)')
  await expect(items.filter({ hasText: UNIVERSALIZATION })).toContainText(`${UNIVERSALIZATION} (uniquement en anglais)`)
  await expect(page.locator('.pp-where')).toHaveText('Genève, Palais des Nations')
  await expect(items.filter({ hasText: UNIVERSALIZATION }).getByTestId('invited')).toContainText('Cambodge, Bosnie-Herzégovine')
  // The footnote's reason is entered in English only, and says so; a State that speaks is named in French.
  await expect(items.filter({ hasText: UNIVERSALIZATION }).getByTestId('invited')).toContainText('States Parties with Article 5 deadlines in 2026 or 2027 (uniquement en anglais)')
  await expect(items.filter({ hasText: UNIVERSALIZATION }).locator('.pp-speakers')).toHaveText('Intervenants : Cambodge; ICBL')
  await page.screenshot({ path: path.join(shots, 'public-fr-1440.png'), fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await noHorizontalScroll(page)
  await page.screenshot({ path: path.join(shots, 'public-fr-390.png'), fullPage: true })

  const pdf = await page.request.get(`/programme/${YEAR}/pdf?lang=fr`)
  expect(pdf.status()).toBe(200)
  const file = path.join(os.tmpdir(), `items-texts-${process.pid}.pdf`)
  fs.writeFileSync(file, await pdf.body())
  const text = execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/\s+/g, ' ')
  fs.rmSync(file)
  expect(text).toContain('Segment thématique')
  expect(text).toContain('Les États parties touchés par un conflit présentent leurs besoins.')
  expect(text).toMatch(/Universalization of the Convention.{0,10}\(uniquement en anglais\)/)
  // pdftotext drops a hyphen that ends a line.
  expect(text).toMatch(/Cambodge, Bosnie-?Herzégovine/)
  expect(text).toContain('Genève, Palais des Nations')
  await context.close()
})
