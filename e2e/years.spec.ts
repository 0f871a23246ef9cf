import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { createDb } from '@/lib/db'
import { E2E_DATABASE_URL } from './fixtures'
import { signInAs } from './pages'
import { callServerAction } from './server-actions'

// The years list, creating a year three ways, the JSON export and the week at a glance.
// The server's demo data: last year published, this year a draft.
const thisYear = new Date().getFullYear()
const lastYear = thisYear - 1
const nextYear = thisYear + 1
// Years no other spec uses (editor and consultation keep 2028 and 2029 for themselves).
const blankYear = thisYear + 10
const brokenYear = thisYear + 11

// The years this spec creates are removed first, so that it runs again on the same server.
test.beforeAll(async () => {
  const db = createDb(E2E_DATABASE_URL)
  try {
    await db.programme.deleteMany({ where: { year: { in: [nextYear, blankYear, brokenYear] } } })
  } finally {
    await db.$disconnect()
  }
})

/** Screenshots for a person to look at, when YEARS_SCREENSHOTS names a folder. */
async function shot(page: Page, name: string) {
  const dir = process.env.YEARS_SCREENSHOTS
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

function runChecker(file: string) {
  const run = spawnSync('npx', ['tsx', 'scripts/check.ts', file], { encoding: 'utf8', timeout: 60_000 })
  return { status: run.status, report: JSON.parse(run.stdout) as { files: { year: number | null; findings: { rule: string; level: string }[]; error?: string }[] } }
}

test.describe('the years list', () => {
  test('lists each year newest first with its dates, status and findings; the ISU may create one', async ({ page }) => {
    await signInAs(page, 'isu')
    await page.goto('/meetings')
    const table = page.getByRole('table', { name: /Programmes of the Intersessional Meetings/ })
    const years = (await table.getByRole('rowheader').allTextContents()).map(Number)
    expect(years).toEqual([...years].sort((a, b) => b - a))
    expect(years).toEqual(expect.arrayContaining([thisYear, lastYear]))
    const current = table.locator(`tr[data-year="${thisYear}"]`)
    await expect(current).toContainText('Draft')
    await expect(current).toContainText('June')
    await expect(current).toContainText(/\d+ errors?/)
    await expect(table.locator(`tr[data-year="${lastYear}"]`)).toContainText('Published')
    await expect(page.getByRole('link', { name: 'New programme' })).toBeVisible()
    await shot(page, 'years-list')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('a Coordinating Committee member reads the list without the way to create, and the server refuses the page', async ({ page }) => {
    await signInAs(page, 'committee')
    await page.goto('/meetings')
    await expect(page.getByRole('link', { name: `Open the programme of ${thisYear}` })).toBeVisible()
    await expect(page.getByRole('link', { name: 'New programme' })).toHaveCount(0)
    expect((await page.goto('/meetings/new'))?.status()).toBe(403)
    // The server refuses the action itself, not only the page.
    const { result } = await callServerAction(page.context().request, '/meetings', 'lib/meetings/actions.ts', 'createBlankAction', [{ year: blankYear }])
    expect(result).toMatchObject({ ok: false, error: 'forbidden' })
  })
})

test.describe('creating a year', () => {
  test('the ISU creates next year from this year and lands on its page', async ({ page }) => {
    await signInAs(page, 'isu')
    await page.goto('/meetings')
    await page.getByRole('link', { name: 'New programme' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'New programme' })).toBeVisible()
    await expect(page.getByRole('radio', { name: /From a previous year/ })).toBeChecked()
    await page.getByLabel('Start from the programme of').selectOption(String(thisYear))
    await expect(page.getByLabel('New year')).toHaveValue(String(nextYear))
    await expect(page.getByRole('list', { name: 'Meeting days' }).getByRole('listitem')).toHaveCount(2)
    await shot(page, 'new-from-previous')
    await page.getByRole('button', { name: `Create from ${thisYear}` }).click()
    await expect(page).toHaveURL(`/meetings/${nextYear}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(nextYear))
    await expect(page.getByText('Opening of the Intersessional Meetings').first()).toBeVisible()

    // One year, one programme: asking again is refused with a clear message.
    await page.goto('/meetings/new')
    await page.getByLabel('Start from the programme of').selectOption(String(thisYear))
    await page.getByLabel('New year').fill(String(nextYear))
    await expect(page.getByText(`There is already a programme for ${nextYear}.`)).toBeVisible()
    await page.getByRole('button', { name: `Create from ${thisYear}` }).click()
    await expect(page.locator('main').getByRole('alert')).toContainText(`There is already a programme for ${nextYear}`)
    await expect(page).toHaveURL('/meetings/new')
  })

  test('importing a broken file shows each field that is wrong, and nothing is created', async ({ page }) => {
    const year = brokenYear
    const doc = JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8'))
    doc.year = year
    doc.days[0].items[2].end = 1315
    doc.days[1].date = 'next Tuesday'
    doc.organiser = 'ISU'
    await signInAs(page, 'isu')
    await page.goto('/meetings/new')
    await page.getByRole('radio', { name: /Import a file/ }).check()
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc, null, 2)) })
    await expect(page.getByLabel('JSON text')).toHaveValue(/"organiser"/)
    await page.getByRole('button', { name: 'Check and import' }).click()
    const findings = page.getByTestId('import-findings')
    await expect(findings).toContainText('Nothing was saved')
    await expect(findings).toContainText('days[0].items[2].end')
    await expect(findings).toContainText('days[1].date')
    await expect(findings).toContainText('organiser')
    await shot(page, 'new-import-errors')
    await expect(page).toHaveURL('/meetings/new')
    await page.goto('/meetings')
    await expect(page.getByRole('rowheader', { name: String(year) })).toHaveCount(0)
    expect((await page.goto(`/meetings/${year}`))?.status()).toBe(404)
  })

  test('pasted text that is not JSON is explained, and a valid file of an existing year is refused', async ({ page }) => {
    await signInAs(page, 'isu')
    await page.goto('/meetings/new')
    await page.getByRole('radio', { name: /Import a file/ }).check()
    await page.getByLabel('JSON text').fill('{ "version": 1, "year": ')
    await page.getByRole('button', { name: 'Check and import' }).click()
    await expect(page.locator('main').getByRole('alert')).toContainText('The text is not JSON')
    const existing = JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8'))
    existing.year = thisYear
    existing.days = existing.days.map((d: { date: string }) => ({ ...d, date: `${thisYear}${d.date.slice(4)}` }))
    existing.otherMeetings = []
    await page.getByLabel('JSON text').fill(JSON.stringify(existing))
    await page.getByRole('button', { name: 'Check and import' }).click()
    await expect(page.locator('main').getByRole('alert')).toContainText(`There is already a programme for ${thisYear}`)
  })

  test('a blank year starts with two days in the third week of June', async ({ page }) => {
    const year = blankYear
    await signInAs(page, 'president')
    await page.goto('/meetings/new')
    await page.getByRole('radio', { name: /Blank/ }).check()
    await page.getByLabel('Year', { exact: true }).fill(String(year))
    await expect(page.getByRole('list', { name: 'Meeting days' }).getByRole('listitem')).toHaveCount(2)
    await shot(page, 'new-blank')
    await page.getByRole('button', { name: 'Create the programme' }).click()
    await expect(page).toHaveURL(`/meetings/${year}`)
  })
})

test.describe('exporting a year as JSON', () => {
  for (const [year, label] of [
    [thisYear, 'the draft'],
    [lastYear, 'the published programme'],
  ] as const) {
    test(`the export of ${label} downloads a file the checker reads, with the exit code its findings imply`, async ({ page }) => {
      await signInAs(page, 'isu')
      await page.goto('/meetings')
      const download = page.waitForEvent('download')
      await page.getByRole('link', { name: `Export the programme of ${year} as JSON` }).click()
      const file = await download
      expect(file.suggestedFilename()).toBe(`intersessional-programme-${year}.json`)
      const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'years-export-')), file.suggestedFilename())
      await file.saveAs(saved)
      const { status, report } = runChecker(saved)
      const [checked] = report.files
      expect(checked!.error).toBeUndefined()
      expect(checked!.year).toBe(year)
      expect(checked!.findings.filter((f) => f.rule === 'schema')).toEqual([])
      expect(status).toBe(checked!.findings.some((f) => f.level === 'error') ? 1 : 0)
    })
  }

  test('anyone may export a published programme; a draft is refused on the server', async ({ page, request }) => {
    const published = await request.get(`/meetings/${lastYear}/export`)
    expect(published.status()).toBe(200)
    expect(published.headers()['content-disposition']).toBe(`attachment; filename="intersessional-programme-${lastYear}.json"`)
    expect((await published.json()).year).toBe(lastYear)
    // A draft is answered as a year without a programme: its existence is not for whoever may not read it.
    const draft = await request.get(`/meetings/${thisYear}/export`)
    expect(draft.status()).toBe(404)
    expect(await draft.text()).not.toContain('Opening')
    expect((await request.get('/meetings/1901/export')).status()).toBe(404)
    await signInAs(page, 'observer')
    expect((await page.request.get(`/meetings/${thisYear}/export`)).status()).toBe(404)
  })
})

test.describe('the week at a glance', () => {
  test('the ISU adds a meeting of another Convention and sees it on its dates, with the clash', async ({ page }) => {
    await signInAs(page, 'isu')
    await page.goto(`/meetings/${thisYear}/calendar`)
    await expect(page.getByRole('heading', { level: 1, name: `Week at a glance ${thisYear}` })).toBeVisible()
    const calendar = page.getByRole('table', { name: /Calendar of the weeks/ })
    const meetingDays = calendar.getByRole('cell', { name: /: Meeting day/ })
    await expect(meetingDays).toHaveCount(2)
    const firstDay = (await meetingDays.first().getAttribute('data-date'))!
    await expect(calendar.getByRole('cell', { name: /30 April.*transparency reports due/ })).toHaveCount(1)
    await expect(page.getByTestId('deadline-note')).toContainText(/weeks.*before the first meeting day/)

    await page.getByLabel('Name').fill('Biological Weapons Convention, Working Group')
    await page.getByLabel('First day').fill(firstDay)
    await page.getByLabel('Last day').fill(firstDay)
    await page.getByRole('button', { name: 'Add the meeting' }).click()
    await expect(page.getByRole('status')).toContainText('Added: Biological Weapons Convention, Working Group.')
    const day = calendar.locator(`td[data-date="${firstDay}"]`)
    await expect(day).toHaveAccessibleName(/Biological Weapons Convention, Working Group \(other meeting\).*Clash/)
    await expect(day).toContainText('Biological Weapons Convention')
    await expect(page.getByTestId('clash-note')).toContainText('Clash')
    await expect(page.getByRole('rowheader', { name: 'Biological Weapons Convention, Working Group' })).toBeVisible()
    await shot(page, 'calendar-isu')

    // An end before the start is explained at the field, and nothing is sent.
    await page.getByRole('button', { name: 'Edit Biological Weapons Convention, Working Group' }).click()
    await page.getByLabel('Last day').fill(`${thisYear}-01-02`)
    await page.getByRole('button', { name: 'Save the changes' }).click()
    await expect(page.getByText('The last day must not be before the first day.')).toBeVisible()
    await page.getByRole('button', { name: 'Cancel' }).click()

    await page.getByRole('button', { name: 'Remove Biological Weapons Convention, Working Group' }).click()
    await page.getByRole('button', { name: 'Yes, remove' }).click()
    await expect(page.getByRole('status')).toContainText('Removed')
    await expect(calendar.locator(`td[data-date="${firstDay}"]`)).not.toContainText('Biological Weapons Convention')
  })

  test('a Coordinating Committee member reads the calendar without changing it; an observer is refused a draft', async ({ page, browser }) => {
    await signInAs(page, 'committee')
    await page.goto(`/meetings/${thisYear}/calendar`)
    await expect(page.getByRole('table', { name: /Calendar of the weeks/ })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Add the meeting' })).toHaveCount(0)
    await expect(page.getByText('Only the Implementation Support Unit and the President change this list.')).toBeVisible()
    const programmeId = await page.locator('[data-programme-id]').getAttribute('data-programme-id')
    const { result } = await callServerAction(page.context().request, `/meetings/${thisYear}/calendar`, 'lib/meetings/actions.ts', 'addOtherMeetingAction', [
      { programmeId, name: 'Refused meeting', start: `${thisYear}-06-01`, end: `${thisYear}-06-02` },
    ])
    expect(result).toMatchObject({ ok: false, error: 'forbidden' })
    await page.reload()
    await expect(page.getByText('Refused meeting')).toHaveCount(0)

    const context = await browser.newContext()
    const observer = await context.newPage()
    await signInAs(observer, 'observer')
    expect((await observer.goto(`/meetings/${thisYear}/calendar`))?.status()).toBe(404)
    expect((await observer.goto(`/meetings/${lastYear}/calendar`))?.status()).toBe(200)
    await expect(observer.getByRole('table', { name: /Calendar of the weeks/ })).toBeVisible()
    await expect(observer.getByRole('cell', { name: /: Thematic day/ })).toHaveCount(1)
    await shot(observer, 'calendar-published-observer')
    await context.close()
  })

  test('the calendar page has no serious accessibility violation', async ({ page }) => {
    await signInAs(page, 'isu')
    await page.goto(`/meetings/${thisYear}/calendar`)
    await expect(page.getByRole('table', { name: /Calendar of the weeks/ })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })
})
