// Reading threads. A thread shows its latest comments; earlier ones load a page at a time, so a
// programme with hundreds of comments opens as fast as one with a few.
import type { Prisma } from '@/generated/sqlite/client'
import type { Db } from '@/lib/db'

export const COMMENT_PAGE = 5
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

/** The newest `take` comments of a thread, oldest first, and whether there are earlier ones. */
async function latestComments(db: Db, threadId: string, take: number) {
  const rows = await db.comment.findMany({ where: { threadId }, orderBy: newestFirst, take: take + 1, select: commentSelect })
  return { comments: rows.slice(0, take).reverse().map(commentView), hasEarlier: rows.length > take }
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
  // One small indexed query per thread: only its latest page is read.
  const pages = await Promise.all(threads.map((t) => latestComments(db, t.id, COMMENT_PAGE)))
  return threads.map((t, i) => ({
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
    comments: pages[i]!.comments,
    hasEarlier: pages[i]!.hasEarlier,
  }))
}

/** The page of comments just before `before` in a thread, oldest first. */
export async function commentsBefore(db: Db, threadId: string, before: string, take = EARLIER_PAGE) {
  const cursor = await db.comment.findFirst({ where: { id: before, threadId }, select: { id: true, createdAt: true } })
  if (!cursor) return { comments: [], hasEarlier: false }
  const rows = await db.comment.findMany({
    where: { threadId, OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] },
    orderBy: newestFirst,
    take: take + 1,
    select: commentSelect,
  })
  return { comments: rows.slice(0, take).reverse().map(commentView), hasEarlier: rows.length > take }
}

/** The programme a thread belongs to (for the policy), or null. */
export function threadProgramme(db: Db, threadId: string) {
  return db.commentThread.findUnique({ where: { id: threadId }, select: { programme: { select: { id: true, year: true, status: true } } } }).then((t) => t?.programme ?? null)
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
