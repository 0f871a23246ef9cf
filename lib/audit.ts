// The record of who did what: every change of status, decision, answer and edit writes one event.
import type { Prisma } from '@/generated/sqlite/client'
import type { Db, Tx } from '@/lib/db'

export type AuditDetail = Prisma.InputJsonObject

export async function audit(db: Db | Tx, userId: string | null, action: string, programmeId: string | null, detail: AuditDetail = {}) {
  await db.auditEvent.create({ data: { userId, action, programmeId, detail } })
}
