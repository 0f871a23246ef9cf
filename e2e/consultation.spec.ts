import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { createDb } from '@/lib/db'
import { findProgrammeByYear } from '@/lib/programme-store'
import { fingerprintOf, snapshotOf } from '@/lib/revisions/snapshot'
import { checkProgramme } from '@/lib/rules'
import { findingKey } from '@/lib/workflow/finding-key'
import { XSS_PAYLOADS } from '../tests/workflow/xss-payloads'
import { E2E_DATABASE_URL, programmeForSpec } from './fixtures'
import { signInAs } from './pages'
import { callServerAction } from './server-actions'

// The consultation and approval path in the browser, across three people signed in at once: the ISU,
// the President and a member of the Coordinating Committee (a second member stays silent).
// A programme of its own: this year's demo draft moved to 2029 (one error: the Committee was not
// consulted on the format; one warning: a committee runs to 13:15).
const YEAR = 2029
const base = `/meetings/${YEAR}`
// The year has no document symbol (the informal programme usually has none): the original is "Original", its revision "Rev.1".
const SYMBOL = 'Original'
const ARTICLE_5 = /\d\d:\d\d Committee on Article 5 Implementation/

test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => programmeForSpec(YEAR, 'programme-2026.json'))

type People = { isu: Page; president: Page; committee: Page }
let people: People
let contexts: Awaited<ReturnType<Browser['newContext']>>[] = []

test.beforeAll(async ({ browser }) => {
  const open = async (role: keyof People) => {
    const context = await browser.newContext()
    contexts.push(context)
    const page = await context.newPage()
    // Nothing a user types may run: any dialog opened by a script fails the journey.
    page.on('dialog', (d) => {
      throw new Error(`A script opened a dialog: ${d.message()}`)
    })
    await signInAs(page, role)
    return page
  }
  people = { isu: await open('isu'), president: await open('president'), committee: await open('committee') }
})
test.afterAll(async () => {
  for (const c of contexts) await c.close()
  contexts = []
  // The years list of the other specs shows this year first: leave no later year behind.
  const db = createDb(E2E_DATABASE_URL)
  await db.programme.deleteMany({ where: { year: YEAR } })
  await db.$disconnect()
})

/** Screenshots for a person to look at, when CONSULTATION_SCREENSHOTS names a folder. */
async function shot(page: Page, name: string) {
  const dir = process.env.CONSULTATION_SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}

/** Moves a round's deadline, as the passing of time would: the next page read closes or reminds it. */
async function setDeadline(roundId: string, deadline: Date) {
  const db = createDb(E2E_DATABASE_URL)
  try {
    await db.consultationRound.update({ where: { id: roundId }, data: { deadline } })
  } finally {
    await db.$disconnect()
  }
}

const openRoundId = async (page: Page) => {
  const href = await page.getByTestId('open-round').getByRole('link', { name: /See each member’s answer/ }).getAttribute('href')
  return href!.split('/').pop()!
}

const itemBlock = (page: Page, title: RegExp) => page.getByTestId('item-threads').filter({ has: page.getByRole('heading', { name: title }) })

async function openRound(page: Page, message: string) {
  await page.goto(`${base}/consultation`)
  await page.getByLabel('Message to the Committee').fill(message)
  await expect(page.getByLabel('Silence procedure')).toBeChecked()
  await page.getByRole('button', { name: 'Open the consultation' }).click()
  await expect(page.getByTestId('open-round')).toContainText(message)
  return openRoundId(page)
}

let round1 = ''
let round2 = ''

test('the President opens a consultation; the member sees it awaits their answer', async () => {
  const { president, committee } = people
  await president.goto(`${base}/consultation`)
  await expect(president.getByTestId('programme-status')).toHaveText('Draft')
  await expect(president.getByTestId('document-symbol')).toHaveText(SYMBOL)
  round1 = await openRound(president, 'Dear colleagues, please look at the draft programme of the Intersessional Meetings.')
  await expect(president.getByTestId('programme-status')).toHaveText('In consultation')

  await committee.goto('/notifications')
  await expect(committee.getByTestId('notifications-link')).toHaveAccessibleName(/^Notifications\s?\(\d+ unread\)$/)
  const notice = committee.getByTestId('notification').filter({ hasText: `Consultation on the programme of ${YEAR}` })
  await expect(notice).toContainText('New')
  await notice.getByRole('link').click()
  await expect(committee).toHaveURL(`${base}/consultation/${round1}`)
  await expect(committee.getByTestId('member-answers').getByRole('row', { name: /Kwame Mensah/ })).toContainText('Awaiting the answer')
  await committee.goto(`${base}/consultation`)
  await expect(committee.getByTestId('awaiting-response')).toContainText('Awaiting your response')
  await shot(committee, 'consultation-awaiting')
})

test('the member comments on an item and mentions the ISU; the ISU answers and resolves', async () => {
  const { committee, isu } = people
  const block = itemBlock(committee, ARTICLE_5)
  await block.getByRole('button', { name: 'Comment on this item' }).click()
  const box = block.getByLabel(/Your comment on “Committee on Article 5/)
  await box.fill('Could this item end at *13:00*, when the interpreters stop? @is')
  // Typing @ offers the members to mention.
  await block.getByRole('button', { name: /Isabelle Suter/ }).click()
  await expect(box).toHaveValue('Could this item end at *13:00*, when the interpreters stop? @isu ')
  await block.getByRole('button', { name: 'Post the comment' }).click()
  const thread = block.getByTestId('thread')
  await expect(thread).toContainText('Could this item end at 13:00, when the interpreters stop?')
  await expect(thread.locator('em')).toHaveText('13:00')
  await expect(thread.getByText('@Isabelle Suter (ISU)')).toBeVisible()

  await isu.goto('/notifications')
  const mention = isu.getByTestId('notification').filter({ hasText: 'Kwame Mensah mentioned you' })
  await expect(mention).toBeVisible()
  await mention.getByRole('link').click()
  await expect(isu).toHaveURL(new RegExp(`${base}/consultation#thread-`))
  const isuThread = itemBlock(isu, ARTICLE_5).getByTestId('thread')
  await isuThread.getByRole('button', { name: 'Reply' }).click()
  await isuThread.getByLabel('Your reply').fill('Yes: it will end at 13:00 in the next draft.')
  await isuThread.getByRole('button', { name: 'Post the reply' }).click()
  await expect(isuThread.getByTestId('comment')).toHaveCount(2)
  await isuThread.getByRole('button', { name: 'Resolve' }).click()
  await expect(isuThread).toContainText('Resolved by Isabelle Suter (ISU)')
  await expect(isuThread.getByRole('button', { name: 'Reopen' })).toBeVisible()
  await shot(isu, 'thread-resolved')
})

test('comments render what people type as text, never as markup or script', async () => {
  const { committee } = people
  await committee.goto(`${base}/consultation`)
  await committee.getByRole('button', { name: 'Start a thread on the whole programme' }).click()
  // Without the NUL character: no database can keep it, and the server refuses it (lib/storable-text.ts).
  await committee.getByLabel('Your comment on the whole programme').fill(XSS_PAYLOADS.join('\n\n').replaceAll('\u0000', ''))
  await committee.getByRole('button', { name: 'Post the comment' }).click()
  const thread = committee.getByTestId('thread').filter({ hasText: 'window.__xss' }).first()
  await expect(thread).toBeVisible()
  // Markup typed into a comment is shown as the characters typed.
  for (const payload of XSS_PAYLOADS.filter((p) => p.startsWith('<') && !p.includes('\n'))) {
    await expect(thread.getByText(payload, { exact: true })).toBeVisible()
  }
  await committee.reload()
  const body = committee.getByTestId('thread').filter({ hasText: 'window.__xss' }).first().getByTestId('comment')
  expect(await body.locator('script, img, svg, iframe, style, details, b').count()).toBe(0)
  for (const href of await body.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) expect(href).toMatch(/^(https?:|mailto:)/)
  expect(await committee.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
})

test('the member objects; at the deadline the silence is broken, and the round shows each answer', async () => {
  const { committee, isu } = people
  await committee.goto(`${base}/consultation`)
  const form = committee.getByTestId('response-form')
  await form.getByRole('radio', { name: 'Objection', exact: true }).check()
  await form.getByRole('button', { name: 'Send my answer' }).click()
  await expect(form.getByText('Say what you object to.')).toBeVisible()
  await form.getByLabel('What you object to, and why').fill('The Article 5 item runs past 13:00, without interpretation.')
  await form.getByRole('button', { name: 'Send my answer' }).click()
  await expect(committee.getByTestId('my-answer')).toContainText('You answered: Objection')

  await isu.goto('/notifications')
  await expect(isu.getByTestId('notification').filter({ hasText: 'Kwame Mensah answered the consultation' }).first()).toContainText('an objection')

  await setDeadline(round1, new Date(Date.now() - 60_000))
  await isu.goto(`${base}/consultation/${round1}`)
  await expect(isu.getByTestId('round-outcome')).toHaveText('Silence broken')
  const answers = isu.getByTestId('member-answers')
  await expect(answers.getByRole('row', { name: /Kwame Mensah/ })).toContainText('Objection')
  await expect(answers.getByRole('row', { name: /Kwame Mensah/ })).toContainText('The Article 5 item runs past 13:00')
  await expect(answers.getByRole('row', { name: /Sofía Ramírez/ })).toContainText('No answer (silence)')
  await shot(isu, 'round-silence-broken')
})

test('the approval is refused while the rulebook reports an error, in the page and on the server', async () => {
  const { president, committee } = people
  await president.goto(`${base}/approve`)
  await expect(president.getByTestId('approval-blocked')).toBeVisible()
  await expect(president.getByTestId('errors')).toContainText('does not record that the Coordinating Committee was consulted')
  await expect(president.getByRole('button', { name: 'Approve the programme' })).toBeDisabled()
  await shot(president, 'approval-blocked')

  // Straight to the server, past the disabled button, with every warning acknowledged: the error refuses it.
  const db = createDb(E2E_DATABASE_URL)
  const programme = (await findProgrammeByYear(db, YEAR))!
  await db.$disconnect()
  const snapshot = snapshotOf(programme)
  const warnings = checkProgramme(snapshot.document).filter((f) => f.level === 'warning')
  const args = [{ programmeId: programme.id, version: programme.version, fingerprint: fingerprintOf(snapshot), acknowledged: warnings.map(findingKey) }]
  const asPresident = await callServerAction(president.request, `${base}/approve`, 'lib/workflow/actions.ts', 'approveAction', args)
  expect(asPresident.result).toMatchObject({ ok: false, error: 'validation', message: expect.stringContaining('The rulebook reports 1 error') })
  // And a member may not approve at all.
  const asMember = await callServerAction(committee.request, `${base}/approve`, 'lib/workflow/actions.ts', 'approveAction', args)
  expect(asMember.result).toMatchObject({ ok: false, error: 'forbidden' })
  const publish = await callServerAction(committee.request, base, 'lib/workflow/actions.ts', 'publishAction', [{ programmeId: programme.id, version: programme.version }])
  expect(publish.result).toMatchObject({ ok: false, error: 'forbidden' })
})

test('a second round, opened by the ISU for the President, reminds the day before and closes by silence', async () => {
  const { isu, committee } = people
  round2 = await openRound(isu, 'The Article 5 item will end at 13:00. Silence procedure until the deadline.')
  await setDeadline(round2, new Date(Date.now() + 12 * 3600 * 1000))
  // The clock sends the reminder (the test server's ticks every second); reading the page writes nothing.
  await expect(async () => {
    await committee.goto('/notifications')
    await expect(committee.getByTestId('notification').filter({ hasText: 'Reminder: the consultation' })).toHaveCount(1, { timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  await setDeadline(round2, new Date(Date.now() - 60_000))
  await isu.goto(`${base}/consultation/${round2}`)
  await expect(isu.getByTestId('round-outcome')).toHaveText('Agreed')
  await isu.goto(`${base}/consultation`)
  await expect(isu.getByTestId('past-rounds').getByRole('row')).toHaveCount(3)
})

test('the President records the consultation in the format decision, then approves with the warning acknowledged', async () => {
  const { president } = people
  await president.goto(base)
  // The format decision sits in the editor's "Settings and format" view.
  await president.getByRole('button', { name: 'Settings and format', exact: true }).click()
  const agreed = await president.locator('#format-round option', { hasText: 'Agreed: The Article 5 item' }).getAttribute('value')
  await president.getByLabel('Consultation round').selectOption(agreed!)
  await president.getByRole('button', { name: 'Record the decision' }).click()
  await expect(president.getByTestId('format-status')).toContainText('Decided by Ambassador Ana Ferreira')

  await president.goto(`${base}/approve`)
  await expect(president.getByText('No error.')).toBeVisible()
  const approve = president.getByRole('button', { name: 'Approve the programme' })
  await expect(approve).toBeDisabled()
  const warnings = president.getByRole('group', { name: /Acknowledge each warning/ }).getByRole('checkbox')
  await expect(warnings).toHaveCount(1)
  for (const box of await warnings.all()) await box.check()
  // Kwame's objection of round 1 still stands (he did not answer round 2) and no one replied to it:
  // the President says why the programme goes ahead.
  await expect(approve).toBeDisabled()
  await president.getByTestId('objection-reasons').getByLabel('Your reason for going ahead despite this objection').fill('The Article 5 item now ends at 13:00, and round 2 was agreed by silence.')
  await shot(president, 'approval-ready')
  await approve.click()
  await expect(president.getByRole('status').filter({ hasText: `Approved: ${SYMBOL}` })).toBeVisible()
  await president.goto(`${base}/history`)
  const history = president.getByTestId('history')
  await expect(history.locator('[data-action="programme.approved"]')).toContainText(`Ambassador Ana Ferreira approved ${SYMBOL} (1 warning acknowledged)`)
  await expect(history.locator('[data-action="warning.acknowledged"]')).toContainText('is not wholly inside an interpreted slot')
  await expect(history.locator('[data-action="consultation.closed"]').first()).toContainText('The application closed the consultation round at its deadline: Agreed')
  await expect(history.locator('[data-action="objection.answered"]')).toContainText('approved despite the objection of Kwame Mensah')
  await expect(history.locator('[data-action="consultation.answered"]')).toContainText('Kwame Mensah answered the consultation: Objection')
  await expect(history.locator('[data-action="thread.resolved"]')).toContainText('Isabelle Suter (ISU) resolved the thread')
})

test('publishing, then a change that opens Rev.1, and the revision page shows what changed', async () => {
  const { president, isu } = people
  await president.goto(`${base}/history`)
  await president.getByTestId('publish').click()
  await president.getByTestId('publish-confirm').click()
  await expect(president.getByTestId('programme-status')).toHaveText('Published')

  await isu.goto(`${base}/revisions`)
  await isu.getByTestId('new-revision').click()
  await isu.getByTestId('new-revision-confirm').click()
  await expect(isu.getByTestId('programme-status')).toHaveText('Draft')
  await expect(isu.getByTestId('document-symbol')).toHaveText('Rev.1')

  // The change, in the editor.
  await isu.goto(base)
  await isu.getByRole('button', { name: 'List', exact: true }).click()
  await isu.getByRole('button', { name: /^Edit “Committee on Article 5 Implementation/ }).click()
  const dialog = isu.getByRole('dialog')
  await dialog.getByLabel('End').fill('13:00')
  await dialog.getByLabel('Title', { exact: true }).fill('Committee on Article 5 Implementation: Article 5 deadlines')
  await dialog.getByRole('button', { name: 'Save item' }).click()
  await expect(dialog).toBeHidden()

  await isu.goto(`${base}/revisions`)
  await expect(isu.getByTestId('revisions')).toContainText(SYMBOL)
  const diff = isu.getByTestId('revision-diff')
  await expect(diff.getByRole('heading')).toHaveText(`From ${SYMBOL} to The programme now (Rev.1)`)
  await expect(isu.getByTestId('diff-summary')).toContainText('1 retimed')
  await expect(isu.getByTestId('diff-summary')).toContainText('1 retitled')
  const change = diff.getByTestId('diff-item')
  await expect(change).toHaveCount(1)
  await expect(change).toContainText('Retimed')
  await expect(change).toContainText('Retitled')
  await expect(change).toContainText('“Committee on Article 5 Implementation: Article 5 deadlines”')
  await expect(change.locator('del').first()).toContainText('11:30–13:15')
  await expect(change.locator('ins')).toContainText('11:30–13:00')
  await shot(isu, 'revision-diff')
  await isu.goto(`${base}/history`)
  await shot(isu, 'history')
  await isu.goto('/notifications')
  await shot(isu, 'notifications')
})

test('administrators read the e-mails in the outbox (no SMTP server here); others may not', async () => {
  const { president, isu } = people
  await president.goto('/admin/outbox')
  await expect(president.getByText(/No SMTP server is set/)).toBeVisible()
  const mail = president
    .getByTestId('outbox')
    .getByRole('row')
    .filter({ hasText: 'committee@demo.test' })
    .filter({ hasText: `/meetings/${YEAR}/consultation/${round1}` })
    .filter({ hasText: 'your answer is awaited' })
  await expect(mail).toHaveCount(1)
  await expect(mail).toContainText('Waiting')
  await mail.locator('summary').click()
  await expect(mail.getByText('Dear Kwame Mensah,')).toBeVisible()
  expect((await isu.goto('/admin/outbox'))?.status()).toBe(403)
})

test('the consultation pages have no serious accessibility violations', async () => {
  const { committee } = people
  const { president } = people
  for (const [page, path] of [
    [committee, `${base}/consultation`],
    [committee, `${base}/consultation/${round1}`],
    [committee, `${base}/approve`],
    [committee, `${base}/history`],
    [committee, `${base}/revisions`],
    [committee, '/notifications'],
    [president, '/admin/outbox'],
  ] as const) {
    await page.goto(path)
    const results = await new AxeBuilder({ page }).analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  }
})
