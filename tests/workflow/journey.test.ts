// The whole consultation and approval path through the lib functions, on both databases, with every
// step tried by each role: the ones that may not take it are refused by the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Conflict, Refusal } from '@/lib/actions'
import { listThreads } from '@/lib/comments/queries'
import { rememberItemTitles } from '@/lib/comments/item-titles'
import { createThread, deleteComment, editComment, replyToThread, setThreadResolved } from '@/lib/comments/threads'
import { processDeadlines } from '@/lib/consultation/deadlines'
import { roundDetail } from '@/lib/consultation/queries'
import { closeRound, openRound, respondToRound } from '@/lib/consultation/rounds'
import { diffRevisions } from '@/lib/revisions/diff'
import { listRevisions, revisionSnapshot } from '@/lib/revisions/queries'
import { findingKey, reviewForApproval } from '@/lib/workflow/approval'
import { listHistory } from '@/lib/workflow/history'
import { approveProgramme, publishProgramme, returnToDraft, startRevision } from '@/lib/workflow/transitions'
import { messagesFor, translator } from '@/lib/i18n'
import { notificationInWords } from '@/lib/mail/notification-words'
import { PROVIDERS } from '../support/databases'
import { onlyThese, workflowFixture, type Fixture } from './support'

const inEnglish = (text: string) => notificationInWords(text, translator(messagesFor('en')), 'en')

const DAY = 24 * 3600 * 1000

describe.each(PROVIDERS)('consultation and approval on $provider', ({ provider, skip }) => {
  let f: Fixture
  beforeAll(async () => {
    if (!skip) f = await workflowFixture(provider)
  })
  afterAll(async () => f?.drop())

  const state = () => f.db.programme.findUniqueOrThrow({ where: { id: f.programmeId } })
  const itemByTitle = async (start: string) => f.db.item.findFirstOrThrow({ where: { title: { startsWith: start }, day: { programmeId: f.programmeId } } })
  // Titles are kept as codes and said when read: here, as an English reader reads them.
  const notificationsOf = async (userId: string, kind?: string) =>
    (await f.db.notification.findMany({ where: { userId, ...(kind ? { kind } : {}) }, orderBy: { createdAt: 'asc' } })).map((n) => ({ ...n, title: inEnglish(n.title), body: inEnglish(n.body) }))
  const approveInput = async (acknowledgeAll = true) => {
    const review = await reviewForApproval(f.db, f.programmeId)
    return { programmeId: f.programmeId, version: review.programme.version, fingerprint: review.fingerprint, acknowledged: acknowledgeAll ? review.warnings.map(findingKey) : [] }
  }

  let itemThreadId = ''
  let commentId = ''
  let round1 = ''
  let round2 = ''

  it.skipIf(skip)('members comment on an item; only they may, and the ISU and the President hear of it', async () => {
    const item = await itemByTitle('Committee on Article 5')
    const created = await onlyThese(
      f,
      ['committee', 'committee2', 'isu', 'president'],
      (user) => createThread(f.db, user, { programmeId: f.programmeId, itemId: item.id, body: `Could this end at *13:00*? (${user.name})` }),
      { all: true },
    )
    itemThreadId = created.threadId
    commentId = created.commentId
    const threads = await listThreads(f.db, f.programmeId, { itemId: item.id })
    expect(threads).toHaveLength(4)
    expect(threads[0]).toMatchObject({ itemTitle: item.title, itemRemoved: false, resolved: false, commentCount: 1 })
    // The ISU and the President hear of the Committee's comments, not of their own.
    expect((await notificationsOf(f.users.isu.id, 'comment')).map((n) => n.title)).toEqual([
      `Kwame Mensah commented on “${item.title}”`,
      `Sofía Ramírez commented on “${item.title}”`,
      `Ana Ferreira commented on “${item.title}”`,
    ])
    expect(await notificationsOf(f.users.committee.id, 'comment')).toHaveLength(0)
    expect(await f.db.outboxMessage.count({ where: { userId: f.users.president.id } })).toBe(3)
  })

  it.skipIf(skip)('a reply mentions a member, who is notified once', async () => {
    await onlyThese(f, ['isu', 'committee', 'committee2', 'president'], (user) => replyToThread(f.db, user, { threadId: itemThreadId, body: 'Yes. @k.mensah, does 12:45 suit you? cc @K.Mensah @nobody' }))
    const mentions = await notificationsOf(f.users.committee.id, 'mention')
    expect(mentions).toHaveLength(1)
    expect(mentions[0]).toMatchObject({ title: expect.stringContaining('Isabelle Suter mentioned you'), link: `/meetings/2026/consultation#thread-${itemThreadId}` })
    const mail = await f.db.outboxMessage.findFirstOrThrow({ where: { userId: f.users.committee.id } })
    expect(mail.to).toBe('k.mensah@test.org')
    expect(mail.body).toContain(`/meetings/2026/consultation#thread-${itemThreadId}`)
  })

  it.skipIf(skip)('only the author edits or deletes a comment', async () => {
    await onlyThese(f, ['committee'], (user) => editComment(f.db, user, { commentId, body: 'Could this end at 13:00? @s.ramirez' }))
    // The edit mentions a member for the first time: she is told.
    expect(await notificationsOf(f.users.committee2.id, 'mention')).toHaveLength(1)
    const reply = await replyToThread(f.db, f.users.committee2, { threadId: itemThreadId, body: 'A mistake' })
    await onlyThese(f, ['committee2'], (user) => deleteComment(f.db, user, { commentId: reply.commentId }))
    const [thread] = await listThreads(f.db, f.programmeId, { itemId: (await itemByTitle('Committee on Article 5')).id })
    expect(thread!.comments.map((c) => [c.authorName, c.deleted, c.body, c.editedAt !== null])).toEqual([
      ['Kwame Mensah', false, 'Could this end at 13:00? @s.ramirez', true],
      ['Isabelle Suter', false, 'Yes. @k.mensah, does 12:45 suit you? cc @K.Mensah @nobody', false],
      ['Sofía Ramírez', true, '', false],
    ])
  })

  it.skipIf(skip)('the author, the ISU and the President resolve and reopen; others may not', async () => {
    await onlyThese(f, ['committee', 'isu', 'president'], (user) => setThreadResolved(f.db, user, { threadId: itemThreadId, resolved: true }), { all: true })
    expect((await f.db.commentThread.findUniqueOrThrow({ where: { id: itemThreadId } })).resolved).toBe(true)
    await onlyThese(f, ['committee', 'isu', 'president'], (user) => setThreadResolved(f.db, user, { threadId: itemThreadId, resolved: false }), { all: true })
    await setThreadResolved(f.db, f.users.isu, { threadId: itemThreadId, resolved: true })
    const [thread] = await listThreads(f.db, f.programmeId, { itemId: (await itemByTitle('Committee on Article 5')).id })
    expect(thread).toMatchObject({ resolved: true, resolvedByName: 'Isabelle Suter' })
  })

  it.skipIf(skip)('the President or the ISU opens a round; members are told', async () => {
    const before = await state()
    const deadline = new Date(Date.now() + 3 * DAY)
    const opened = await onlyThese(f, ['isu', 'president'], (user) =>
      openRound(f.db, user, { programmeId: f.programmeId, version: before.version, message: 'Please look at the draft programme.', deadline, silenceProcedure: true }),
    )
    round1 = opened.roundId
    expect(await state()).toMatchObject({ status: 'consultation', version: before.version + 1 })
    for (const member of [f.users.committee, f.users.committee2]) {
      expect(await notificationsOf(member.id, 'round.opened')).toMatchObject([{ link: `/meetings/2026/consultation/${round1}` }])
    }
    expect(await notificationsOf(f.users.observer.id)).toHaveLength(0)
    // One round at a time; a stale version is a conflict.
    await expect(openRound(f.db, f.users.president, { programmeId: f.programmeId, version: before.version + 1, message: 'Again', deadline })).rejects.toThrow(Refusal)
    await expect(openRound(f.db, f.users.president, { programmeId: f.programmeId, version: before.version, message: 'Again', deadline })).rejects.toThrow(Refusal)
  })

  it.skipIf(skip)('members answer; an objection breaks the silence at the deadline', async () => {
    await onlyThese(f, ['committee', 'committee2'], (user, person) =>
      respondToRound(f.db, user, { roundId: round1, answer: person === 'committee' ? 'objection' : 'no-objection', note: person === 'committee' ? 'The Article 5 item runs past 13:00.' : '' }),
      { all: true },
    )
    const detail = await roundDetail(f.db, round1)
    expect(detail!.members.map((m) => [m.name, m.answer])).toEqual([
      ['Kwame Mensah', 'objection'],
      ['Sofía Ramírez', 'no-objection'],
    ])
    const objectionThread = detail!.members[0]!.threadId
    expect(objectionThread).toBeTruthy()
    expect((await notificationsOf(f.users.president.id, 'answer')).map((n) => n.title)).toEqual([
      'Kwame Mensah answered the consultation on the programme of 2026: an objection',
      'Sofía Ramírez answered the consultation on the programme of 2026: no objection',
    ])
    // A note is needed with an objection.
    await expect(respondToRound(f.db, f.users.committee, { roundId: round1, answer: 'objection' })).rejects.toThrow()

    const deadline = (await f.db.consultationRound.findUniqueOrThrow({ where: { id: round1 } })).deadline
    expect(await processDeadlines(f.db, new Date(deadline.getTime() - 1))).toMatchObject({ closed: [] })
    // Two clocks at the deadline at once: one closes it.
    const runs = await Promise.all([processDeadlines(f.db, deadline), processDeadlines(f.db, deadline)])
    expect(runs.flatMap((r) => r.closed)).toEqual([round1])
    expect(await f.db.consultationRound.findUniqueOrThrow({ where: { id: round1 } })).toMatchObject({ status: 'closed', outcome: 'silence-broken', closedById: null })
    const closings = await f.db.auditEvent.findMany({ where: { action: 'consultation.closed' } })
    expect(closings.filter((e) => (e.detail as { roundId?: string }).roundId === round1)).toHaveLength(1)
    // No answer after the deadline.
    await expect(respondToRound(f.db, f.users.committee2, { roundId: round1, answer: 'objection', note: 'late' }, deadline)).rejects.toThrow(Refusal)
  })

  it.skipIf(skip)('a second round: reminded the day before, agreed by silence at its deadline', async () => {
    const now = new Date()
    const deadline = new Date(now.getTime() + 2 * DAY)
    round2 = (await openRound(f.db, f.users.president, { programmeId: f.programmeId, version: (await state()).version, message: 'The Article 5 item now ends at 13:00.', deadline }, now)).roundId
    await respondToRound(f.db, f.users.committee, { roundId: round2, answer: 'objection', note: 'Wait' })
    // The objection is withdrawn before the deadline: the latest answer counts.
    await respondToRound(f.db, f.users.committee, { roundId: round2, answer: 'comments', note: 'Fine now, thank you. Maybe **add** a coffee break.' })
    const dayBefore = new Date(deadline.getTime() - DAY / 2)
    const [a, b] = await Promise.all([processDeadlines(f.db, dayBefore), processDeadlines(f.db, dayBefore)])
    expect([...a.reminded, ...b.reminded]).toEqual([round2])
    expect(await notificationsOf(f.users.committee2.id, 'round.reminder')).toHaveLength(1)
    // The member who answered is not reminded.
    expect(await notificationsOf(f.users.committee.id, 'round.reminder')).toHaveLength(0)
    await processDeadlines(f.db, dayBefore)
    expect(await notificationsOf(f.users.committee2.id, 'round.reminder')).toHaveLength(1)

    await processDeadlines(f.db, new Date(deadline.getTime() + 1000))
    expect(await f.db.consultationRound.findUniqueOrThrow({ where: { id: round2 } })).toMatchObject({ status: 'closed', outcome: 'agreed' })
    expect(await notificationsOf(f.users.isu.id, 'round.closed')).toHaveLength(2)
  })

  it.skipIf(skip)('the ISU may close a round early; members may not', async () => {
    const id = (await openRound(f.db, f.users.isu, { programmeId: f.programmeId, version: (await state()).version, message: 'Short round', deadline: new Date(Date.now() + DAY * 5) })).roundId
    // No approval while a round is open.
    await expect(approveProgramme(f.db, f.users.president, await approveInput())).rejects.toThrow(/A consultation round is open until/)
    const closed = await onlyThese(f, ['isu', 'president'], (user) => closeRound(f.db, user, { roundId: id }))
    // Closed early without every answer: not agreed.
    expect(closed.outcome).toBe('not-agreed')
    await expect(closeRound(f.db, f.users.president, { roundId: id })).rejects.toThrow(Conflict)
  })

  it.skipIf(skip)('approval is refused while an error exists, and to anyone but the President', async () => {
    const input = await approveInput()
    // Everyone else is refused by the policy; the President by the rulebook's error.
    await expect(onlyThese(f, ['president'], (user) => approveProgramme(f.db, user, input))).rejects.toThrow(
      /president should be allowed: .*rulebook reports 1 error: .*Coordinating Committee was consulted/,
    )
    await expect(approveProgramme(f.db, f.users.president, input)).rejects.toThrow(Refusal)
    expect((await state()).status).toBe('consultation')
  })

  it.skipIf(skip)('once fixed, the President approves with each warning acknowledged', async () => {
    // The fix the editor's format panel makes: the decision records the Committee consulted in round 2.
    await f.db.programme.update({ where: { id: f.programmeId }, data: { formatConsultedCC: true, formatConsultationId: round2 } })
    const review = await reviewForApproval(f.db, f.programmeId)
    expect(review.errors).toEqual([])
    expect(review.warnings.map((w) => w.rule)).toEqual(['interpretation-hours'])

    await expect(approveProgramme(f.db, f.users.president, await approveInput(false))).rejects.toThrow(/Acknowledge each warning/)
    await expect(approveProgramme(f.db, f.users.president, { ...(await approveInput()), fingerprint: 'stale' })).rejects.toThrow(Conflict)
    await expect(approveProgramme(f.db, f.users.president, { ...(await approveInput()), version: 1 })).rejects.toThrow(Conflict)

    const approved = await onlyThese(f, ['president'], async (user) => approveProgramme(f.db, user, await approveInput()))
    expect(approved).toMatchObject({ status: 'approved', revision: 0, symbol: '' })
    const [revision] = await listRevisions(f.db, f.programmeId)
    expect(revision).toMatchObject({ number: 0, symbol: '', approvedByName: 'Ana Ferreira', publishedAt: null })
    expect(revision!.acknowledged.map((a) => a.rule)).toEqual(['interpretation-hours'])
    expect(await f.db.auditEvent.count({ where: { action: 'warning.acknowledged' } })).toBe(1)
  })

  it.skipIf(skip)('the President publishes; nobody comments on a published programme', async () => {
    await onlyThese(f, ['president'], async (user) => publishProgramme(f.db, user, { programmeId: f.programmeId, version: (await state()).version }))
    expect((await state()).status).toBe('published')
    expect((await listRevisions(f.db, f.programmeId))[0]!.publishedAt).not.toBeNull()
    await onlyThese(f, [], (user) => createThread(f.db, user, { programmeId: f.programmeId, itemId: null, body: 'Late' }))
  })

  it.skipIf(skip)('a change to the published programme starts Rev.1, and the diff shows it', async () => {
    const started = await onlyThese(f, ['isu', 'president'], async (user) => startRevision(f.db, user, { programmeId: f.programmeId, version: (await state()).version }))
    expect(started).toMatchObject({ status: 'draft', revision: 1, symbol: 'Rev.1' })
    const item = await itemByTitle('Committee on Article 5')
    await f.db.item.update({ where: { id: item.id }, data: { end: '13:00', title: 'Committee on Article 5 Implementation: Article 5 deadlines' } })
    const universal = await itemByTitle('Universalization')
    await f.db.$transaction(async (tx) => {
      await rememberItemTitles(tx, [universal.id])
      await tx.item.delete({ where: { id: universal.id } })
    })
    const diff = diffRevisions((await revisionSnapshot(f.db, f.programmeId, 0))!.snapshot, (await revisionSnapshot(f.db, f.programmeId, 'current'))!.snapshot)
    expect(diff.items).toEqual([
      {
        kind: 'changed',
        before: { date: '2026-06-16', start: '11:30', end: '13:15', title: item.title },
        after: { date: '2026-06-16', start: '11:30', end: '13:00', title: 'Committee on Article 5 Implementation: Article 5 deadlines' },
        changes: ['retimed', 'retitled'],
        details: [],
      },
      { kind: 'removed', before: { date: '2026-06-17', start: '11:30', end: '13:00', title: universal.title } },
    ])
    // The revision approved again: no warning left to acknowledge.
    const again = await approveProgramme(f.db, f.users.president, await approveInput())
    expect(again.symbol).toBe('Rev.1')
    expect((await listRevisions(f.db, f.programmeId)).map((r) => r.symbol)).toEqual(['', 'Rev.1'])
  })

  it.skipIf(skip)('threads of a removed item stay readable with its last title', async () => {
    // The approved programme takes no comments: the thread is written as the editor's tests would.
    const item = await itemByTitle('Closing')
    await f.db.commentThread.create({ data: { programmeId: f.programmeId, itemId: item.id, itemTitle: 'An older title', createdById: f.users.committee.id, comments: { create: { authorId: f.users.committee.id, body: 'On the closing' } } } })
    await f.db.$transaction(async (tx) => {
      await rememberItemTitles(tx, [item.id])
      await tx.item.delete({ where: { id: item.id } })
    })
    const removed = (await listThreads(f.db, f.programmeId)).filter((t) => t.itemRemoved)
    expect(removed.map((t) => t.itemTitle)).toEqual([item.title])
  })

  it.skipIf(skip)('back to draft withdraws an unpublished approval; only the President may', async () => {
    await onlyThese(f, ['president'], async (user) => returnToDraft(f.db, user, { programmeId: f.programmeId, version: (await state()).version }))
    expect((await state()).status).toBe('draft')
    expect((await listRevisions(f.db, f.programmeId)).map((r) => r.number)).toEqual([0])
  })

  it.skipIf(skip)('every step is on record in the history', async () => {
    const { events } = await listHistory(f.db, f.programmeId)
    const actions = new Set(events.map((e) => e.action))
    for (const action of [
      'thread.created',
      'comment.created',
      'comment.edited',
      'comment.deleted',
      'thread.resolved',
      'thread.reopened',
      'programme.status',
      'consultation.opened',
      'consultation.answered',
      'consultation.reminded',
      'consultation.closed',
      'warning.acknowledged',
      'programme.approved',
      'programme.published',
      'revision.started',
    ]) {
      expect(actions, action).toContain(action)
    }
    const answered = events.filter((e) => e.action === 'consultation.answered').map((e) => [e.who, e.detail.answer, e.detail.previous])
    expect(answered).toContainEqual(['Kwame Mensah', 'comments', 'objection'])
    expect(events.find((e) => e.action === 'consultation.closed' && e.detail.roundId === round1)).toMatchObject({ who: null, detail: { outcome: 'silence-broken', byDeadline: true } })
  })
})
