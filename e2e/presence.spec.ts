import { expect, test, type Page } from '@playwright/test'
import { programmeForSpec, removeProgramme } from './fixtures'
import { twoPeople } from './two-people'

// Many hands at once (issue 15): who else has the programme open, and their saves without a reload.
// A programme of its own: the demo draft (2026) moved to 2093. Day 2 ends with the closing, 17:30-18:00,
// and Universalization 11:30-13:00.
const YEAR = 2093
const url = `/meetings/${YEAR}`

// Two browsers, each polling, on a machine shared with others: three minutes.
test.describe.configure({ mode: 'serial', timeout: 180_000 })
test.use({ viewport: { width: 1280, height: 1400 } })
test.beforeAll(async () => programmeForSpec(YEAR, 'programme-2026.json'))
test.afterAll(async () => removeProgramme(YEAR))

const item = (page: Page, title: string | RegExp) => page.getByTestId('grid-item').filter({ has: page.locator('button', { hasText: title }) })

test('two people: each sees the other; a move by one appears, marked, on the other’s screen without a reload', async ({ browser }) => {
  const { a, b, close } = await twoPeople(browser, ['isu', 'president'], url)
  // Each sees the other, with their initials, and not themselves.
  await expect(b.getByTestId('presence')).toContainText('Also editing: Isabelle Suter (ISU)')
  await expect(b.getByTestId('presence').getByText('IS', { exact: true })).toBeVisible()
  await expect(a.getByTestId('presence')).toContainText('Ambassador Ana Ferreira')
  await expect(a.getByTestId('presence')).not.toContainText('Isabelle')

  // B has the Universalization item open and is typing: a live refresh must not take it away.
  await item(b, /Universalization/).getByRole('button').first().click()
  const dialog = b.getByRole('dialog')
  await dialog.getByLabel('Description', { exact: true }).fill('With the Coordinator’s report.')

  // A moves the closing 5 minutes earlier with the keyboard, and Universalization too.
  await item(a, /Closing of the Intersessional/).getByRole('button').first().focus()
  await a.keyboard.press('ArrowUp')
  await expect(item(a, /Closing of the Intersessional/)).toContainText('17:25–17:55')
  await expect(a.getByTestId('timetable-announcer')).toContainText('17:25')
  await item(a, /Universalization/).getByRole('button').first().focus()
  await a.keyboard.press('ArrowUp')
  await expect(item(a, /Universalization/)).toContainText('11:25–12:55')

  // B sees both moves without reloading, the moved items marked and the change said politely.
  await expect(item(b, /Closing of the Intersessional/)).toContainText('17:25–17:55', { timeout: 15_000 })
  await expect(item(b, /Closing of the Intersessional/)).toHaveAttribute('data-changed', 'true')
  await expect(b.getByTestId('presence-announcer')).toHaveText(/changed by someone else/)
  await expect(b.getByTestId('presence-announcer')).toHaveAttribute('aria-live', 'polite')
  // The mark goes after a few seconds.
  await expect(item(b, /Closing of the Intersessional/)).not.toHaveAttribute('data-changed', 'true', { timeout: 10_000 })

  // What B typed is still there, and B's save keeps A's move (the merge by field).
  await expect(dialog.getByLabel('Description', { exact: true })).toHaveValue('With the Coordinator’s report.')
  await dialog.getByRole('button', { name: 'Save item' }).click()
  await expect(dialog).toBeHidden()
  await expect(item(b, /Universalization/)).toContainText('11:25–12:55')

  // A closes the page: B no longer lists them.
  await a.close()
  await expect(b.getByTestId('presence')).toHaveCount(0, { timeout: 15_000 })
  await close()
})
