// Reading consultation rounds for the pages: the open round, the past ones, and each member's answer.
import 'server-only'
import type { Db } from '@/lib/db'
import { isDue, roundOutcome, type Answer, type Outcome } from './outcome'
import { holdingRole } from '@/lib/auth/user'
import { CONSULTED_ROLE } from './roles'

export type RoundSummary = {
  id: string
  message: string
  deadline: string
  silenceProcedure: boolean
  status: 'open' | 'closed'
  outcome: Outcome | null
  /** What the President (or the ISU) wrote when it closed. */
  outcomeStatement: string | null
  createdAt: string
  closedAt: string | null
  openedByName: string
  closedByName: string | null
  answers: number
  objections: number
}

export type MemberAnswer = {
  userId: string
  name: string
  /** null: awaiting the answer. */
  answer: Answer | null
  note: string | null
  threadId: string | null
  answeredAt: string | null
  changedAt: string | null
  /** Answered, but no longer a member of the Committee. */
  former: boolean
}

export type RoundDetail = RoundSummary & { programmeId: string; members: MemberAnswer[] }

const names = async (db: Db, ids: (string | null)[]) => {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } })
  return new Map(users.map((u) => [u.id, u.name]))
}

type RoundRow = {
  id: string
  message: string
  deadline: Date
  silenceProcedure: boolean
  status: string
  outcome: string | null
  outcomeStatement: string | null
  createdAt: Date
  closedAt: Date | null
  openedById: string
  closedById: string | null
  responses: { answer: string }[]
}

/**
 * A round as it stands now. A round past its deadline is closed, whether or not the clock has
 * recorded it yet: its outcome is derived here as the clock will record it (reading never writes).
 */
const summary = (r: RoundRow, who: Map<string, string>, members: number, now: Date): RoundSummary => {
  const due = isDue(r, now)
  return {
    id: r.id,
    message: r.message,
    deadline: r.deadline.toISOString(),
    silenceProcedure: r.silenceProcedure,
    status: r.status === 'open' && !due ? 'open' : 'closed',
    outcome: due ? roundOutcome({ silenceProcedure: r.silenceProcedure, deadline: r.deadline, answers: r.responses.map((x) => x.answer as Answer), members }, r.deadline) : ((r.outcome as Outcome | null) ?? null),
    outcomeStatement: r.outcomeStatement,
    createdAt: r.createdAt.toISOString(),
    closedAt: due ? r.deadline.toISOString() : (r.closedAt?.toISOString() ?? null),
    openedByName: who.get(r.openedById) ?? '—',
    closedByName: r.closedById ? (who.get(r.closedById) ?? '—') : null,
    answers: r.responses.length,
    objections: r.responses.filter((x) => x.answer === 'objection').length,
  }
}

/** The Committee of the programme's year (lib/auth/user `holdingRole`): who is consulted. */
const consulted = async (db: Db, programmeId: string) => holdingRole([CONSULTED_ROLE], (await db.programme.findUnique({ where: { id: programmeId }, select: { year: true } }))?.year)
const consultedCount = async (db: Db, programmeId: string) => db.user.count({ where: await consulted(db, programmeId) })

/** The rounds of a programme, newest first. */
export async function listRounds(db: Db, programmeId: string, now = new Date()): Promise<RoundSummary[]> {
  const rows = await db.consultationRound.findMany({
    where: { programmeId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: { responses: { select: { answer: true } } },
  })
  const [who, members] = await Promise.all([names(db, rows.flatMap((r) => [r.openedById, r.closedById])), consultedCount(db, programmeId)])
  return rows.map((r) => summary(r, who, members, now))
}

/** One round with every member's answer (or "awaiting"). */
export async function roundDetail(db: Db, roundId: string, now = new Date()): Promise<RoundDetail | null> {
  const r = await db.consultationRound.findUnique({ where: { id: roundId }, include: { responses: { include: { user: { select: { name: true, role: true } } } } } })
  if (!r) return null
  const who = await names(db, [r.openedById, r.closedById])
  const members = await db.user.findMany({ where: await consulted(db, r.programmeId), select: { id: true, name: true }, orderBy: { name: 'asc' } })
  const byUser = new Map(r.responses.map((x) => [x.userId, x]))
  const rows: MemberAnswer[] = members.map((m) => {
    const x = byUser.get(m.id)
    return {
      userId: m.id,
      name: m.name,
      answer: (x?.answer as Answer | undefined) ?? null,
      note: x?.note ?? null,
      threadId: x?.threadId ?? null,
      answeredAt: x?.createdAt.toISOString() ?? null,
      changedAt: x?.changedAt?.toISOString() ?? null,
      former: false,
    }
  })
  for (const x of r.responses) {
    if (!members.some((m) => m.id === x.userId)) {
      rows.push({
        userId: x.userId,
        name: x.user.name,
        answer: x.answer as Answer,
        note: x.note,
        threadId: x.threadId,
        answeredAt: x.createdAt.toISOString(),
        changedAt: x.changedAt?.toISOString() ?? null,
        former: true,
      })
    }
  }
  return { ...summary(r, who, members.length, now), programmeId: r.programmeId, members: rows }
}

/** The user's own answer to a round, if any. */
export async function answerOf(db: Db, roundId: string, userId: string) {
  const x = await db.consultationResponse.findUnique({ where: { roundId_userId: { roundId, userId } } })
  return x ? { answer: x.answer as Answer, note: x.note ?? '', itemId: x.itemId } : null
}

/** The outcome a round would have if it closed now, and its objections: for the proposed outcome statement. */
export async function outcomeIfClosedNow(db: Db, roundId: string, now = new Date()): Promise<{ outcome: Outcome; objections: number } | null> {
  const r = await db.consultationRound.findUnique({ where: { id: roundId }, include: { responses: { select: { answer: true } } } })
  if (!r) return null
  const answers = r.responses.map((x) => x.answer as Answer)
  const outcome = roundOutcome({ silenceProcedure: r.silenceProcedure, deadline: r.deadline, answers, members: await consultedCount(db, r.programmeId) }, now)
  return { outcome, objections: answers.filter((a) => a === 'objection').length }
}

/** The latest round of a programme's current revision, for the status in words ("Consultation closed: silence broken (1 objection)"). */
export async function latestRound(db: Db, programmeId: string, revision: number, now = new Date()): Promise<RoundSummary | null> {
  const r = await db.consultationRound.findFirst({
    where: { programmeId, revision },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: { responses: { select: { answer: true } } },
  })
  if (!r) return null
  return summary(r, new Map(), await consultedCount(db, programmeId), now)
}
