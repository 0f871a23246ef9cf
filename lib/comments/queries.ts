// Reading threads. A thread shows its latest comments; earlier ones load a page at a time, so a
// programme with hundreds of comments opens as fast as one with a few.
import 'server-only'
import type { Prisma } from '@/generated/sqlite/client'
import type { Db, Tx } from '@/lib/db'

/** Comments shown at first in an open thread; a resolved thread shows none until it is opened. */
export const COMMENT_PAGE = 3
export const EARLIER_PAGE = 20

export type CommentView = {
  id: string
  authorId: string
  authorName: string
  /** Empty when deleted. */
  body: string
  createdAt: string
  editedAt: string | null
  deleted: boolean
}

export type ThreadView = {
  id: string
  itemId: string | null
  /** The item's title now, or its last title when it was removed. Null for a thread on the whole programme. */
  itemTitle: string | null
  itemRemoved: boolean
  resolved: boolean
  resolvedByName: string | null
  resolvedAt: string | null
  createdById: string
  createdByName: string
  createdAt: string
  roundId: string | null
  commentCount: number
  /** The latest comments, oldest first. */
  comments: CommentView[]
  hasEarlier: boolean
}

const commentSelect = {
  id: true,
  threadId: true,
  authorId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  author: { select: { name: true } },
} satisfies Prisma.CommentSelect

type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>

const commentView = (c: CommentRow): CommentView => ({
  id: c.id,
  authorId: c.authorId,
  authorName: c.author.name,
  body: c.deletedAt ? '' : c.body,
  createdAt: c.createdAt.toISOString(),
  editedAt: c.editedAt?.toISOString() ?? null,
  deleted: c.deletedAt !== null,
})

const newestFirst = [{ createdAt: 'desc' as const }, { id: 'desc' as const }]

/**
 * The ids of the newest `take` comments of each thread of a programme, in one query: a window
 * function ranks them per thread (SQLite and PostgreSQL both have it), so no thread is read whole.
 */
async function latestCommentIds(db: Db, programmeId: string, take: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM (
      SELECT c."id", ROW_NUMBER() OVER (PARTITION BY c."threadId" ORDER BY c."createdAt" DESC, c."id" DESC) AS "place"
      FROM "Comment" c JOIN "CommentThread" t ON t."id" = c."threadId"
      WHERE t."programmeId" = ${programmeId} AND NOT t."resolved"
    ) ranked
    WHERE "place" <= ${take}`
  return rows.map((r) => r.id)
}

export type ThreadFilter = { roundId?: string; itemId?: string | null }

/** The threads of a programme (optionally of one round or one item), newest activity last, each with its latest page. */
export async function listThreads(db: Db, programmeId: string, filter: ThreadFilter = {}): Promise<ThreadView[]> {
  const threads = await db.commentThread.findMany({
    where: { programmeId, ...(filter.roundId ? { roundId: filter.roundId } : {}), ...(filter.itemId !== undefined ? { itemId: filter.itemId } : {}) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { item: { select: { title: true } }, _count: { select: { comments: true } } },
  })
  const peopleIds = [...new Set(threads.flatMap((t) => [t.resolvedById, t.createdById]).filter((id): id is string => !!id))]
  const people = new Map((await db.user.findMany({ where: { id: { in: peopleIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]))
  // The latest page of each open thread only; resolved threads load theirs when opened.
  const ids = threads.length ? await latestCommentIds(db, programmeId, COMMENT_PAGE) : []
  const latest = await db.comment.findMany({ where: { id: { in: ids } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: commentSelect })
  const byThread = new Map<string, CommentView[]>()
  for (const c of latest) byThread.set(c.threadId, [...(byThread.get(c.threadId) ?? []), commentView(c)])
  return threads.map((t) => ({
    id: t.id,
    itemId: t.itemId,
    itemTitle: t.item?.title ?? t.itemTitle,
    itemRemoved: t.itemId === null && t.itemTitle !== null,
    resolved: t.resolved,
    resolvedByName: t.resolvedById ? (people.get(t.resolvedById) ?? null) : null,
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    createdById: t.createdById,
    createdByName: people.get(t.createdById) ?? '—',
    createdAt: t.createdAt.toISOString(),
    roundId: t.roundId,
    commentCount: t._count.comments,
    comments: byThread.get(t.id) ?? [],
    hasEarlier: t._count.comments > (byThread.get(t.id)?.length ?? 0),
  }))
}

/** The page of comments just before `before` in a thread (the latest page without it), oldest first. */
export async function commentsBefore(db: Db | Tx, threadId: string, before?: string, take = EARLIER_PAGE) {
  const cursor = before ? await db.comment.findFirst({ where: { id: before, threadId }, select: { id: true, createdAt: true } }) : null
  if (before && !cursor) return { comments: [], hasEarlier: false }
  const rows = await db.comment.findMany({
    where: { threadId, ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}) },
    orderBy: newestFirst,
    take: take + 1,
    select: commentSelect,
  })
  return { comments: rows.slice(0, take).reverse().map(commentView), hasEarlier: rows.length > take }
}

/** For the editor: how many threads each item has, and how many of them are still open. */
export async function countThreadsByItem(db: Db, programmeId: string): Promise<Record<string, { open: number; total: number }>> {
  const groups = await db.commentThread.groupBy({ by: ['itemId', 'resolved'], where: { programmeId, itemId: { not: null } }, _count: { _all: true } })
  const out: Record<string, { open: number; total: number }> = {}
  for (const g of groups) {
    const counts = (out[g.itemId!] ??= { open: 0, total: 0 })
    counts.total += g._count._all
    if (!g.resolved) counts.open += g._count._all
  }
  return out
}
