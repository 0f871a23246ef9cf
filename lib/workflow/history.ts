// The programme's history: every audit event (who, when, what), newest first, a page at a time.
import 'server-only'
import type { Db } from '@/lib/db'

export type HistoryEvent = { id: string; at: string; who: string | null; action: string; detail: Record<string, unknown> }

export const HISTORY_PAGE = 100

export async function listHistory(db: Db, programmeId: string, { before, take = HISTORY_PAGE }: { before?: string; take?: number } = {}) {
  const cursor = before ? await db.auditEvent.findFirst({ where: { id: before, programmeId }, select: { id: true, createdAt: true } }) : null
  const rows = await db.auditEvent.findMany({
    where: { programmeId, ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: take + 1,
    include: { user: { select: { name: true } } },
  })
  const events: HistoryEvent[] = rows.slice(0, take).map((e) => ({
    id: e.id,
    at: e.createdAt.toISOString(),
    who: e.user?.name ?? null,
    action: e.action,
    detail: e.detail && typeof e.detail === 'object' && !Array.isArray(e.detail) ? (e.detail as Record<string, unknown>) : {},
  }))
  return { events, nextCursor: rows.length > take ? events.at(-1)!.id : null }
}
