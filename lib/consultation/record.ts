// What the consultation of one revision came to, as the approval must know it: every round with its
// outcome and each member's answer, the objections still standing (a member's latest answer in the
// revision's rounds is an objection) and whether each was answered in its thread, and the threads
// still open. The approval page shows it, the approval refuses while an objection stands unanswered
// without the President's reason, and the revision keeps it (Revision.consultation).
import { holdingRole } from '@/lib/auth/user'
import type { Db, Tx } from '@/lib/db'
import { isDue, roundOutcome, type Answer, type Outcome } from './outcome'
import { CONSULTED_ROLE } from './roles'

export type RecordAnswer = { userId: string; name: string; answer: Answer | null; note: string | null; itemTitle: string | null; threadId: string | null }

export type RecordRound = {
  id: string
  createdAt: string
  deadline: string
  closedAt: string | null
  status: 'open' | 'closed'
  silenceProcedure: boolean
  outcome: Outcome | null
  outcomeStatement: string | null
  answers: RecordAnswer[]
  objections: number
}

export type StandingObjection = {
  responseId: string
  roundId: string
  userId: string
  memberName: string
  text: string
  itemTitle: string | null
  threadId: string | null
  /** The first reply in the objection's thread after it, by someone else; null while none. */
  answeredBy: { name: string; at: string; excerpt: string } | null
  /** The President's reason for going ahead, once the approval recorded it. */
  reason?: string
}

export type OpenThread = { id: string; itemTitle: string | null; createdByName: string; comments: number; lastAt: string }

export type ConsultationRecord = { revision: number; rounds: RecordRound[]; objections: StandingObjection[]; openThreads: OpenThread[] }

const excerpt = (text: string, length = 200) => {
  const plain = text.replace(/\s+/g, ' ').trim()
  return plain.length > length ? `${plain.slice(0, length - 1)}…` : plain
}

/** The consultation of a programme's revision as it stands now; a round past its deadline counts as closed. */
export async function consultationRecord(db: Db | Tx, programmeId: string, revision: number, now = new Date()): Promise<ConsultationRecord> {
  const rows = await db.consultationRound.findMany({
    where: { programmeId, revision },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { responses: { include: { user: { select: { name: true } } }, orderBy: { createdAt: 'asc' } } },
  })
  const programme = await db.programme.findUnique({ where: { id: programmeId }, select: { year: true } })
  // The Committee of the programme's year (roles per year, lib/auth/user).
  const members = await db.user.findMany({ where: holdingRole([CONSULTED_ROLE], programme?.year), select: { id: true, name: true }, orderBy: { name: 'asc' } })
  const itemIds = [...new Set(rows.flatMap((r) => r.responses.map((x) => x.itemId)).filter((id): id is string => !!id))]
  const items = new Map((await db.item.findMany({ where: { id: { in: itemIds } }, select: { id: true, title: true } })).map((i) => [i.id, i.title]))
  const itemTitle = (id: string | null) => (id ? (items.get(id) ?? null) : null)

  const rounds: RecordRound[] = rows.map((r) => {
    const due = isDue(r, now)
    const answered = new Map(r.responses.map((x) => [x.userId, x]))
    const answers: RecordAnswer[] = members.map((m) => {
      const x = answered.get(m.id)
      return { userId: m.id, name: m.name, answer: (x?.answer as Answer | undefined) ?? null, note: x?.note ?? null, itemTitle: itemTitle(x?.itemId ?? null), threadId: x?.threadId ?? null }
    })
    for (const x of r.responses) {
      if (!members.some((m) => m.id === x.userId)) answers.push({ userId: x.userId, name: x.user.name, answer: x.answer as Answer, note: x.note, itemTitle: itemTitle(x.itemId), threadId: x.threadId })
    }
    const outcome = due
      ? roundOutcome({ silenceProcedure: r.silenceProcedure, deadline: r.deadline, answers: r.responses.map((x) => x.answer as Answer), members: members.length }, r.deadline)
      : ((r.outcome as Outcome | null) ?? null)
    return {
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      deadline: r.deadline.toISOString(),
      closedAt: due ? r.deadline.toISOString() : (r.closedAt?.toISOString() ?? null),
      status: r.status === 'open' && !due ? 'open' : 'closed',
      silenceProcedure: r.silenceProcedure,
      outcome,
      outcomeStatement: r.outcomeStatement,
      answers,
      objections: r.responses.filter((x) => x.answer === 'objection').length,
    }
  })

  // Each member's latest answer in the revision's rounds: an objection not taken back in a later round stands.
  const latest = new Map<string, { round: (typeof rows)[number]; response: (typeof rows)[number]['responses'][number] }>()
  for (const round of rows) for (const response of round.responses) latest.set(response.userId, { round, response })
  const objections: StandingObjection[] = []
  for (const { round, response } of latest.values()) {
    if (response.answer !== 'objection') continue
    const since = response.commentId ? ((await db.comment.findUnique({ where: { id: response.commentId }, select: { createdAt: true } }))?.createdAt ?? null) : null
    const after = since ?? response.changedAt ?? response.createdAt
    const reply = response.threadId
      ? await db.comment.findFirst({
          where: { threadId: response.threadId, authorId: { not: response.userId }, deletedAt: null, createdAt: { gt: after } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          include: { author: { select: { name: true } } },
        })
      : null
    objections.push({
      responseId: response.id,
      roundId: round.id,
      userId: response.userId,
      memberName: response.user.name,
      text: response.note ?? '',
      itemTitle: itemTitle(response.itemId),
      threadId: response.threadId,
      answeredBy: reply ? { name: reply.author.name, at: reply.createdAt.toISOString(), excerpt: excerpt(reply.body) } : null,
    })
  }

  const threads = await db.commentThread.findMany({
    where: { programmeId, resolved: false },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { item: { select: { title: true } }, _count: { select: { comments: true } }, comments: { orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true } } },
  })
  const creators = new Map((await db.user.findMany({ where: { id: { in: threads.map((t) => t.createdById) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]))
  const openThreads: OpenThread[] = threads.map((t) => ({
    id: t.id,
    itemTitle: t.item?.title ?? t.itemTitle,
    createdByName: creators.get(t.createdById) ?? '—',
    comments: t._count.comments,
    lastAt: (t.comments[0]?.createdAt ?? t.createdAt).toISOString(),
  }))
  return { revision, rounds, objections, openThreads }
}

/** The objections that still need an answer: no reply in their thread, and no reason given. */
export const unanswered = (record: ConsultationRecord, reasons: ReadonlyMap<string, string> = new Map()) =>
  record.objections.filter((o) => !o.answeredBy && !reasons.get(o.responseId)?.trim())
