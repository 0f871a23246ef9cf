import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { programmeForSpec, removeProgramme } from './fixtures'
import { signInAs } from './pages'
import { callServerAction } from './server-actions'
import { twoPeople } from './two-people'

// A programme of its own: this year's demo draft moved to 2028 (one error: the Committee was not
// consulted on the format; one warning: a committee runs to 13:15).
const YEAR = 2028
const url = `/meetings/${YEAR}`
const ACTIONS = 'lib/meetings/actions.ts'

// Two browsers saving one after another on a shared machine take longer than a minute.
test.describe.configure({ mode: 'serial', timeout: 120_000 })
test.beforeAll(async () => programmeForSpec(YEAR, 'programme-2026.json'))
// Other specs list the years: leave none behind.
test.afterAll(async () => removeProgramme(YEAR))

const counts = (page: Page) => page.getByTestId('finding-counts')
const row = (page: Page, title: string | RegExp) => page.locator('li.item-row', { has: page.locator('.item-title', { hasText: title }) })
const dayTitles = async (page: Page, dayIndex: number) => page.locator('section.day').nth(dayIndex).locator('.item-title').allInnerTexts()
// The editor opens on the timetable (issue 15); the list and the settings are views beside it.
const gridItem = (page: Page, title: string | RegExp) => page.getByTestId('grid-item').filter({ has: page.locator('button', { hasText: title }) })
// The list and the settings load when first opened: wait until they are drawn.
async function view(page: Page, name: 'Timetable' | 'List' | 'Settings and format') {
  await page.getByRole('button', { name, exact: true }).click()
  if (name === 'List') await expect(page.locator('section.day').first()).toBeVisible()
  if (name === 'Settings and format') await expect(page.locator('#format-title')).toBeVisible()
}

test('the ISU edits an item and the findings follow as they type', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  await expect(counts(page)).toContainText('1 error')
  await expect(counts(page)).toContainText('1 warning')
  await expect(page.locator('[data-rule="interpretation-hours"]')).toHaveCount(1)
  // The finding leads to the item it speaks of, on the timetable; Enter edits it.
  await page.locator('[data-rule="interpretation-hours"]').getByRole('button', { name: /^Show/ }).click()
  await expect(gridItem(page, /Committee on Article 5/).getByRole('button').first()).toBeFocused()
  await expect(gridItem(page, /Committee on Article 5/)).toHaveClass(/highlighted/)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue(/preliminary observations/)
  // The dialog shows the item's own findings, live.
  await expect(dialog.getByTestId('item-findings')).toContainText('13:15')
  await dialog.getByLabel('End').fill('13:00')
  // Not saved yet, and the warning is already gone.
  await expect(page.locator('[data-rule="interpretation-hours"]')).toHaveCount(0)
  await expect(dialog.getByTestId('item-findings')).toHaveCount(0)
  await expect(counts(page)).toContainText('0 warnings')
  await dialog.getByLabel('End').fill('9:99')
  await dialog.getByRole('button', { name: 'Save item' }).click()
  await expect(dialog.getByText('Enter a time from 00:00 to 23:59')).toBeVisible()
  await dialog.getByLabel('End').fill('13:00')
  await dialog.getByRole('button', { name: 'Save item' }).click()
  await expect(dialog).toBeHidden()
  await expect(gridItem(page, /Committee on Article 5/)).toContainText('11:30–13:00')
  await page.reload()
  await expect(counts(page)).toContainText('0 warnings')
})

test('a finding gives its source, quoted', async ({ page }) => {
  await signInAs(page, 'committee')
  await page.goto(url)
  const finding = page.locator('.finding', { hasText: 'Coordinating Committee was consulted' })
  await finding.getByText(/^Source: 4RC/).click()
  await expect(finding.locator('blockquote')).toContainText('The President will consider and decide on these options in consultations with the Coordinating Committee.')
})

test('only the President records the format decision, and the error goes', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  await expect(page.getByRole('button', { name: 'Record the decision' })).toHaveCount(0)
  const refused = await callServerAction(page.context().request, url, ACTIONS, 'recordFormatAction', [
    { programmeId: await programmeId(page), version: 1, kind: 'decide', fields: { format: 'thematic-segment', decidedOn: `${YEAR}-02-10`, rationale: 'x', consultedCoordinatingCommittee: true, consultationId: null } },
  ])
  expect(refused.result).toMatchObject({ ok: false, error: 'forbidden' })

  await page.context().clearCookies()
  await signInAs(page, 'president')
  await page.goto(url)
  await view(page, 'Settings and format')
  // The decision names its consultation: the Committee's meeting (a bare tick no longer exists).
  await page.getByLabel('Date of the Committee’s meeting').fill('2020-01-15')
  await page.getByRole('button', { name: 'Record the decision' }).click()
  await expect(page.getByTestId('format-status')).toContainText('Decided by Ambassador Ana Ferreira')
  await expect(counts(page)).toContainText('0 errors')
  await expect(page.getByText('No finding: the programme respects every rule')).toBeVisible()
})

test('items are reordered with the keyboard, and their times follow', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  await view(page, 'List')
  expect((await dayTitles(page, 1)).slice(0, 2)).toEqual(['Committee on Enhancing Cooperation and Assistance: national mine action platforms', 'Universalization of the Convention'])
  await page.getByRole('button', { name: 'Move “Universalization of the Convention” earlier' }).focus()
  await page.keyboard.press('Enter')
  await expect(row(page, 'Universalization of the Convention')).toContainText('10:00–11:30')
  expect((await dayTitles(page, 1))[0]).toBe('Universalization of the Convention')
  // Alt+↓ on the focused item moves it back.
  await expect(row(page, 'Universalization of the Convention')).toBeFocused()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(row(page, 'Universalization of the Convention')).toContainText('11:30–13:00')
  expect((await dayTitles(page, 1))[0]).toMatch(/^Committee on Enhancing Cooperation/)
})

test('an item is dragged to another place in the list, never across the lunch break', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  await view(page, 'List')
  // Preparations (15:00-17:30) first of the day would push the morning's sessions across the lunch break: refused, saying why.
  // A row can be dragged once the list is ready, and again once the previous move is answered (draggable while not busy).
  const ready = (title: string) => expect(row(page, title)).toHaveAttribute('draggable', 'true')
  await ready('Preparations for the Twenty-Third Meeting of the States Parties')
  await row(page, 'Preparations for the Twenty-Third Meeting of the States Parties').dragTo(row(page, /^Committee on Enhancing Cooperation/))
  await expect(page.locator('p.alert[role=alert]')).toContainText('would run across a break or past 18:00')
  await expect(row(page, 'Preparations for the Twenty-Third Meeting of the States Parties')).toContainText('15:00–17:30')
  await ready('Closing of the Intersessional Meetings')
  await row(page, 'Closing of the Intersessional Meetings').dragTo(row(page, 'Preparations for the Twenty-Third Meeting of the States Parties'))
  await expect(row(page, 'Closing of the Intersessional Meetings')).toContainText('15:00–15:30')
  await expect(row(page, 'Preparations for the Twenty-Third Meeting of the States Parties')).toContainText('15:30–18:00')
})

test('two people edit different fields of one item: both changes are kept', async ({ browser }) => {
  const { a, b, close } = await twoPeople(browser, ['isu', 'president'], url)
  for (const p of [a, b]) {
    await view(p, 'List')
    await p.getByRole('button', { name: 'Edit “Closing of the Intersessional Meetings”' }).click()
  }
  await b.getByRole('dialog').getByLabel('Title', { exact: true }).fill('Closing of the Intersessional Meetings, with the President’s summary')
  await b.getByRole('dialog').getByRole('button', { name: 'Save item' }).click()
  await expect(b.getByRole('dialog')).toBeHidden()

  const dialog = a.getByRole('dialog')
  await dialog.getByLabel('Speakers (one per line)').fill('Director, Implementation Support Unit')
  await dialog.getByRole('button', { name: 'Save item' }).click()
  // Only the title changed there, only the speakers here: merged without a question.
  await expect(dialog).toBeHidden()
  await expect(row(a, /with the President’s summary/)).toContainText('Director, Implementation Support Unit')
  await close()
})

test('two people edit the same field: a choice, mine and theirs side by side', async ({ browser }) => {
  const { a, b, close } = await twoPeople(browser, ['isu', 'president'], url)
  for (const p of [a, b]) {
    await view(p, 'List')
    await p.getByRole('button', { name: /^Edit “Closing of the Intersessional Meetings/ }).click()
  }
  await b.getByRole('dialog').getByLabel('Title', { exact: true }).fill('Closing, by the President')
  await b.getByRole('dialog').getByRole('button', { name: 'Save item' }).click()
  await expect(b.getByRole('dialog')).toBeHidden()

  const dialog = a.getByRole('dialog')
  await dialog.getByLabel('Title', { exact: true }).fill('Closing, by the ISU')
  await dialog.getByLabel('Description', { exact: true }).fill('With the summary of the week.')
  await dialog.getByRole('button', { name: 'Save item' }).click()
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText('Ambassador Ana Ferreira changed it')
  await expect(alert.getByRole('row', { name: /Title/ })).toContainText('Closing, by the ISU')
  await expect(alert.getByRole('row', { name: /Title/ })).toContainText('Closing, by the President')
  // No button drops the other change silently: the choice is per field.
  await expect(alert.getByRole('row')).toHaveCount(2)
  await alert.getByRole('radio', { name: 'Closing, by the President' }).check()
  await dialog.getByRole('button', { name: 'Save with these choices' }).click()
  await expect(dialog).toBeHidden()
  await expect(row(a, 'Closing, by the President')).toContainText('With the summary of the week.')
  await close()
})

test('leaving with unsaved changes asks first', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  await view(page, 'Settings and format')
  await page.getByLabel('Venue', { exact: true }).fill('Geneva, CICG')
  let asked = ''
  page.once('dialog', (d) => ((asked = d.message()), d.dismiss()))
  await page.getByRole('link', { name: 'Published programmes' }).click()
  expect(asked).toContain('unsaved changes')
  await expect(page).toHaveURL(url)
  await expect(page.getByLabel('Venue', { exact: true })).toHaveValue('Geneva, CICG')
})

test('the Committee and observers are refused every edit on the server', async ({ page }) => {
  await signInAs(page, 'committee')
  await page.goto(url)
  await expect(page.getByText('only the ISU and the President change it').first()).toBeVisible()
  await view(page, 'List')
  await expect(page.getByRole('button', { name: /^Edit “/ })).toHaveCount(0)
  const itemId = (await page.locator('li.item-row').first().getAttribute('id'))!.replace('item-', '')
  const dayId = (await page.locator('section.day').first().getAttribute('id'))!.replace('day-', '')
  const id = await programmeId(page)
  const attempts = [
    ['saveItemAction', { programmeId: id, dayId, itemId, version: 1, fields: { start: '10:00', end: '10:30', title: 'Hijacked', description: '', segment: 'general', committee: '', objectives: [], speakers: '' } }],
    ['deleteItemAction', { itemId, version: 1 }],
    ['moveItemAction', { itemId, version: 1, direction: 'down' }],
    ['saveSettingsAction', { programmeId: id, version: 1, fields: { title: 'Hijacked', venue: 'Nowhere', days: [{ date: `${YEAR}-06-15`, thematic: false }] } }],
  ] as const
  for (const role of ['committee', 'observer'] as const) {
    if (role === 'observer') {
      await page.context().clearCookies()
      await signInAs(page, 'observer')
      expect((await page.goto(url))?.status()).toBe(404)
    }
    for (const [action, input] of attempts) {
      const { result } = await callServerAction(page.context().request, '/', ACTIONS, action, [input])
      expect(result, `${role} ${action}`).toMatchObject({ ok: false, error: 'forbidden' })
    }
  }
  await page.context().clearCookies()
  await signInAs(page, 'isu')
  await page.goto(url)
  await expect(page.getByText('Hijacked')).toHaveCount(0)
})

test('the editor has no serious accessibility violation', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

async function programmeId(page: Page) {
  return (await page.locator('[data-programme-id]').getAttribute('data-programme-id'))!
}
