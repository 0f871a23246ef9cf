// Consultation rounds: the President (or the ISU for the President) asks the Coordinating Committee
// with a message and a deadline; each member answers; the round closes at the deadline (lib/consultation
// /deadlines) or earlier by hand. One round is open at a time.
import { mutation } from '@/lib/actions'
import { audit } from '@/lib/audit'
import { holdingRole, type SessionUser } from '@/lib/auth/user'
import { threadLink } from '@/lib/comments/links'
import { threadParticipants } from '@/lib/comments/participants'
import { newlyMentioned } from '@/lib/comments/mentions'
import { plainText } from '@/lib/comments/text'
import type { Tx } from '@/lib/db'
import { Conflict, NotFound, Refusal } from '@/lib/failures'
import { notify, usersWithRoles, type NotificationMessage, type Recipient } from '@/lib/mail/notify'
import { changeUnderLock, programmeIdOf, readHead } from '@/lib/programme-store'
import { acceptsAnswers, roundOutcome, type Answer, type Outcome } from './outcome'
import { CONSULTED_ROLE, roundLink } from './roles'
import { CloseRoundSchema, deadlineWithinReach, OpenRoundSchema, RespondSchema } from './schema'
import { notificationText } from '@/lib/mail/notification-words'


export const ANSWER_WORDS: Record<Answer, string> = { 'no-objection': 'no objection', comments: 'comments', objection: 'an objection' }
export const OUTCOME_WORDS: Record<Outcome, string> = {
  agreed: 'agreed',
  'silence-broken': 'silence broken',
  objected: 'objected to',
  'not-agreed': 'not agreed (answers missing)',
}

const short = (text: string, length = 300) => {
  const plain = plainText(text).replace(/\s+/g, ' ').trim()
  return plain.length > length ? `${plain.slice(0, length - 1)}…` : plain
}

export const openRound = mutation({
  schema: OpenRoundSchema,
  permission: 'consultation.open',
  programme: (_tx, input) => input.programmeId,
  async run({ tx, user, programme: before, now, audit, notify }, data) {
    if (!deadlineWithinReach(data.deadline, now)) throw new Refusal('deadlineOutOfReach')
    await closeDueRounds(tx, before.id, now, notify)
    const open = await tx.consultationRound.findFirst({ where: { programmeId: before.id, status: 'open' }, select: { deadline: true } })
    if (open) throw new Refusal('roundAlreadyOpen', { deadline: open.deadline })
    const programme = await changeUnderLock(tx, before.id, data.version, { status: 'consultation' })
    const round = await tx.consultationRound.create({
      data: { programmeId: before.id, openedById: user.id, message: data.message, deadline: data.deadline, silenceProcedure: data.silenceProcedure, revision: before.revision, createdAt: now },
    })
    if (before.status !== 'consultation') await audit('programme.status', { from: before.status, to: 'consultation', revision: before.revision })
    const members = await usersWithRoles(tx, [CONSULTED_ROLE], null, programme.year)
    await audit('consultation.opened', {
      roundId: round.id,
      deadline: data.deadline.toISOString(),
      silenceProcedure: data.silenceProcedure,
      message: short(data.message),
      members: members.map((m) => m.name),
    })
    await notify([...members, ...(await usersWithRoles(tx, ['isu', 'president'], user.id, programme.year))], {
      kind: 'round.opened',
      title: notificationText('roundOpened', { year: before.year, deadline: data.deadline.toISOString() }),
      body: notificationText('roundOpenedBody', { message: short(data.message, 1000), silence: data.silenceProcedure ? 1 : 0 }),
      link: roundLink(before.year, round.id),
    })
    return { roundId: round.id, year: before.year, version: programme.version }
  },
})

/** A member's answer; it may change while the round is open, and the latest counts. Comments and objections start (or add to) the member's thread. */
export const respondToRound = mutation({
  schema: RespondSchema,
  permission: 'consultation.respond',
  programme: (tx, input) => programmeIdOf.round(tx, input.roundId).then((id) => id ?? roundGone()),
  async run({ tx, user, programme, now, audit, notify }, data) {
    const round = await tx.consultationRound.findUniqueOrThrow({ where: { id: data.roundId } })
    if (!acceptsAnswers(round, now)) throw new Refusal(round.status === 'open' ? 'roundDeadlinePassed' : 'roundClosed')
    // Holds the round's row, so that closing it and answering it cannot interleave.
    const held = await tx.consultationRound.updateMany({ where: { id: round.id, status: 'open', deadline: { gt: now } }, data: { status: 'open' } })
    if (held.count !== 1) throw new Refusal('roundJustClosed')
    const previous = await tx.consultationResponse.findUnique({ where: { roundId_userId: { roundId: round.id, userId: user.id } } })
    let itemTitle: string | null = null
    if (data.itemId) {
      const item = await tx.item.findFirst({ where: { id: data.itemId, day: { programmeId: round.programmeId } }, select: { title: true } })
      if (!item) throw new NotFound('commentItemGone')
      itemTitle = item.title
    }
    let threadId = previous?.threadId ?? null
    let commentId = previous?.commentId ?? null
    const samePlace = previous && (previous.itemId ?? null) === data.itemId
    if (data.note && data.answer !== 'no-objection' && (data.note !== previous?.note || !samePlace)) {
      // An answer belongs to its discussion: on an item, the item's open thread; on the whole
      // programme, the round's one programme thread. A new one only when there is none yet.
      const existing = await tx.commentThread.findFirst({
        where: data.itemId ? { programmeId: round.programmeId, itemId: data.itemId, resolved: false } : { programmeId: round.programmeId, roundId: round.id, itemId: null, itemTitle: null },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: { id: true },
      })
      const thread =
        existing ??
        (await tx.commentThread.create({
          data: { programmeId: round.programmeId, roundId: round.id, itemId: data.itemId, itemTitle, createdById: user.id, createdAt: now },
          select: { id: true },
        }))
      const participants = existing ? await threadParticipants(tx, existing.id, user.id) : []
      const comment = await tx.comment.create({ data: { threadId: thread.id, authorId: user.id, body: data.note, createdAt: now } })
      threadId = thread.id
      commentId = comment.id
      const told = new Set((await usersWithRoles(tx, ['isu', 'president'], null, programme.year)).map((u) => u.id))
      await notify(
        participants.filter((p) => !told.has(p.id)),
        {
          kind: 'reply',
          title: notificationText('answeredInThread', { name: user.name, item: itemTitle, answer: data.answer }),
          body: short(data.note, 1000),
          link: threadLink(programme.year, thread.id),
        },
      )
    }
    if (data.answer === 'no-objection') commentId = previous?.commentId ?? null
    const response = await tx.consultationResponse.upsert({
      where: { roundId_userId: { roundId: round.id, userId: user.id } },
      create: { roundId: round.id, userId: user.id, answer: data.answer, note: data.note || null, threadId, commentId, itemId: data.itemId, createdAt: now },
      update: { answer: data.answer, note: data.note || null, threadId, commentId, itemId: data.itemId, changedAt: now },
    })
    await audit('consultation.answered', {
      roundId: round.id,
      answer: data.answer,
      previous: (previous?.answer as string | undefined) ?? null,
      note: data.note ? short(data.note) : null,
      ...(itemTitle ? { itemTitle } : {}),
    })
    const link = threadId ? threadLink(programme.year, threadId) : roundLink(programme.year, round.id)
    await notify(await usersWithRoles(tx, ['isu', 'president'], user.id, programme.year), {
      kind: 'answer',
      title: notificationText('answered', { name: user.name, year: programme.year, answer: data.answer, item: itemTitle, before: previous && previous.answer !== data.answer ? previous.answer : null }),
      body: data.note ? short(data.note, 1000) : '',
      link: threadId && data.answer !== 'no-objection' ? threadLink(programme.year, threadId) : roundLink(programme.year, round.id),
    })
    if (data.note) {
      const mentioned = await newlyMentioned(tx, data.note, user.id, previous?.note ?? '')
      await notify(mentioned, { kind: 'mention', title: notificationText('mentionedInAnswer', { name: user.name }), body: short(data.note, 1000), link })
    }
    return { responseId: response.id, threadId, year: programme.year }
  },
})

function roundGone(): never {
  throw new NotFound('roundGone')
}

type RoundToClose = { id: string; programmeId: string; silenceProcedure: boolean; deadline: Date }

/** The outcome statement proposed when nobody writes one (and the one the clock writes at the deadline). */
export function proposedStatement(outcome: Outcome, objections: number): string {
  switch (outcome) {
    case 'agreed':
      return 'Silence kept; the programme goes forward.'
    case 'silence-broken':
      return `Silence broken (${objections} objection${objections === 1 ? '' : 's'}); the objections are answered before the programme goes forward.`
    case 'objected':
      return `Objected to (${objections} objection${objections === 1 ? '' : 's'}); the objections are answered before the programme goes forward.`
    case 'not-agreed':
      return 'Not agreed: answers are missing; the programme does not go forward on this round.'
  }
}

/**
 * Closes a round once, whoever gets there first (a person, the deadline timer, a page reading it):
 * the conditional update lets exactly one caller through. Returns the outcome, or null if it was
 * already closed. `by` is null when the deadline closed it. Everyone invited (the Committee), the
 * ISU and the President receive the outcome and its statement, but the person who closed it.
 */
type CloseOptions = {
  /** Why it closed, when not by its deadline or by hand (the programme went back to draft). */
  reason?: string
  /** The outcome statement written by the person closing it. */
  statement?: string
  /** The pipeline's notifier (so that the e-mails are delivered after the commit); the plain one otherwise. */
  send?: (recipients: Recipient[], message: NotificationMessage) => Promise<number>
}

export async function closeRoundInTx(tx: Tx, round: RoundToClose, by: SessionUser | null, now: Date, { reason, statement, send = (r, m) => notify(tx, r, m) }: CloseOptions = {}): Promise<Outcome | null> {
  const { count } = await tx.consultationRound.updateMany({ where: { id: round.id, status: 'open' }, data: { status: 'closed', closedAt: now, closedById: by?.id ?? null } })
  if (count !== 1) return null
  const responses = await tx.consultationResponse.findMany({ where: { roundId: round.id }, select: { answer: true } })
  const { year } = await tx.programme.findUniqueOrThrow({ where: { id: round.programmeId }, select: { year: true } })
  const members = await tx.user.count({ where: holdingRole([CONSULTED_ROLE], year) })
  const outcome = roundOutcome({ silenceProcedure: round.silenceProcedure, deadline: round.deadline, answers: responses.map((r) => r.answer as Answer), members }, now)
  const tally = (answer: Answer) => responses.filter((r) => r.answer === answer).length
  const outcomeStatement = statement?.trim() || reason || proposedStatement(outcome, tally('objection'))
  await tx.consultationRound.update({ where: { id: round.id }, data: { outcome, outcomeStatement } })
  await audit(tx, by?.id ?? null, 'consultation.closed', round.programmeId, {
    roundId: round.id,
    outcome,
    early: now.getTime() < round.deadline.getTime(),
    byDeadline: by === null,
    noObjection: tally('no-objection'),
    comments: tally('comments'),
    objections: tally('objection'),
    members,
    statement: short(outcomeStatement, 500),
    ...(reason ? { reason } : {}),
  })
  const programme = await readHead(tx, round.programmeId)
  await send(await usersWithRoles(tx, [CONSULTED_ROLE, 'isu', 'president'], by?.id, year), {
    kind: 'round.closed',
    title: notificationText('roundClosed', { year: programme?.year, by: by?.name, outcome }),
    body: notificationText('roundClosedBody', { statement: outcomeStatement, objections: tally('objection'), comments: tally('comments'), noObjection: tally('no-objection'), members }),
    link: roundLink(programme?.year ?? 0, round.id),
  })
  return outcome
}

/** Closes, at their deadline, the rounds of one programme whose deadline has passed (inside a change of it). */
export async function closeDueRounds(tx: Tx, programmeId: string, now: Date, send?: CloseOptions['send']) {
  const due = await tx.consultationRound.findMany({ where: { programmeId, status: 'open', deadline: { lte: now } }, select: { id: true, programmeId: true, silenceProcedure: true, deadline: true } })
  for (const round of due) await closeRoundInTx(tx, round, null, round.deadline, { send })
}

/** Closes the round by hand, before its deadline (the President or the ISU). */
export const closeRound = mutation({
  schema: CloseRoundSchema,
  permission: 'consultation.close',
  programme: (tx, input) => programmeIdOf.round(tx, input.roundId).then((id) => id ?? roundGone()),
  async run({ tx, user, programme, now, notify: send }, data) {
    const round = await tx.consultationRound.findUniqueOrThrow({ where: { id: data.roundId } })
    if (round.status === 'open' && round.deadline.getTime() <= now.getTime()) await closeRoundInTx(tx, round, null, round.deadline, { send })
    const outcome = await closeRoundInTx(tx, round, user, now, { statement: data.statement, send })
    if (!outcome) throw new Conflict({ status: 'closed' })
    return { roundId: round.id, outcome, year: programme.year }
  },
})
