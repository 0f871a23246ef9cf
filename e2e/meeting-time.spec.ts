import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { createDb } from '@/lib/db'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import { E2E_DATABASE_URL, removeProgramme } from './fixtures'
import { signInAs } from './pages'

// Time, counted (issue 16): /meetings/time across all years, its CSV, and the summary beside the
// findings in the editor. A year of this spec's own, whose minutes are known.
const YEAR = new Date().getFullYear() + 20

const known: ProgrammeDocument = {
  version: 2,
  year: YEAR,
  title: 'Intersessional Meetings',
  venue: 'Geneva',
  format: null,
  formatDecision: null,
  days: [
    {
      date: `${YEAR}-06-16`,
      thematic: false,
      items: [
        // 60 minutes: Article 5, a State Party and the ISU (30 each).
        { start: '10:00', end: '11:00', title: 'Article 5', segment: 'committee', committee: 'article-5', objectives: ['clearance'], speakers: [{ name: 'Cambodia', kind: 'state-party', state: 'KHM' }, { name: 'ISU', kind: 'isu' }] },
        // 120 minutes: a State Party alone.
        { start: '11:00', end: '13:00', title: 'Thematic', segment: 'thematic', speakers: [{ name: 'Colombia', kind: 'state-party', state: 'COL' }] },
        // Not counted: lunch.
        { start: '13:00', end: '15:00', title: 'Lunch', segment: 'break' },
      ],
    },
  ],
}

test.beforeAll(async () => {
  await removeProgramme(YEAR)
  const db = createDb(E2E_DATABASE_URL)
  try {
    await db.$transaction((tx) => createProgrammeFromDocument(tx, known, 'draft'))
  } finally {
    await db.$disconnect()
  }
})
test.afterAll(() => removeProgramme(YEAR))

test('the time of every year: chart and tables with the same numbers, accessible, printable, and as CSV', async ({ page }) => {
  test.setTimeout(120_000)
  await signInAs(page, 'isu')
  await page.goto('/meetings')
  await page.getByRole('link', { name: 'Time of the meetings, year by year' }).click()
  await expect(page).toHaveURL('/meetings/time')
  await expect(page.getByRole('heading', { level: 1, name: 'Time of the meetings, year by year' })).toBeVisible()
  const chart = page.getByRole('img', { name: /Per Committee: minutes of the formal meeting/ })
  await expect(chart).toBeVisible()
  await expect(chart.locator(`g[data-year="${YEAR}"] rect`)).toHaveCount(2)
  await expect(page.getByTestId(`total-${YEAR}`)).toHaveText('3 h 00')
  await expect(page.getByTestId(`state-party-share-${YEAR}`)).toHaveText('83%')
  const committees = page.getByRole('table', { name: 'Per Committee' })
  await expect(committees.getByRole('row', { name: /Committee on Article 5 Implementation/ })).toContainText('1 h 00 (33%)')
  const speakers = page.getByRole('table', { name: 'Per kind of speaker' })
  await expect(speakers.getByRole('row', { name: /^States Parties/ })).toContainText('2 h 30 (83%)')
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  // Another dimension in the chart, by a link.
  await page.getByRole('link', { name: 'Per kind of speaker' }).click()
  await expect(page.getByRole('img', { name: /Per kind of speaker: minutes/ })).toBeVisible()

  // On paper: no navigation, no buttons; the chart and the tables stay.
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
  await expect(page.getByTestId('time-chart')).toBeVisible()
  await page.emulateMedia({ media: 'screen' })

  const csv = await page.context().request.get('/meetings/time.csv')
  expect(csv.status()).toBe(200)
  expect(csv.headers()['content-type']).toContain('text/csv')
  const lines = (await csv.text()).split('\r\n')
  expect(lines).toContain(`${YEAR},draft,summary,total,Formal meeting,180,100`)
  expect(lines).toContain(`${YEAR},draft,summary,state-party-share,Share of time in which States Parties speak,,83.3`)
  expect(lines).toContain(`${YEAR},draft,committee,article-5,Committee on Article 5 Implementation,60,33.3`)
})

test('the editor counts the draft beside the findings, with the year before', async ({ page }) => {
  await signInAs(page, 'isu')
  await page.goto(`/meetings/${YEAR}`)
  const summary = page.getByTestId('meeting-time')
  await expect(summary.getByRole('heading', { name: 'Time of the formal meeting' })).toBeVisible()
  await expect(summary.getByTestId(`total-${YEAR}`)).toHaveText('3 h 00')
  await expect(summary.getByTestId(`state-party-share-${YEAR}`)).toHaveText('83%')
  // The latest earlier programme in the database is the column beside it.
  await expect(summary.getByRole('columnheader', { name: /\(before\)/ }).first()).toBeVisible()
})

test('an observer is refused the page and the CSV', async ({ page }) => {
  await signInAs(page, 'observer')
  expect((await page.goto('/meetings/time'))?.status()).toBe(403)
  expect((await page.context().request.get('/meetings/time.csv')).status()).toBe(404)
})
