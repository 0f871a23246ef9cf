// Consultation that counts (issue 14), through the lib functions on both databases: an objection on
// an item goes into the item's discussion, the round closes with an outcome statement sent to everyone
// invited, the approval knows the standing objection and is refused until it is answered (a reply in
// its thread, or the President's reason), the approval record keeps it, and everyone hears back under
// their own e-mail choice (the ISU's digest by default).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Refusal } from '@/lib/actions'
import { createThread, replyToThread, setThreadResolved } from '@/lib/comments/threads'
import { processDeadlines } from '@/lib/consultation/deadlines'
import { latestRound } from '@/lib/consultation/queries'
import { closeRound, openRound, respondToRound } from '@/lib/consultation/rounds'
import { digestCutoff, writeDigests } from '@/lib/mail/digest'
import { genevaLocalToInstant, instantToGenevaLocal } from '@/lib/geneva-time'
import { emailPreferencesOf } from '@/lib/notifications/preferences'
import { saveEmailSettings } from '@/lib/notifications/settings'
import { approvedConsultation, findingKey, reviewForApproval } from '@/lib/workflow/approval'
import { approveProgramme, publishProgramme, returnToDraft, startRevision } from '@/lib/workflow/transitions'
import { messagesFor, translator } from '@/lib/i18n'
import { notificationInWords } from '@/lib/mail/notification-words'
import { PROVIDERS } from '../support/databases'
import { workflowFixture, type Fixture } from './support'

const inEnglish = (text: string) => notificationInWords(text, translator(messagesFor('en')), 'en')

const DAY = 24 * 3600 * 1000

describe.each(PROVIDERS)('consultation that counts on $provider', ({ provider, skip }) => {
  let f: Fixture
  beforeAll(async () => {
    if (!skip) f = await workflowFixture(provider)
  })
  afterAll(async () => f?.drop())

  const state = () => f.db.programme.findUniqueOrThrow({ where: { id: f.programmeId } })
  const kindsOf = async (userId: string) => (await f.db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })).map((n) => n.kind)
  const mailsOf = (userId: string) => f.db.outboxMessage.findMany({ where: { userId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
  const approveInput = async (objectionReasons: { responseId: string; reason: string }[] = []) => {
    const review = await reviewForApproval(f.db, f.programmeId)
    return { programmeId: f.programmeId, version: review.programme.version, fingerprint: review.fingerprint, acknowledged: review.warnings.map(findingKey), objectionReasons }
  }
  let round1 = ''
  let itemId = ''
  let itemThread = ''

  it.skipIf(skip)('an objection on an item goes into the item’s thread, and its people hear of it', async () => {
    const item = await f.db.item.findFirstOrThrow({ where: { title: { startsWith: 'Committee on Article 5' }, day: { programmeId: f.programmeId } } })
    itemId = item.id
    itemThread = (await createThread(f.db, f.users.committee2, { programmeId: f.programmeId, itemId, body: 'Is 13:00 the end?' })).threadId
    const opened = await openRound(f.db, f.users.isu, { programmeId: f.programmeId, version: (await state()).version, message: 'Please look.', deadline: new Date(Date.now() + 3 * DAY) })
    round1 = opened.roundId
    // The round opened: the members and the President (not the ISU, who opened it).
    expect(await kindsOf(f.users.president.id)).toContain('round.opened')
    expect(await kindsOf(f.users.isu.id)).not.toContain('round.opened')

    const answer = await respondToRound(f.db, f.users.committee, { roundId: round1, answer: 'objection', note: 'The Article 5 item runs past 13:00.', itemId })
    expect(answer.threadId).toBe(itemThread)
    expect(await f.db.commentThread.count({ where: { itemId } })).toBe(1)
    expect(await f.db.comment.count({ where: { threadId: itemThread } })).toBe(2)
    // Sofía started the thread: she hears of the objection in it.
    expect(await kindsOf(f.users.committee2.id)).toContain('reply')
    await respondToRound(f.db, f.users.committee2, { roundId: round1, answer: 'no-objection' })
    // An item of another programme is refused.
    await expect(respondToRound(f.db, f.users.committee2, { roundId: round1, answer: 'comments', note: 'x', itemId: 'no-such-item' })).rejects.toThrow(/no longer exists/)
  })

  it.skipIf(skip)('a whole-programme answer opens or continues one thread of the round', async () => {
    const first = await respondToRound(f.db, f.users.committee2, { roundId: round1, answer: 'comments', note: 'Fine, one remark.' })
    const second = await respondToRound(f.db, f.users.committee2, { roundId: round1, answer: 'comments', note: 'Fine, two remarks.' })
    expect(second.threadId).toBe(first.threadId)
    expect(await f.db.commentThread.count({ where: { roundId: round1, itemId: null } })).toBe(1)
  })

  it.skipIf(skip)('closing by hand writes the outcome statement and sends it to everyone invited', async () => {
    await closeRound(f.db, f.users.president, { roundId: round1, statement: 'Silence broken by one objection; we answer it before approval.' })
    const round = await f.db.consultationRound.findUniqueOrThrow({ where: { id: round1 } })
    expect(round).toMatchObject({ status: 'closed', outcome: 'silence-broken', outcomeStatement: 'Silence broken by one objection; we answer it before approval.' })
    for (const person of [f.users.committee, f.users.committee2, f.users.isu]) {
      const [closed] = await f.db.notification.findMany({ where: { userId: person.id, kind: 'round.closed' } })
      expect(inEnglish(closed!.body), person.name).toContain('Silence broken by one objection')
      expect(inEnglish(closed!.title)).toContain('closed by Ana Ferreira: silence broken')
    }
    expect(await kindsOf(f.users.president.id)).not.toContain('round.closed')
    expect(await kindsOf(f.users.observer.id)).toEqual([])
    // The bar's words: the latest round of the revision, closed, with one objection.
    expect(await latestRound(f.db, f.programmeId, 0)).toMatchObject({ status: 'closed', outcome: 'silence-broken', objections: 1 })
  })

  it.skipIf(skip)('the approval knows the standing objection and is refused until it is answered', async () => {
    await f.db.programme.update({ where: { id: f.programmeId }, data: { formatConsultedCC: true, formatConsultationId: round1 } })
    const review = await reviewForApproval(f.db, f.programmeId)
    expect(review.consultation.rounds).toHaveLength(1)
    expect(review.consultation.rounds[0]!.answers.map((a) => [a.name, a.answer, a.itemTitle])).toEqual([
      ['Kwame Mensah', 'objection', expect.stringContaining('Committee on Article 5')],
      ['Sofía Ramírez', 'comments', null],
    ])
    expect(review.consultation.objections).toMatchObject([{ memberName: 'Kwame Mensah', text: 'The Article 5 item runs past 13:00.', threadId: itemThread, answeredBy: null }])
    expect(review.consultation.openThreads.length).toBeGreaterThanOrEqual(2)
    await expect(approveProgramme(f.db, f.users.president, await approveInput())).rejects.toThrow(Refusal)
    await expect(approveProgramme(f.db, f.users.president, await approveInput())).rejects.toThrow(/objection still stands unanswered \(Kwame Mensah\)/)
    // A blank reason is no reason.
    const responseId = review.consultation.objections[0]!.responseId
    await expect(approveProgramme(f.db, f.users.president, await approveInput([{ responseId, reason: '  ' }]))).rejects.toThrow(/unanswered/)

    // The objector's own later word is not an answer; the ISU's reply is.
    await replyToThread(f.db, f.users.committee, { threadId: itemThread, body: 'Still past 13:00.' })
    expect((await reviewForApproval(f.db, f.programmeId)).consultation.objections[0]!.answeredBy).toBeNull()
    await replyToThread(f.db, f.users.isu, { threadId: itemThread, body: 'We moved it to end at 12:45.' })
    expect(await kindsOf(f.users.committee.id)).toContain('reply')
    const answered = (await reviewForApproval(f.db, f.programmeId)).consultation.objections[0]!
    expect(answered.answeredBy).toMatchObject({ name: 'Isabelle Suter', excerpt: 'We moved it to end at 12:45.' })

    await approveProgramme(f.db, f.users.president, await approveInput())
    const recorded = await approvedConsultation(f.db, f.programmeId, 0)
    expect(recorded!.objections).toMatchObject([{ memberName: 'Kwame Mensah', answeredBy: { name: 'Isabelle Suter' } }])
    expect(recorded!.rounds[0]).toMatchObject({ outcome: 'silence-broken', outcomeStatement: expect.stringContaining('Silence broken') })
    const history = await f.db.auditEvent.findMany({ where: { programmeId: f.programmeId, action: 'objection.answered' } })
    expect(history.map((e) => e.detail)).toMatchObject([{ member: 'Kwame Mensah', answeredBy: 'Isabelle Suter' }])
    for (const person of [f.users.committee, f.users.committee2, f.users.isu]) {
      const [notice] = await f.db.notification.findMany({ where: { userId: person.id, kind: 'programme.approved' } })
      expect(notice?.body).toContain('Objection of Kwame Mensah')
      expect(notice?.body).toContain('Answered by Isabelle Suter: We moved it to end at 12:45.')
      expect(notice?.link).toBe('/meetings/2026/approve')
    }
  })

  it.skipIf(skip)('publication and a new revision are told to everyone; a thread resolved to its people', async () => {
    await publishProgramme(f.db, f.users.president, { programmeId: f.programmeId, version: (await state()).version })
    await startRevision(f.db, f.users.president, { programmeId: f.programmeId, version: (await state()).version })
    for (const person of [f.users.committee, f.users.committee2, f.users.isu]) {
      expect(await kindsOf(person.id)).toEqual(expect.arrayContaining(['programme.published', 'revision.started']))
    }
    expect(await kindsOf(f.users.observer.id)).toEqual([])
    await setThreadResolved(f.db, f.users.isu, { threadId: itemThread, resolved: true })
    const resolved = await f.db.notification.findMany({ where: { kind: 'thread.resolved' } })
    expect(resolved.map((n) => n.userId).sort()).toEqual([f.users.committee.id, f.users.committee2.id].sort())
  })

  it.skipIf(skip)('a round closed at its deadline proposes its statement; the President’s reason answers an objection', async () => {
    const opened = await openRound(f.db, f.users.president, { programmeId: f.programmeId, version: (await state()).version, message: 'Rev.1, please.', deadline: new Date(Date.now() + 2 * DAY) })
    const objection = await respondToRound(f.db, f.users.committee2, { roundId: opened.roundId, answer: 'objection', note: 'Not this way.' })
    expect(objection.threadId).toBeTruthy()
    const round = await f.db.consultationRound.findUniqueOrThrow({ where: { id: opened.roundId } })
    expect(round.revision).toBe(1)
    await processDeadlines(f.db, new Date(round.deadline.getTime() + 1000))
    const closed = await f.db.consultationRound.findUniqueOrThrow({ where: { id: opened.roundId } })
    expect(closed.outcomeStatement).toBe('Silence broken (1 objection); the objections are answered before the programme goes forward.')
    const notices = await f.db.notification.findMany({ where: { kind: 'round.closed', link: `/meetings/2026/consultation/${opened.roundId}` } })
    expect(notices.map((n) => n.userId).sort()).toEqual([f.users.president.id, f.users.isu.id, f.users.committee.id, f.users.committee2.id].sort())

    const review = await reviewForApproval(f.db, f.programmeId)
    // The earlier revision's rounds are not this revision's.
    expect(review.consultation.rounds.map((r) => r.id)).toEqual([opened.roundId])
    const responseId = review.consultation.objections[0]!.responseId
    await expect(approveProgramme(f.db, f.users.president, await approveInput())).rejects.toThrow(/unanswered/)
    await approveProgramme(f.db, f.users.president, await approveInput([{ responseId, reason: 'The dates are fixed by the Meeting of the States Parties.' }]))
    const recorded = await approvedConsultation(f.db, f.programmeId, 1)
    expect(recorded!.objections).toMatchObject([{ memberName: 'Sofía Ramírez', reason: 'The dates are fixed by the Meeting of the States Parties.' }])
    const [notice] = await f.db.notification.findMany({ where: { userId: f.users.committee2.id, kind: 'programme.approved' }, orderBy: { createdAt: 'desc' } })
    expect(notice!.body).toContain("The President's reason for going ahead: The dates are fixed")
  })

  it.skipIf(skip)('each person’s e-mail choice decides: the ISU’s digest by default, none, or at once', async () => {
    // The ISU chose nothing: every notification is held for the digest, no e-mail at once.
    expect(await mailsOf(f.users.isu.id)).toEqual([])
    expect((await emailPreferencesOf(f.db, f.users.isu.id))!.comment).toBe('digest')
    expect((await emailPreferencesOf(f.db, f.users.committee.id))!.comment).toBe('immediate')
    // Kwame wants no e-mail of replies; he still sees them in the application.
    await saveEmailSettings(f.db, f.users.committee, { choices: { reply: 'none', 'thread.resolved': 'digest' } })
    expect((await emailPreferencesOf(f.db, f.users.committee.id))!).toMatchObject({ reply: 'none', 'thread.resolved': 'digest', comment: 'immediate' })
    await expect(saveEmailSettings(f.db, f.users.committee, { choices: { reply: 'weekly' } as never })).rejects.toThrow()
    await returnToDraft(f.db, f.users.president, { programmeId: f.programmeId, version: (await state()).version })
    const thread = (await createThread(f.db, f.users.committee, { programmeId: f.programmeId, itemId: null, body: 'A last word.' })).threadId
    const before = (await mailsOf(f.users.committee.id)).length
    await replyToThread(f.db, f.users.committee2, { threadId: thread, body: 'Noted.' })
    expect(await kindsOf(f.users.committee.id)).toContain('reply')
    expect(await mailsOf(f.users.committee.id)).toHaveLength(before)
  })

  it.skipIf(skip)('the digest gathers a day of activity in one e-mail, once, from 07:00 Geneva time', async () => {
    const tomorrow = instantToGenevaLocal(new Date(Date.now() + DAY)).slice(0, 10)
    const early = genevaLocalToInstant(`${tomorrow}T06:59`)!
    const morning = genevaLocalToInstant(`${tomorrow}T07:05`)!
    expect(digestCutoff(early)).toBeNull()
    expect(await writeDigests(f.db, early)).toBe(0)
    const held = await f.db.notification.count({ where: { userId: f.users.isu.id, digest: true, digestedAt: null } })
    expect(held).toBeGreaterThan(5)
    // Two clocks at once: one digest per person.
    const [a, b] = await Promise.all([writeDigests(f.db, morning), writeDigests(f.db, morning)])
    expect(a + b).toBe(1) // the ISU's; nobody else chose the digest before today
    const [digest] = await mailsOf(f.users.isu.id)
    expect(digest!.subject).toMatch(new RegExp(`Your daily digest \\(${held}\\)`))
    expect(digest!.body).toContain('Kwame Mensah commented on')
    expect(digest!.body).toContain('http://localhost:3000/meetings/2026/consultation#thread-')
    expect(await f.db.notification.count({ where: { digest: true, digestedAt: null } })).toBe(0)
    expect(await writeDigests(f.db, new Date(morning.getTime() + 3600_000))).toBe(0)
  })
})
