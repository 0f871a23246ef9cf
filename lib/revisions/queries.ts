// Reading revisions: the approved snapshots of a programme, and the current draft as one more.
import 'server-only'
import type { Db } from '@/lib/db'
import { documentSymbol } from '@/lib/programme/document-symbol'
import { findProgrammeById } from '@/lib/programme-store'
import type { Snapshot } from './diff'
import { readSnapshot, snapshotOf } from './snapshot'

export type RevisionSummary = {
  number: number
  symbol: string
  approvedAt: string
  approvedByName: string
  publishedAt: string | null
  /** The warnings acknowledged, as the approval kept them (rule, params, path, the English message). */
  acknowledged: Record<string, unknown>[]
}

export async function listRevisions(db: Db, programmeId: string): Promise<RevisionSummary[]> {
  const rows = await db.revision.findMany({ where: { programmeId }, orderBy: { number: 'asc' }, select: { number: true, symbol: true, createdAt: true, createdById: true, publishedAt: true, acknowledged: true } })
  const users = new Map((await db.user.findMany({ where: { id: { in: rows.map((r) => r.createdById) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]))
  return rows.map((r) => ({
    number: r.number,
    symbol: r.symbol,
    approvedAt: r.createdAt.toISOString(),
    approvedByName: users.get(r.createdById) ?? '—',
    publishedAt: r.publishedAt?.toISOString() ?? null,
    acknowledged: Array.isArray(r.acknowledged) ? (r.acknowledged as unknown[]).filter((a): a is Record<string, unknown> => !!a && typeof a === 'object' && !Array.isArray(a)) : [],
  }))
}

/** A revision's snapshot by number, or the programme as it is now ('current'). */
export async function revisionSnapshot(db: Db, programmeId: string, which: number | 'current'): Promise<{ symbol: string; snapshot: Snapshot } | null> {
  if (which === 'current') {
    const row = await findProgrammeById(db, programmeId)
    return row ? { symbol: documentSymbol(row.symbol, row.revision).fullSymbol, snapshot: snapshotOf(row) } : null
  }
  const r = await db.revision.findUnique({ where: { programmeId_number: { programmeId, number: which } }, select: { symbol: true, snapshot: true } })
  const snapshot = r ? readSnapshot(r.snapshot) : null
  return r && snapshot ? { symbol: r.symbol, snapshot } : null
}
