import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { removeProgramme } from './fixtures'
import { signInAs } from './pages'

// The drafting journey of issue 4 in one go: a new year from last year's published programme,
// every error fixed until none remains, a reorder by keyboard, and an export the checker accepts.
const lastYear = new Date().getFullYear() - 1
const year = lastYear + 21

test.beforeAll(async () => removeProgramme(year))
test.afterAll(async () => removeProgramme(year))

test('a year drafted from last year’s programme ends clean and passes the checker', async ({ page }) => {
  test.setTimeout(120_000)
  await signInAs(page, 'isu')
  await page.goto('/meetings/new')
  await page.getByLabel('Start from the programme of').selectOption(String(lastYear))
  await page.getByLabel('New year').fill(String(year))
  await page.getByRole('button', { name: `Create from ${lastYear}` }).click()
  await expect(page).toHaveURL(`/meetings/${year}`)

  // A new year needs a new format decision: the rules say so.
  const counts = page.getByTestId('finding-counts')
  await expect(counts).not.toContainText('0 errors')
  await expect(page.locator('[data-rule="format-undecided"]')).toHaveCount(1)

  // The ISU puts the Committee on Cooperative Compliance before Victim Assistance, with the keyboard.
  await page.getByRole('button', { name: 'List', exact: true }).click()
  const moving = 'Committee on Cooperative Compliance: stockpile destruction and retained mines'
  const row = page.locator('li.item-row', { hasText: moving })
  await expect(row).toContainText('16:30–18:00')
  await page.getByRole('button', { name: `Move “${moving}” earlier` }).focus()
  await page.keyboard.press('Enter')
  await expect(row).toContainText('15:00–16:30')
  await expect(page.locator('li.item-row', { hasText: 'Committee on Victim Assistance' })).toContainText('16:30–18:00')

  // The President decides the format (a thematic day, the Committee consulted).
  await page.context().clearCookies()
  await signInAs(page, 'president')
  await page.goto(`/meetings/${year}`)
  await page.getByRole('button', { name: 'Settings and format', exact: true }).click()
  await page.getByLabel('A day of thematic discussions added to the two days').check()
  await page.getByLabel('Rationale').fill('A day on the status of implementation of the Action Plan.')
  await page.getByLabel('Date of the Committee’s meeting').fill('2020-01-15')
  await page.getByLabel('Note on that meeting').fill('Coordinating Committee, first meeting of the year')
  await page.getByRole('button', { name: 'Record the decision' }).click()
  await expect(page.getByTestId('format-status')).toContainText('A day of thematic discussions')
  await expect(counts).toContainText('0 errors')

  // The export is a file the command-line checker accepts with exit 0.
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Export JSON' }).click()
  const file = path.join(os.tmpdir(), `journey-${year}.json`)
  await (await download).saveAs(file)
  const run = spawnSync('npx', ['tsx', 'scripts/check.ts', file], { encoding: 'utf8', timeout: 60_000 })
  const report = JSON.parse(run.stdout) as { files: { year: number; findings: { level: string }[] }[] }
  expect(report.files[0]?.year).toBe(year)
  expect(report.files[0]?.findings.filter((f) => f.level === 'error')).toEqual([])
  expect(run.status).toBe(0)
})
