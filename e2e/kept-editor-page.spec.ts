import { expect, test, type Page } from '@playwright/test'
import { programmeForSpec, removeProgramme } from './fixtures'
import { twoPeople } from './two-people'

// Issue 18: the editor page is kept for its reader and answered again while nothing in the database
// changed (lib/reader-answers.ts). What the reader must never notice: a page older than what was saved,
// another reader's page, another language's, or a page after the session ended. The page's HTML is
// read as the browser loads it (Accept and Fetch Metadata of a page load), with the browser's cookies,
// so that nothing the page's own polling draws later can hide an old page.
const YEAR = 2094
const url = `/meetings/${YEAR}`

test.describe.configure({ mode: 'serial', timeout: 120_000 })
test.beforeAll(async () => programmeForSpec(YEAR, 'programme-2026.json'))
test.afterAll(async () => removeProgramme(YEAR))

const PAGE_LOAD = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'sec-fetch-dest': 'document' }
const load = (page: Page) => page.request.get(url, { headers: PAGE_LOAD, maxRedirects: 0 })
const html = async (page: Page) => (await load(page)).text()
const nonceOf = (text: string) => /nonce="([^"]+)"/.exec(text)?.[1]
const item = (page: Page, title: string | RegExp) => page.getByTestId('grid-item').filter({ has: page.locator('button', { hasText: title }) })

test('a page loaded again shows at once what another person saved, in the reader’s language, and nothing once signed out', async ({ browser }) => {
  const { a, b, close } = await twoPeople(browser, ['isu', 'president'], url)
  // Each page's presence is written when it opens (and every 20 s): once both are there, nothing changes.
  await expect(a.getByTestId('presence')).toContainText('Ambassador Ana Ferreira')
  await expect(b.getByTestId('presence')).toContainText('Isabelle Suter')
  // Nothing changed: the same page is answered again (the same nonce: it was kept, not rendered again).
  // Tried again if a presence was written between the two loads.
  let first = ''
  await expect
    .poll(async () => {
      first = await html(a)
      return nonceOf(await html(a)) === nonceOf(first)
    })
    .toBe(true)
  expect(first).toContain('Signed in as Isabelle Suter')
  // Not to another reader.
  const other = await html(b)
  expect(other).toContain('Signed in as Ambassador Ana Ferreira')
  expect(nonceOf(other)).not.toBe(nonceOf(first))

  // B renames an item; A's next load has the new title at once.
  await item(b, /Universalization/).getByRole('button').first().click()
  const dialog = b.getByRole('dialog')
  await dialog.getByLabel('Title', { exact: true }).fill('Universalization, with the Special Envoy')
  await dialog.getByRole('button', { name: 'Save item' }).click()
  await expect(dialog).toBeHidden()
  expect(first).not.toContain('with the Special Envoy')
  expect(await html(a)).toContain('Universalization, with the Special Envoy')
  await a.reload()
  await expect(item(a, /with the Special Envoy/)).toBeVisible()

  // A chooses French: the page comes in French, not the English one kept.
  await a.context().addCookies([{ name: 'locale', value: 'fr', url: new URL(a.url()).origin }])
  expect(await html(a)).toContain('<html lang="fr"')

  // A copy of A's session, then A signs out: the copy gets the sign-in page, not the kept page.
  const copy = await browser.newContext({ storageState: await a.context().storageState() })
  const copyPage = await copy.newPage()
  expect(await html(copyPage)).toContain('<html lang="fr"')
  await a.getByRole('button', { name: /Sign out|Se déconnecter/ }).click()
  await expect(a).toHaveURL(/\/signin/)
  const after = await load(copyPage)
  expect(after.status()).toBe(307)
  expect(after.headers()['location']).toContain('/signin')
  await copy.close()
  await close()
})
