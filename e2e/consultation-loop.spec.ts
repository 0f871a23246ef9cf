import { expect, test, type Browser, type Page } from '@playwright/test'
import { createDb } from '@/lib/db'
import { genevaLocalToInstant, instantToGenevaLocal } from '@/lib/geneva-time'
import { writeDigests } from '@/lib/mail/digest'
import { smtpMailer } from '@/lib/mail/outbox'
import { findProgrammeByYear } from '@/lib/programme-store'
import { fingerprintOf, snapshotOf } from '@/lib/revisions/snapshot'
import { checkProgramme } from '@/lib/rules'
import { findingKey } from '@/lib/workflow/finding-key'
import { decodeQuotedPrintable, startSmtp } from '@/tests/support/smtp'
import { E2E_DATABASE_URL, programmeForSpec } from './fixtures'
import { SignInPage } from './pages'
import { callServerAction } from './server-actions'

// Consultation that counts (issue 14), with four people signed in at once: the President, the ISU and
// two members of the Coordinating Committee. An objection on an item goes into the item's discussion;
// the President closes the round with an outcome statement everyone invited receives; the approval
// page shows the objection and refuses until the ISU answers it; the approval and the publication are
// told to all. Each person's notifications, and the e-mails delivered through an SMTP server on
// loopback, are checked for what each should and should not have received; then the ISU's digest.
const YEAR = 2031
const base = `/meetings/${YEAR}`
const ARTICLE_5 = /\d\d:\d\d Committee on Article 5 Implementation/
const OBJECTION = 'The Article 5 item runs past 13:00, when interpretation stops.'
const STATEMENT = 'Silence broken by one objection on Article 5: the ISU answers it before approval.'
const ANSWER = 'Agreed: the item will end at 13:00 sharp.'

// Four people, a live page, a build on a shared machine: each step may take longer than the default minute.
test.describe.configure({ mode: 'serial', timeout: 150_000 })

type Person = 'president' | 'isu' | 'kwame' | 'sofia'
const EMAILS: Record<Person, string> = { president: 'president@demo.test', isu: 'isu@demo.test', kwame: 'committee@demo.test', sofia: 'committee2@demo.test' }
let people: Record<Person, Page>
let contexts: Awaited<ReturnType<Browser['newContext']>>[] = []

test.beforeAll(async ({ browser }) => {
  // Four people sign in (each sign-in hashes a password): more than one test's time on a busy machine.
  test.setTimeout(180_000)
  const programme = await programmeForSpec(YEAR, 'programme-2026.json')
  // The format decision is not what this spec is about: it is recorded with its consultation (a meeting of the Committee).
  const db = createDb(E2E_DATABASE_URL)
  await db.programme.update({ where: { id: programme.id }, data: { formatConsultedCC: true, formatConsultedOn: `${YEAR}-01-10`, formatConsultationNote: 'Coordinating Committee meeting' } })
  // E-mails go out in each person's language, the one they last chose: another spec may have left
  // one of them in Arabic or French; these four read English here.
  await db.user.updateMany({ where: { email: { in: Object.values(EMAILS) } }, data: { language: 'en' } })
  await db.$disconnect()
  const open = async (person: Person) => {
    const context = await browser.newContext()
    contexts.push(context)
    const page = await context.newPage()
    const signIn = new SignInPage(page)
    await signIn.goto()
    await signIn.signIn(EMAILS[person])
    await expect(page.getByTestId('signed-in-as')).toBeVisible()
    return page
  }
  people = { president: await open('president'), isu: await open('isu'), kwame: await open('kwame'), sofia: await open('sofia') }
})

test.afterAll(async () => {
  for (const c of contexts) await c.close()
  contexts = []
  const db = createDb(E2E_DATABASE_URL)
  await db.programme.deleteMany({ where: { year: YEAR } })
  await db.$disconnect()
})

const itemBlock = (page: Page, title: RegExp) => page.getByTestId('item-threads').filter({ has: page.getByRole('heading', { name: title }) })
const notice = (page: Page, text: string | RegExp) => page.getByTestId('notification').filter({ hasText: text })

let roundId = ''

test('the President opens a round; the notice lands each member on the answer form', async () => {
  const { president, kwame, sofia } = people
  // Sofía started the discussion of the Article 5 item before the round.
  await sofia.goto(`${base}/consultation`)
  const block = itemBlock(sofia, ARTICLE_5)
  await block.getByRole('button', { name: 'Comment on this item' }).click()
  await block.getByLabel(/Your comment on “Committee on Article 5/).fill('Does this item need the whole morning?')
  await block.getByRole('button', { name: 'Post the comment' }).click()
  await expect(block.getByTestId('thread')).toHaveCount(1)

  await president.goto(`${base}/consultation`)
  await president.getByLabel('Message to the Committee').fill('Dear colleagues, the draft programme, for your answer.')
  await president.getByRole('button', { name: 'Open the consultation' }).click()
  const href = await president.getByTestId('open-round').getByRole('link', { name: /See each member’s answer/ }).getAttribute('href')
  roundId = href!.split('/').pop()!

  await kwame.goto('/notifications')
  await notice(kwame, /your answer is awaited by/).getByRole('link').click()
  await expect(kwame).toHaveURL(`${base}/consultation/${roundId}`)
  await expect(kwame.getByTestId('awaiting-response')).toBeVisible()
  await expect(kwame.getByTestId('response-form')).toBeVisible()
})

test('an objection on an item goes into the item’s thread, and the page shows it live', async () => {
  const { kwame, sofia } = people
  await sofia.goto(`${base}/consultation`)
  await expect(sofia.getByTestId('live')).toBeVisible()

  const form = kwame.getByTestId('response-form')
  await form.getByRole('radio', { name: 'Objection', exact: true }).check()
  const option = await form.locator('option', { hasText: 'Committee on Article 5' }).getAttribute('value')
  await form.getByLabel('About').selectOption(option!)
  await form.getByLabel('What you object to, and why').fill(OBJECTION)
  await form.getByRole('button', { name: 'Send my answer' }).click()
  await expect(form.getByText('Your answer is recorded.')).toBeVisible()

  // Without reloading, Sofía sees the objection arrive in her thread: one thread on the item, not two.
  const thread = itemBlock(sofia, ARTICLE_5).getByTestId('thread')
  await expect(thread.filter({ hasText: OBJECTION })).toHaveCount(1, { timeout: 15_000 })
  await expect(thread).toHaveCount(1)
  await expect(thread.getByTestId('thread-unread')).toBeVisible()
  await sofia.goto('/notifications')
  await expect(notice(sofia, 'Kwame Mensah answered the consultation in a thread you took part in')).toHaveCount(1)
})

test('the President closes the round with an outcome statement; everyone invited receives it', async () => {
  const { president, kwame, sofia, isu } = people
  await president.goto(`${base}/consultation`)
  await president.getByTestId('close-round').click()
  const statement = president.getByLabel('Outcome statement, sent to everyone invited')
  await expect(statement).toHaveValue(/^Silence broken \(1 objection\)/)
  await statement.fill(STATEMENT)
  await president.getByTestId('close-round-confirm').click()
  await expect(president.getByTestId('past-rounds')).toContainText(STATEMENT)
  await expect(president.getByTestId('programme-status')).toHaveText('Consultation closed: silence broken (1 objection)')

  for (const page of [kwame, sofia, isu]) {
    await page.goto('/notifications')
    await expect(notice(page, `closed by Ambassador Ana Ferreira: silence broken`)).toContainText(STATEMENT)
  }
  await president.goto('/notifications')
  await expect(notice(president, 'closed by')).toHaveCount(0)
})

test('the approval page shows the objection, and approval is refused until it is answered', async () => {
  const { president } = people
  await president.goto(`${base}/approve`)
  const record = president.getByTestId('consultation-record')
  await expect(record.getByTestId('record-statement')).toContainText(STATEMENT)
  const objection = record.getByTestId('standing-objection')
  await expect(objection).toContainText('Objection of Kwame Mensah on “Committee on Article 5')
  await expect(objection).toContainText(OBJECTION)
  await expect(objection.getByTestId('objection-unanswered')).toBeVisible()
  for (const box of await president.getByRole('group', { name: /Acknowledge each warning/ }).getByRole('checkbox').all()) await box.check()
  await expect(president.getByRole('button', { name: 'Approve the programme' })).toBeDisabled()
  await expect(president.getByText('Answer each standing objection before approving: 1 without an answer.')).toBeVisible()

  // Past the disabled button, straight to the server: refused too.
  const db = createDb(E2E_DATABASE_URL)
  const programme = (await findProgrammeByYear(db, YEAR))!
  await db.$disconnect()
  const snapshot = snapshotOf(programme)
  const warnings = checkProgramme(snapshot.document).filter((f) => f.level === 'warning')
  const args = [{ programmeId: programme.id, version: programme.version, fingerprint: fingerprintOf(snapshot), acknowledged: warnings.map(findingKey) }]
  const refused = await callServerAction(president.request, `${base}/approve`, 'lib/workflow/actions.ts', 'approveAction', args)
  expect(refused.result).toMatchObject({ ok: false, error: 'validation', message: expect.stringContaining('An objection still stands unanswered (Kwame Mensah)') })
})

test('the ISU answers in the thread; the President approves; the Committee reads how it was answered', async () => {
  const { isu, president, kwame } = people
  await isu.goto('/notifications')
  await notice(isu, 'Kwame Mensah answered the consultation').first().getByRole('link').click()
  await expect(isu).toHaveURL(new RegExp(`${base}/consultation#thread-`))
  const thread = itemBlock(isu, ARTICLE_5).getByTestId('thread')
  await thread.getByRole('button', { name: 'Reply' }).click()
  await thread.getByLabel('Your reply').fill(ANSWER)
  await thread.getByRole('button', { name: 'Post the reply' }).click()
  await expect(thread.getByTestId('comment').filter({ hasText: ANSWER })).toHaveCount(1)

  await president.goto(`${base}/approve`)
  await expect(president.getByTestId('objection-answered')).toContainText(`Answered by Isabelle Suter (ISU)`)
  await expect(president.getByTestId('objection-answered')).toContainText(ANSWER)
  for (const box of await president.getByRole('group', { name: /Acknowledge each warning/ }).getByRole('checkbox').all()) await box.check()
  await president.getByRole('button', { name: 'Approve the programme' }).click()
  await expect(president.getByRole('status').filter({ hasText: 'Approved: Original' })).toBeVisible()
  await president.goto(`${base}/history`)
  await expect(president.getByTestId('history').locator('[data-action="objection.answered"]')).toContainText('approved with the objection of Kwame Mensah answered by Isabelle Suter (ISU)')

  await kwame.goto('/notifications')
  await expect(notice(kwame, 'Isabelle Suter (ISU) replied in a thread you took part in')).toHaveCount(1)
  const approved = notice(kwame, `approved the programme of ${YEAR}`)
  await expect(approved).toContainText(`Answered by Isabelle Suter (ISU): ${ANSWER}`)
  await approved.getByRole('link').click()
  await expect(kwame).toHaveURL(`${base}/approve`)
  await expect(kwame.getByRole('heading', { name: 'The consultation as the approval recorded it' })).toBeVisible()
  await kwame.goto(`${base}/revisions`)
  await expect(kwame.getByTestId('revision-consultation')).toContainText(`Silence broken: ${STATEMENT}`)
  await expect(kwame.getByTestId('revision-consultation')).toContainText('Answered by Isabelle Suter (ISU)')
})

test('Sofía wants no e-mail of the publication; the President publishes; everyone is told', async () => {
  const { sofia, president, isu } = people
  await sofia.goto('/notifications')
  await sofia.getByTestId('email-settings-link').click()
  await expect(sofia).toHaveURL('/notifications/settings')
  await sofia.getByRole('radio', { name: 'The programme published: No e-mail' }).check()
  await sofia.getByRole('button', { name: 'Save the e-mail settings' }).click()
  await expect(sofia.getByText('Your e-mail settings are saved.')).toBeVisible()
  await isu.goto('/notifications/settings')
  // The ISU's default: the daily digest.
  await expect(isu.getByRole('radio', { name: 'A new comment on a programme: Daily digest' })).toBeChecked()

  await president.goto(`${base}/history`)
  await president.getByTestId('publish').click()
  await president.getByTestId('publish-confirm').click()
  await expect(president.getByTestId('programme-status')).toHaveText('Published')
  await sofia.goto('/notifications')
  await expect(notice(sofia, `published the programme of ${YEAR}`)).toHaveCount(1)
})

/** Delivers the outbox's messages of this spec's year through the SMTP server (other specs' messages stay as they are). */
async function deliverThisYear(url: string, filter: (m: { subject: string; body: string }) => boolean) {
  const db = createDb(E2E_DATABASE_URL)
  const mailer = smtpMailer(url)
  try {
    const pending = await db.outboxMessage.findMany({ where: { sentAt: null }, orderBy: { createdAt: 'asc' } })
    for (const m of pending.filter(filter)) {
      await mailer.send({ from: 'planner@demo.test', to: m.to, subject: m.subject, text: m.body })
      await db.outboxMessage.update({ where: { id: m.id }, data: { sentAt: new Date() } })
    }
  } finally {
    mailer.close?.()
    await db.$disconnect()
  }
}

test('the e-mails: each person received what concerns them, and nothing else; the ISU reads its digest', async () => {
  const smtp = await startSmtp()
  try {
    await deliverThisYear(smtp.url, (m) => m.body.includes(`/${YEAR}`))
    const subjects = (person: Person) => smtp.received.filter((m) => m.to.includes(EMAILS[person])).map((m) => m.subject)
    const has = (person: Person, pattern: RegExp) => expect(subjects(person).some((s) => pattern.test(s)), `${person}: ${pattern} in ${JSON.stringify(subjects(person))}`)

    for (const member of ['kwame', 'sofia'] as const) {
      has(member, /your answer is awaited/).toBe(true)
      has(member, /closed by Ambassador Ana Ferreira: silence broken/).toBe(true)
      has(member, new RegExp(`approved the programme of ${YEAR}`)).toBe(true)
      // Members are not sent every comment: only those in their threads.
      has(member, /commented on/).toBe(false)
    }
    has('kwame', /Isabelle Suter \(ISU\) replied in a thread you took part in/).toBe(true)
    has('kwame', new RegExp(`published the programme of ${YEAR}`)).toBe(true)
    has('sofia', /answered the consultation in a thread you took part in/).toBe(true)
    // Sofía chose no e-mail for the publication.
    has('sofia', /published the programme/).toBe(false)
    // The President hears of answers and comments at once, not of their own steps.
    has('president', /Kwame Mensah answered the consultation/).toBe(true)
    has('president', /closed by/).toBe(false)
    has('president', /approved the programme/).toBe(false)
    // The ISU reads everything in the daily digest: no e-mail at once.
    expect(subjects('isu')).toEqual([])

    // The next morning, the clock writes the ISU's digest of the day.
    const tomorrow = instantToGenevaLocal(new Date(Date.now() + 24 * 3600 * 1000)).slice(0, 10)
    const db = createDb(E2E_DATABASE_URL)
    try {
      await writeDigests(db, genevaLocalToInstant(`${tomorrow}T07:05`)!)
    } finally {
      await db.$disconnect()
    }
    await deliverThisYear(smtp.url, (m) => /Your daily digest/.test(m.subject) && m.body.includes(`/${YEAR}`))
    const digest = smtp.received.find((m) => m.to.includes(EMAILS.isu) && /Your daily digest/.test(m.subject))
    expect(digest, 'the ISU’s digest').toBeDefined()
    const body = decodeQuotedPrintable(digest!.raw)
    expect(body).toContain('Kwame Mensah answered the consultation')
    expect(body).toContain('closed by Ambassador Ana Ferreira')
    expect(body).toContain(`approved the programme of ${YEAR}`)
  } finally {
    await smtp.close()
  }
})
