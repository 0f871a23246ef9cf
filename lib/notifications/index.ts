// The person's notifications: the list in the application, the unread count, marking them read.
// They are written by lib/mail/notify with the change that caused them.
import 'server-only'
import type { Db, Tx } from '@/lib/db'

export type NotificationView = { id: string; kind: string; title: string; body: string; link: string | null; createdAt: string; read: boolean }

export async function listNotifications(db: Db, userId: string, { take = 50, before }: { take?: number; before?: string } = {}) {
  const cursor = before ? await db.notification.findFirst({ where: { id: before, userId }, select: { createdAt: true, id: true } }) : null
  const rows = await db.notification.findMany({
    where: { userId, ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: take + 1,
  })
  const views: NotificationView[] = rows.slice(0, take).map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  }))
  return { notifications: views, nextCursor: rows.length > take ? views.at(-1)!.id : null }
}

export function countUnread(db: Db, userId: string) {
  return db.notification.count({ where: { userId, readAt: null } })
}

/** Marks the user's own notifications read: the ones named, or all. Returns the link of a single one. */
export async function markRead(db: Db | Tx, userId: string, ids: readonly string[] | 'all', now = new Date()) {
  const where = ids === 'all' ? { userId, readAt: null } : { userId, id: { in: [...ids] }, readAt: null }
  const { count } = await db.notification.updateMany({ where, data: { readAt: now } })
  return count
}

/** The person's unread notifications that point at a thread, by thread: the "New" mark of each thread. */
export async function unreadByThread(db: Db, userId: string): Promise<Record<string, string[]>> {
  const rows = await db.notification.findMany({ where: { userId, readAt: null, link: { contains: '#thread-' } }, select: { id: true, link: true }, take: 500 })
  const out: Record<string, string[]> = {}
  for (const n of rows) {
    const threadId = /#thread-([\w-]+)$/.exec(n.link ?? '')?.[1]
    if (threadId) (out[threadId] ??= []).push(n.id)
  }
  return out
}
