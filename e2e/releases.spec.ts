import { expect, test } from '@playwright/test'
import { createDb } from '@/lib/db'
import { findProgrammeByYear } from '@/lib/programme-store'
import { fingerprintOf, snapshotOf } from '@/lib/revisions/snapshot'
import { checkProgramme } from '@/lib/rules'
import { findingKey } from '@/lib/workflow/finding-key'
import { readPdfText, squash } from '../tests/publication/pdf-text'
import { E2E_DATABASE_URL, programmeForSpec } from './fixtures'
import { signInAs } from './pages'
import { callServerAction } from './server-actions'

// What is published stays published: while the President drafts, approves and publishes Rev.1, the
// public page and its files keep serving the last release; Rev.1 then says what it replaces and what
// changed, and the original stays readable at its own address.
// A programme of its own: the demo's published programme moved to 2031, released as it stands.
const YEAR = 2031
const publicPage = `/programme/${YEAR}`
const members = `/meetings/${YEAR}`
const DRAFT_TITLE = 'Opening of the thematic day, as the draft revision renames it'

test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => void (await programmeForSpec(YEAR, 'programme-2025.json', 'published')))

async function workingCopy() {
  const db = createDb(E2E_DATABASE_URL)
  try {
    return (await findProgrammeByYear(db, YEAR))!
  } finally {
    await db.$disconnect()
  }
}

test('the public keeps the last release while a revision is drafted, then sees Rev.1 with what changed', async ({ page, browser }) => {
  const first = await page.goto(publicPage)
  expect(first?.status()).toBe(200)
  await expect(page.getByTestId('release-issued')).toContainText('Issued ')
  await expect(page.getByTestId('programme-item').first()).toContainText('Opening of the thematic day')
  await expect(page.getByText('This is the first release.')).toBeVisible()
  const issuedOriginal = (await page.getByTestId('release-issued').textContent())!.replace('Issued ', '')

  // The President starts Rev.1 and the draft changes an item.
  const context = await browser.newContext()
  const president = await context.newPage()
  await signInAs(president, 'president')
  await president.goto(`${members}/revisions`)
  await president.getByTestId('new-revision').click()
  await president.getByTestId('new-revision-confirm').click()
  await expect(president.getByTestId('programme-status')).toHaveText('Draft')
  const programme = await workingCopy()
  const opening = programme.days[0]!.items.find((item) => item.title === 'Opening of the thematic day')!
  const db = createDb(E2E_DATABASE_URL)
  await db.item.update({ where: { id: opening.id }, data: { title: DRAFT_TITLE, version: { increment: 1 } } })
  await db.$disconnect()

  // Signed out: the page and every file are still the release, never the draft (nor a 404).
  await page.reload()
  await expect(page.getByTestId('programme-item').first()).toContainText('Opening of the thematic day')
  await expect(page.getByText(DRAFT_TITLE)).toHaveCount(0)
  await expect(page.getByTestId('release-issued')).toHaveText(`Issued ${issuedOriginal}`)
  for (const file of ['pdf', 'ics', 'json']) {
    const res = await page.request.get(`${publicPage}/${file}?lang=en`)
    expect(res.status(), file).toBe(200)
    const text = file === 'pdf' ? squash((await readPdfText(new Uint8Array(await res.body()))).text) : await res.text()
    expect(text, file).toContain('Opening of the thematic day')
    expect(text, file).not.toContain(DRAFT_TITLE)
  }
  // The list of published programmes keeps the year.
  await page.goto('/programme')
  await expect(page.locator(`a[href="${publicPage}"]`)).toBeVisible()
  await page.goto(publicPage)
  // The signed-in President sees the same public page.
  await president.goto(publicPage)
  await expect(president.getByText(DRAFT_TITLE)).toHaveCount(0)

  // Approved, still not public; published, it is.
  const draft = await workingCopy()
  const snapshot = snapshotOf(draft)
  const findings = checkProgramme(snapshot.document)
  expect(findings.filter((f) => f.level === 'error')).toEqual([])
  const approved = await callServerAction(president.request, `${members}/approve`, 'lib/workflow/actions.ts', 'approveAction', [
    { programmeId: draft.id, version: draft.version, fingerprint: fingerprintOf(snapshot), acknowledged: findings.filter((f) => f.level === 'warning').map(findingKey) },
  ])
  expect(approved.result).toMatchObject({ ok: true })
  await page.reload()
  await expect(page.getByText(DRAFT_TITLE)).toHaveCount(0)
  const published = await callServerAction(president.request, members, 'lib/workflow/actions.ts', 'publishAction', [{ programmeId: draft.id, version: (await workingCopy()).version }])
  expect(published.result).toMatchObject({ ok: true })

  await page.reload()
  await expect(page.getByTestId('programme-item').first()).toContainText(DRAFT_TITLE)
  await expect(page.getByTestId('release-issued')).toContainText(`Rev.1, issued `)
  await expect(page.getByTestId('release-issued')).toContainText(`— replaces the programme of ${issuedOriginal}`)
  await expect(page.getByTestId('release-changes')).toContainText(`Renamed: “Opening of the thematic day” is now “${DRAFT_TITLE}”.`)
  const json = await page.request.get(`${publicPage}/json?lang=en`)
  expect(await json.text()).toContain(DRAFT_TITLE)

  // The original, at its own address, unchanged, saying it was replaced.
  await page.getByRole('link', { name: `Issued ${issuedOriginal}` }).click()
  await expect(page).toHaveURL(`${publicPage}/releases/0`)
  await expect(page.getByText('This release has been replaced by a later one.')).toBeVisible()
  await expect(page.getByTestId('programme-item').first()).toContainText('Opening of the thematic day')
  await expect(page.getByText(DRAFT_TITLE)).toHaveCount(0)
  const original = await page.request.get(`${publicPage}/releases/0/json`)
  expect(original.headers()['cache-control']).toContain('immutable')
  expect(await original.text()).not.toContain(DRAFT_TITLE)
  await context.close()
})

test('a release is served like a static file: ETag, Last-Modified, a public Cache-Control, 304 when current', async ({ request }) => {
  const res = await request.get(`${publicPage}/pdf?lang=fr`)
  expect(res.status()).toBe(200)
  const headers = res.headers()
  expect(headers['cache-control']).toMatch(/^public, max-age=\d+/)
  expect(headers['last-modified']).toBeTruthy()
  expect(headers.vary ?? '').not.toContain('Cookie')
  const again = await request.get(`${publicPage}/pdf?lang=fr`, { headers: { 'If-None-Match': headers.etag! } })
  expect(again.status()).toBe(304)
  // The page too, while its cached rendering is fresh (a first answer may be a stale one that starts its renewal).
  await expect
    .poll(async () => {
      const page = await request.get(publicPage, { headers: { 'Accept-Language': 'fr' } })
      return (await request.get(publicPage, { headers: { 'Accept-Language': 'fr', 'If-None-Match': page.headers().etag! } })).status()
    })
    .toBe(304)
})
