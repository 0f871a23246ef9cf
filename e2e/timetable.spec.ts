import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { programmeForSpec, removeProgramme } from './fixtures'
import { signInAs } from './pages'

// The timetable is the editor (issue 15): drafting on the grid with a pointer and with the keyboard.
// A programme of its own: the demo draft (2026) moved to 2087. Day 1: opening 10:00, thematic
// segment 10:15-11:30, Article 5 11:30-13:15, lunch 13:15-15:00, Victim Assistance 15:00-16:30,
// Cooperative Compliance 16:30-18:00. Day 2: Cooperation 10:00-11:30, Universalization 11:30-13:00,
// lunch 13:00-15:00, Preparations 15:00-17:30, Closing 17:30-18:00.
const YEAR = 2087
const url = `/meetings/${YEAR}`
const PX_PER_MINUTE = 1.6
const FROM = 9 * 60

// Each test makes several saves, one after another, on a machine shared with others: two minutes each.
test.describe.configure({ mode: 'serial', timeout: 120_000 })
// Tall enough for the whole day (09:00-19:00) to be on the screen while dragging.
test.use({ viewport: { width: 1280, height: 1800 } })
test.beforeAll(async () => programmeForSpec(YEAR, 'programme-2026.json'))
test.afterAll(async () => removeProgramme(YEAR))

const day = (page: Page, index: number) => page.getByTestId('grid-day').nth(index)
const item = (page: Page, title: string | RegExp) => page.getByTestId('grid-item').filter({ has: page.locator(`button`, { hasText: title }) })
const announcer = (page: Page) => page.getByTestId('timetable-announcer')
const y = (minutes: number) => (minutes - FROM) * PX_PER_MINUTE

/** Drags with the mouse from one point to another in small steps (dnd-kit needs moves past 4 px). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x, from.y + 6, { steps: 3 })
  await page.mouse.move(to.x, to.y, { steps: 12 })
  await page.mouse.up()
}
async function box(l: Locator) {
  const b = await l.boundingBox()
  if (!b) throw new Error('not visible')
  return b
}

test('the editor opens on the timetable; an item is created by dragging on empty time', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  await expect(page.getByRole('button', { name: 'Timetable' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByLabel('Venue', { exact: true })).toBeHidden()
  // The grid's top near the top of the screen, so that the drag stays clear of the edge where the page scrolls itself.
  await day(page, 1).locator('[data-grid-column]').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 60))
  const column = await box(day(page, 1).locator('[data-grid-column]'))
  // 18:00 to 18:30 on the second day, empty.
  await drag(page, { x: column.x + column.width * 0.4, y: column.y + y(18 * 60) + 1 }, { x: column.x + column.width * 0.4, y: column.y + y(18 * 60 + 30) })
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('Start')).toHaveValue('18:00')
  await expect(dialog.getByLabel('End')).toHaveValue('18:30')
  await dialog.getByLabel('Title', { exact: true }).fill('Reception offered by the host State')
  await dialog.getByLabel('Segment').selectOption('side-event')
  await dialog.getByRole('button', { name: 'Save item' }).click()
  await expect(dialog).toBeHidden()
  await expect(item(page, 'Reception offered by the host State')).toContainText('18:00–18:30')
})

test('an item is dragged to another day, and its lower edge changes its length', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  const universalization = item(page, 'Universalization of the Convention')
  const from = await box(universalization)
  const firstDay = await box(day(page, 0).locator('[data-grid-column]'))
  await drag(page, { x: from.x + 20, y: from.y + 10 }, { x: firstDay.x + 20, y: from.y + 10 })
  await expect(day(page, 0).getByTestId('grid-item').filter({ hasText: 'Universalization of the Convention' })).toContainText('11:30–13:00')
  await expect(day(page, 1).getByTestId('grid-item').filter({ hasText: 'Universalization of the Convention' })).toHaveCount(0)
  await page.reload()
  await expect(day(page, 0).getByTestId('grid-item').filter({ hasText: 'Universalization of the Convention' })).toContainText('11:30–13:00')

  // The thematic segment (10:15-11:30) made 15 minutes shorter by its lower edge.
  const thematic = item(page, /^10:15–11:30 Thematic segment/)
  const edge = await box(thematic.getByTestId('grid-resize'))
  await drag(page, { x: edge.x + edge.width / 2, y: edge.y + edge.height / 2 }, { x: edge.x + edge.width / 2, y: edge.y + edge.height / 2 - 15 * PX_PER_MINUTE })
  await expect(item(page, /Thematic segment/)).toContainText('10:15–11:15')
})

test('a new item from the day’s + button takes the next free interpreted slot, and Esc asks before losing what was typed', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  // Universalization went to the first day: the second has 11:30-13:00 free, inside the interpreted hours.
  await page.getByRole('button', { name: /^Add an item on / }).nth(1).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('Start')).toHaveValue('11:30')
  await expect(dialog.getByLabel('End')).toHaveValue('12:30')
  await dialog.getByLabel('Title', { exact: true }).fill('Something typed')
  let asked = ''
  page.once('dialog', (d) => ((asked = d.message()), d.dismiss()))
  await page.keyboard.press('Escape')
  expect(asked).toContain('Discard what you typed')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue('Something typed')
  page.once('dialog', (d) => d.accept())
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
})

test('a move that meets the lunch break stops at the break', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  const va = item(page, /^15:00–16:30 Committee on Victim Assistance/)
  const from = await box(va)
  // Two hours earlier would be 13:00-14:30, across the lunch break (13:15-15:00): it stops before it.
  await page.mouse.move(from.x + 20, from.y + 10)
  await page.mouse.down()
  await page.mouse.move(from.x + 20, from.y + 16, { steps: 3 })
  await page.mouse.move(from.x + 20, from.y + 10 - 120 * PX_PER_MINUTE, { steps: 12 })
  await expect(page.getByTestId('grid-preview')).toContainText('11:45–13:15 stops at the break')
  await page.mouse.up()
  await expect(item(page, /Committee on Victim Assistance/)).toContainText('11:45–13:15')
  await expect(announcer(page)).toContainText('Stopped at the break')
})

test('the same with the keyboard only', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  const closing = item(page, 'Closing of the Intersessional Meetings').getByRole('button').first()
  await closing.focus()
  await page.keyboard.press('ArrowUp')
  await expect(item(page, 'Closing of the Intersessional Meetings')).toContainText('17:25–17:55')
  await expect(announcer(page)).toContainText('17:25 to 17:55')
  await page.keyboard.press('Shift+ArrowDown')
  await expect(item(page, 'Closing of the Intersessional Meetings')).toContainText('17:25–18:00')
  // Past 18:00 it does not go: it stops and says so.
  await page.keyboard.press('Shift+ArrowDown')
  await expect(announcer(page)).toContainText('Stopped at 18:00')
  await page.keyboard.press('ArrowLeft')
  await expect(day(page, 0).getByTestId('grid-item').filter({ hasText: 'Closing of the Intersessional Meetings' })).toContainText('17:25–18:00')
  await expect(day(page, 0).getByTestId('grid-item').filter({ hasText: 'Closing of the Intersessional Meetings' }).getByRole('button').first()).toBeFocused()
  // Enter edits; Delete asks first.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog').getByLabel('Title', { exact: true })).toHaveValue('Closing of the Intersessional Meetings')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await day(page, 0).getByTestId('grid-item').filter({ hasText: 'Closing of the Intersessional Meetings' }).getByRole('button').first().focus()
  let asked = ''
  page.once('dialog', (d) => ((asked = d.message()), d.dismiss()))
  await page.keyboard.press('Delete')
  expect(asked).toContain('Closing of the Intersessional Meetings')
  await page.reload()
  await expect(day(page, 0).getByTestId('grid-item').filter({ hasText: 'Closing of the Intersessional Meetings' })).toContainText('17:25–18:00')
})

test('a drop on an item someone else changed meanwhile is undone, and says so', async ({ browser }) => {
  const [one, two] = await Promise.all([browser.newContext(), browser.newContext()])
  const [a, b] = await Promise.all([one.newPage(), two.newPage()])
  await signInAs(a, 'isu')
  await signInAs(b, 'president')
  await Promise.all([a.goto(url), b.goto(url)])
  await item(b, /^16:30–18:00 Committee on Cooperative Compliance/).getByRole('button').first().click()
  await b.getByRole('dialog').getByLabel('Title', { exact: true }).fill('Committee on Cooperative Compliance: stockpiles')
  await b.getByRole('dialog').getByRole('button', { name: 'Save item' }).click()
  await expect(b.getByRole('dialog')).toBeHidden()

  await item(a, /^16:30–18:00 Committee on Cooperative Compliance/).getByRole('button').first().focus()
  await a.keyboard.press('ArrowUp')
  await expect(a.locator('p.alert[role=alert]')).toContainText('Someone else changed')
  await expect(item(a, 'Committee on Cooperative Compliance: stockpiles')).toContainText('16:30–18:00')
  await Promise.all([one.close(), two.close()])
})

test('a reader reads the programme, without disabled forms', async ({ page }) => {
  await signInAs(page, 'committee')
  await page.goto(url)
  await expect(page.getByTestId('grid-item').first()).toBeVisible()
  await expect(page.getByTestId('grid-resize')).toHaveCount(0)
  await page.getByRole('button', { name: 'Settings and format' }).click()
  await expect(page.locator('fieldset[disabled], input[disabled]')).toHaveCount(0)
  await expect(page.getByText(`Intersessional Meetings`).first()).toBeVisible()
})

test('the timetable has no serious accessibility violation', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(url)
  await expect(page.getByTestId('grid-item').first()).toBeVisible()
  const results = await new AxeBuilder({ page }).include('.editor').analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('on a phone (390 px) no page scrolls sideways, the header folds into a menu, and the dialog fits', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  await page.goto('/signin')
  await page.getByLabel('E-mail').fill('isu@demo.test')
  await page.getByLabel('Password').fill('demo-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).not.toHaveURL(/signin/)
  await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible()
  const thisYear = new Date().getFullYear()
  for (const path of [url, `${url}/calendar`, `${url}/consultation`, `/programme/${thisYear - 1}`, '/meetings']) {
    await page.goto(path)
    await page.waitForLoadState('load')
    await page.waitForTimeout(300)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    // The message names what sticks out, so that a failure says where to look.
    const wide = overflow > 0 ? await page.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 40)} “${(e.textContent ?? '').slice(0, 30)}”`)) : []
    expect(overflow, `${path} scrolls sideways by ${overflow}px: ${wide.join('; ')}`).toBeLessThanOrEqual(0)
  }
  await page.goto(url)
  await page.screenshot({ path: 'test-results/timetable-390.png', fullPage: false })
  await page.getByRole('button', { name: 'Menu' }).click()
  await expect(page.getByTestId('signed-in-as')).toBeVisible()
  await page.getByRole('button', { name: 'Menu' }).click()
  await item(page, /Committee on Victim Assistance/).getByRole('button').first().click()
  const dialog = page.getByRole('dialog')
  const b = await box(dialog)
  expect(b.x).toBeGreaterThanOrEqual(0)
  expect(b.x + b.width).toBeLessThanOrEqual(390)
  await context.close()
})

test('a screenshot of the timetable at 1440 px', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  await signInAs(page, 'isu')
  await page.goto(url)
  await expect(page.getByTestId('grid-item').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/timetable-1440.png', fullPage: true })
  await context.close()
})
