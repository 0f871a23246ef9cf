import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { readPdfText, squash } from '../tests/publication/pdf-text'
import { signInAs } from './pages'

// The seed publishes last year's programme (revision 0) and keeps this year's as a draft.
const lastYear = new Date().getFullYear() - 1
const thisYear = new Date().getFullYear()
const publicPage = `/programme/${lastYear}`

test.describe('the public programme, signed out', () => {
  test('shows the published programme with its numbered items', async ({ page }) => {
    const response = await page.goto(publicPage)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Programme of the Intersessional Meetings ${lastYear}`)
    // The demo's release was issued weeks before the meetings, without an invented symbol.
    await expect(page.getByTestId('release-issued')).toHaveText(new RegExp(`^Issued \\d{1,2} (April|May) ${lastYear}$`))
    await expect(page.getByText('APLC/ISM')).toHaveCount(0)
    await expect(page.getByText('Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction')).toBeVisible()
    const items = page.getByTestId('programme-item')
    await expect(items).toHaveCount(11)
    await expect(items.first()).toContainText('1.')
    await expect(items.first()).toContainText('Opening of the thematic day')
    await expect(items.nth(3)).toContainText('4.')
    await expect(items.nth(3)).toContainText('Opening of the Intersessional Meetings')
    await expect(page.getByRole('heading', { name: 'Side events at a glance' })).toBeVisible()
    await expect(page.getByTestId('signed-in-as')).toHaveCount(0)
  })

  test('downloads the PDF under its file name, showing progress', async ({ page }) => {
    await page.goto(publicPage)
    const downloading = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Download the PDF' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe(`intersessional-programme-${lastYear}.pdf`)
    const file = await download.path()
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await expect(page.getByTestId('pdf-download').getByRole('status')).toHaveText(`The PDF has been saved as intersessional-programme-${lastYear}.pdf.`)
  })

  test('says clearly when the PDF cannot be prepared', async ({ page }) => {
    await page.route(new RegExp(`/programme/${lastYear}/pdf(\\?|$)`), (route) => route.fulfill({ status: 500, body: 'boom' }))
    await page.goto(publicPage)
    await page.getByRole('link', { name: 'Download the PDF' }).click()
    await expect(page.getByTestId('pdf-download').getByRole('alert')).toHaveText('The PDF could not be prepared: the server answered with an error (500). Try again in a moment.')
  })

  test('switches to French: the page, and the PDF it downloads', async ({ page }) => {
    await page.goto(publicPage)
    await page.getByRole('button', { name: 'Français' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Programme des réunions intersessions ${lastYear}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByRole('link', { name: 'Télécharger le PDF' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Aperçu des manifestations parallèles' })).toBeVisible()
    // The item titles in French, as the demo's published programme has them.
    await expect(page.getByTestId('programme-item').first()).toContainText('Ouverture de la journée thématique')

    // The browser's cookie goes with the request: the PDF is in French.
    const response = await page.request.get(`${publicPage}/pdf`)
    expect(response.status()).toBe(200)
    const first = squash((await readPdfText(new Uint8Array(await response.body()))).pages[0] ?? '')
    expect(first).toContain('Convention sur l’interdiction de l’emploi, du stockage, de la production et du transfert des mines antipersonnel et sur leur destruction')
    expect(first).toContain('Réunions intersessions')
    expect(first).toMatch(/Page 1 sur \d/)

    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Programme of the Intersessional Meetings ${lastYear}`)
  })

  test('a draft is never public: 404 for the page and its files', async ({ page, request }) => {
    const response = await page.goto(`/programme/${thisYear}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
    for (const file of ['pdf', 'ics', 'json']) expect((await request.get(`/programme/${thisYear}/${file}`)).status()).toBe(404)
  })

  test('links a calendar in Europe/Zurich and the JSON, which passes the checker', async ({ page }) => {
    await page.goto(publicPage)
    const icsHref = await page.getByRole('link', { name: 'Calendar (.ics)' }).getAttribute('href')
    const jsonHref = await page.getByRole('link', { name: 'Data (.json, interchange format)' }).getAttribute('href')
    const ics = await page.request.get(icsHref!)
    expect(ics.status()).toBe(200)
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    const calendar = await ics.text()
    expect(calendar).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich')
    expect(calendar).toMatch(new RegExp(`DTSTART;TZID=Europe/Zurich:${lastYear}\\d{4}T100000`))

    const json = await page.request.get(jsonHref!)
    expect(json.status()).toBe(200)
    expect(json.headers()['content-disposition']).toContain(`intersessional-programme-${lastYear}.json`)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'programme-json-')), `programme-${lastYear}.json`)
    fs.writeFileSync(file, await json.body())
    const check = spawnSync('npx', ['tsx', 'scripts/check.ts', file], { cwd: path.resolve(import.meta.dirname, '..'), encoding: 'utf8' })
    expect(check.status, check.stdout + check.stderr).toBe(0)
    expect(JSON.parse(check.stdout).files[0].year).toBe(lastYear)
  })

  test('prints the document only', async ({ page }) => {
    await page.goto(publicPage)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header')).toBeHidden()
    await expect(page.getByRole('link', { name: 'Download the PDF' })).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })
})

// The public page is served as a document: no framework, one small script of its own (lib/cached-pages.mjs).
test.describe('the public programme as a document', () => {
  test('loads its own script only, and reads and changes language without any script at all', async ({ page, browser }) => {
    const scripts: string[] = []
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname))
    await page.goto(publicPage)
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
    expect(scripts.sort()).toEqual(['/scripts/download.js', '/scripts/public-page.js', '/scripts/sign-out.js'])

    const bare = await browser.newContext({ javaScriptEnabled: false })
    try {
      const reader = await bare.newPage()
      await reader.goto(publicPage)
      await expect(reader.getByTestId('programme-item')).toHaveCount(11)
      await reader.getByRole('button', { name: 'Français' }).click()
      await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`Programme des réunions intersessions ${lastYear}`)
      await expect(reader).toHaveURL(new RegExp(`${publicPage}$`))
      await expect(reader.getByRole('link', { name: 'Télécharger le PDF' })).toHaveAttribute('href', `${publicPage}/pdf?lang=fr`)
    } finally {
      await bare.close()
    }
  })

  test('a member sees their own header there, folded into the menu on a phone, and signs out from it', async ({ page }) => {
    await signInAs(page, 'committee')
    await page.goto(publicPage)
    await expect(page.getByTestId('signed-in-as')).toHaveText(/^Signed in as .+ \(Coordinating Committee member\)$/)
    await expect(page.getByRole('link', { name: 'Programmes', exact: true })).toHaveAttribute('href', '/meetings')
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeHidden()

    await page.setViewportSize({ width: 390, height: 800 })
    const menu = page.getByRole('button', { name: 'Menu' })
    await expect(page.getByTestId('signed-in-as')).toBeHidden()
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByTestId('signed-in-as')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/signin$/)
    await page.goto(publicPage)
    await page.getByRole('button', { name: 'Menu' }).click()
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
    await expect(page.getByTestId('signed-in-as')).toHaveCount(0)
  })

  test('its language form is refused from another site', async ({ request }) => {
    const tries: Record<string, string>[] = [{ 'Sec-Fetch-Site': 'cross-site' }, { Origin: 'https://elsewhere.example' }, {}]
    for (const headers of tries) {
      const answer = await request.post('/api/language', { form: { locale: 'fr' }, headers, maxRedirects: 0 })
      expect(answer.status(), JSON.stringify(headers)).toBe(403)
      expect(answer.headers()['set-cookie'] ?? '').not.toContain('locale=')
    }
  })
})

test.describe('the PDF of a draft, for members', () => {
  test('a member gets it marked DRAFT; an observer is refused on the server', async ({ page, browser }) => {
    await signInAs(page, 'committee')
    const response = await page.request.get(`/meetings/${thisYear}/pdf`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-disposition']).toContain(`intersessional-programme-${thisYear}.pdf`)
    const { pages } = await readPdfText(new Uint8Array(await response.body()))
    for (const text of pages) expect(text).toContain('DRAFT')

    const other = await browser.newContext()
    const observer = await other.newPage()
    await signInAs(observer, 'observer')
    expect((await observer.request.get(`/meetings/${thisYear}/pdf`)).status()).toBe(403)
    expect((await observer.request.get(`/meetings/${lastYear}/pdf`)).status()).toBe(403)
    await other.close()

    const anonymous = await browser.newContext()
    expect((await anonymous.request.get(`/meetings/${thisYear}/pdf`)).status()).toBe(401)
    await anonymous.close()
  })
})
