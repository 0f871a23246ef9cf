// Consultation rounds: the President (or the ISU for the President) asks the Coordinating Committee
// with a message and a deadline; each member answers; the round closes at the deadline (lib/consultation
// /deadlines) or earlier by hand. One round is open at a time.
import { Conflict, NotFound, Refusal } from '@/lib/actions'
import { audit } from '@/lib/audit'
import { authorize } from '@/lib/auth/policy'
import { threadLink } from '@/lib/comments/threads'
import { newlyMentioned } from '@/lib/comments/mentions'
import { plainText } from '@/lib/comments/text'
import type { Db, Tx } from '@/lib/db'
import { scheduleDelivery } from '@/lib/mail/outbox'
import { notify, usersWithRoles } from '@/lib/notifications'
import type { SessionUser } from '@/lib/users'
import { changeUnderLock, programmeState } from '@/lib/workflow/programme'
import { acceptsAnswers, roundOutcome, type Answer, type Outcome } from './outcome'
import { CloseRoundSchema, deadlineWithinReach, OpenRoundSchema, RespondSchema, type CloseRoundInput, type OpenRoundInput, type RespondInput } from './schema'
import { formatGeneva } from './time'

/** Who is consulted: the members of the Coordinating Committee. */
export const CONSULTED_ROLE = 'committee' as const

export const roundLink = (year: number, roundId: string) => `/meetings/${year}/consultation/${roundId}`

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

export async function openRound(db: Db, user: SessionUser, input: OpenRoundInput, now = new Date()) {
  const data = OpenRoundSchema.parse(input)
  const result = await db.$transaction(async (tx) => {
    const before = await programmeState(tx, data.programmeId)
    authorize(user, 'consultation.open', before)
    if (!deadlineWithinReach(data.deadline, now)) throw new Refusal('Set a deadline in the future, at most a year from now.')
    const open = await tx.consultationRound.findFirst({ where: { programmeId: before.id, status: 'open' }, select: { id: true, programmeId: true, silenceProcedure: true, deadline: true } })
    // A round is closed from its deadline on: one the clock has not closed yet closes now, by its deadline.
    if (open && open.deadline.getTime() <= now.getTime()) await closeRoundInTx(tx, open, null, now)
    else if (open) throw new Refusal(`A round is already open until ${formatGeneva(open.deadline)}. Close it before opening another.`)
    const programme = await changeUnderLock(tx, before.id, data.version, { status: 'consultation' })
    const round = await tx.consultationRound.create({
      data: { programmeId: before.id, openedById: user.id, message: data.message, deadline: data.deadline, silenceProcedure: data.silenceProcedure, createdAt: now },
    })
    if (before.status !== 'consultation') await audit(tx, user.id, 'programme.status', before.id, { from: before.status, to: 'consultation', revision: before.revision })
    const members = await usersWithRoles(tx, [CONSULTED_ROLE])
    await audit(tx, user.id, 'consultation.opened', before.id, {
      roundId: round.id,
      deadline: data.deadline.toISOString(),
      silenceProcedure: data.silenceProcedure,
      message: short(data.message),
      members: members.map((m) => m.name),
    })
    await notify(tx, members, {
      kind: 'round.opened',
      title: `Consultation on the programme of ${before.year}: your answer is awaited by ${formatGeneva(data.deadline)}`,
      body: `${short(data.message, 1000)}${data.silenceProcedure ? '\n\nUnder the silence procedure, the programme is agreed at the deadline unless a member objects.' : ''}`,
      link: roundLink(before.year, round.id),
    })
    return { roundId: round.id, year: before.year, version: programme.version }
  })
  scheduleDelivery(db)
  return result
}

/** A member's answer; it may change while the round is open, and the latest counts. Comments and objections start (or add to) the member's thread. */
export async function respondToRound(db: Db, user: SessionUser, input: RespondInput, now = new Date()) {
  const data = RespondSchema.parse(input)
  const result = await db.$transaction(async (tx) => {
    const round = await tx.consultationRound.findUnique({ where: { id: data.roundId }, include: { programme: { select: { id: true, year: true, status: true } } } })
    if (!round) throw new NotFound('This consultation round does not exist.')
    authorize(user, 'consultation.respond', round.programme)
    if (!acceptsAnswers(round, now)) throw new Refusal(round.status === 'open' ? 'The deadline has passed: the round takes no more answers.' : 'This round is closed.')
    // Holds the round's row, so that closing it and answering it cannot interleave.
    const held = await tx.consultationRound.updateMany({ where: { id: round.id, status: 'open', deadline: { gt: now } }, data: { status: 'open' } })
    if (held.count !== 1) throw new Refusal('This round has just closed.')
    const previous = await tx.consultationResponse.findUnique({ where: { roundId_userId: { roundId: round.id, userId: user.id } } })
    let threadId = previous?.threadId ?? null
    if (data.note && data.answer !== 'no-objection' && data.note !== previous?.note) {
      if (threadId && (await tx.commentThread.findUnique({ where: { id: threadId }, select: { id: true } }))) {
        await tx.comment.create({ data: { threadId, authorId: user.id, body: data.note, createdAt: now } })
      } else {
        const thread = await tx.commentThread.create({
          data: { programmeId: round.programmeId, roundId: round.id, createdById: user.id, createdAt: now, comments: { create: { authorId: user.id, body: data.note, createdAt: now } } },
        })
        threadId = thread.id
      }
    }
    const response = await tx.consultationResponse.upsert({
      where: { roundId_userId: { roundId: round.id, userId: user.id } },
      create: { roundId: round.id, userId: user.id, answer: data.answer, note: data.note || null, threadId, createdAt: now },
      update: { answer: data.answer, note: data.note || null, threadId, changedAt: now },
    })
    await audit(tx, user.id, 'consultation.answered', round.programmeId, {
      roundId: round.id,
      answer: data.answer,
      previous: (previous?.answer as string | undefined) ?? null,
      note: data.note ? short(data.note) : null,
    })
    const link = threadId ? threadLink(round.programme.year, threadId) : roundLink(round.programme.year, round.id)
    const changed = previous && previous.answer !== data.answer ? ` (before: ${ANSWER_WORDS[previous.answer as Answer] ?? previous.answer})` : ''
    await notify(tx, await usersWithRoles(tx, ['isu', 'president'], user.id), {
      kind: 'answer',
      title: `${user.name} answered the consultation on the programme of ${round.programme.year}: ${ANSWER_WORDS[data.answer]}${changed}`,
      body: data.note ? short(data.note, 1000) : '',
      link: roundLink(round.programme.year, round.id),
    })
    if (data.note) {
      const mentioned = await newlyMentioned(tx, data.note, user.id, previous?.note ?? '')
      await notify(tx, mentioned, { kind: 'mention', title: `${user.name} mentioned you in an answer to the consultation`, body: short(data.note, 1000), link })
    }
    return { responseId: response.id, threadId, year: round.programme.year }
  })
  scheduleDelivery(db)
  return result
}

type RoundToClose = { id: string; programmeId: string; silenceProcedure: boolean; deadline: Date }

/**
 * Closes a round once, whoever gets there first (a person, the deadline timer, a page reading it):
 * the conditional update lets exactly one caller through. Returns the outcome, or null if it was
 * already closed. `by` is null when the deadline closed it.
 */
export async function closeRoundInTx(tx: Tx, round: RoundToClose, by: SessionUser | null, now: Date, reason?: string): Promise<Outcome | null> {
  const { count } = await tx.consultationRound.updateMany({ where: { id: round.id, status: 'open' }, data: { status: 'closed', closedAt: now, closedById: by?.id ?? null } })
  if (count !== 1) return null
  const responses = await tx.consultationResponse.findMany({ where: { roundId: round.id }, select: { answer: true } })
  const members = await tx.user.count({ where: { role: CONSULTED_ROLE } })
  const outcome = roundOutcome({ silenceProcedure: round.silenceProcedure, deadline: round.deadline, answers: responses.map((r) => r.answer as Answer), members }, now)
  await tx.consultationRound.update({ where: { id: round.id }, data: { outcome } })
  const tally = (answer: Answer) => responses.filter((r) => r.answer === answer).length
  await audit(tx, by?.id ?? null, 'consultation.closed', round.programmeId, {
    roundId: round.id,
    outcome,
    early: now.getTime() < round.deadline.getTime(),
    byDeadline: by === null,
    noObjection: tally('no-objection'),
    comments: tally('comments'),
    objections: tally('objection'),
    members,
    ...(reason ? { reason } : {}),
  })
  if (!by) {
    const programme = await tx.programme.findUnique({ where: { id: round.programmeId }, select: { year: true } })
    await notify(tx, await usersWithRoles(tx, ['isu', 'president']), {
      kind: 'round.closed',
      title: `The consultation on the programme of ${programme?.year} closed at its deadline: ${OUTCOME_WORDS[outcome]}`,
      body: `${tally('objection')} objection(s), ${tally('comments')} answer(s) with comments, ${tally('no-objection')} without objection, of ${members} member(s).`,
      link: roundLink(programme?.year ?? 0, round.id),
    })
  }
  return outcome
}

/** Closes the round by hand, before its deadline (the President or the ISU). */
export async function closeRound(db: Db, user: SessionUser, input: CloseRoundInput, now = new Date()) {
  const data = CloseRoundSchema.parse(input)
  return db.$transaction(async (tx) => {
    const round = await tx.consultationRound.findUnique({ where: { id: data.roundId }, include: { programme: { select: { id: true, year: true, status: true } } } })
    if (!round) throw new NotFound('This consultation round does not exist.')
    authorize(user, 'consultation.close', round.programme)
    const outcome = await closeRoundInTx(tx, round, user, now)
    if (!outcome) throw new Conflict({ status: 'closed' })
    return { roundId: round.id, outcome, year: round.programme.year }
  })
}
