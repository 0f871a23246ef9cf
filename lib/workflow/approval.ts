// The approval gate: what the President sees before approving (every finding of the rulebook), and
// the checks the server makes again when the approval arrives.
import 'server-only'
import { z } from 'zod'
import type { Db, Tx } from '@/lib/db'
import { NotFound } from '@/lib/failures'
import { documentSymbol } from '@/lib/publication/symbol'
import { checkProgrammeReport, RULE_BY_ID, type Finding, type Level } from '@/lib/rules'
import { fingerprintOf, snapshotOf } from '@/lib/revisions/snapshot'
import type { Snapshot } from '@/lib/revisions/diff'
import { findProgrammeById } from '@/lib/programme-store'
import { consultationRecord, type ConsultationRecord } from '@/lib/consultation/record'

export { findingKey } from './finding-key'

export const ApproveSchema = z.object({
  programmeId: z.string().min(1).max(64),
  version: z.number().int(),
  /** The fingerprint of the programme the President reviewed. */
  fingerprint: z.string().min(1).max(64),
  /** The keys of the warnings acknowledged, one by one. */
  acknowledged: z.array(z.string().max(2000)).max(500).default([]),
  /** The President's reason for going ahead despite a standing objection no one has answered in its thread. */
  objectionReasons: z
    .array(z.object({ responseId: z.string().min(1).max(64), reason: z.string().trim().max(2000) }))
    .max(200)
    .default([]),
})
export type ApproveInput = z.input<typeof ApproveSchema>

export type ApprovalReview = {
  programme: { id: string; year: number; status: string; revision: number; version: number }
  symbol: string
  fingerprint: string
  snapshot: Snapshot
  errors: Finding[]
  warnings: Finding[]
  infos: Finding[]
  /** Findings of each level beyond the rulebook's limit per rule: counted, not listed ("and N more"). */
  omitted: Record<Level, number>
  openRound: { id: string; deadline: Date } | null
  /** The consultation of this revision: rounds, outcomes, standing objections, open threads. */
  consultation: ConsultationRecord
}

/** What the approval must know of the programme now; a round past its deadline counts as closed. */
export async function reviewForApproval(tx: Db | Tx, programmeId: string, now = new Date()): Promise<ApprovalReview> {
  const row = await findProgrammeById(tx, programmeId)
  if (!row) throw new NotFound('programmeGone')
  const snapshot = snapshotOf(row)
  const { findings, omitted: omittedByRule } = checkProgrammeReport(snapshot.document)
  const omitted: Record<Level, number> = { error: 0, warning: 0, info: 0 }
  for (const [rule, count] of Object.entries(omittedByRule)) omitted[RULE_BY_ID[rule as keyof typeof RULE_BY_ID].level] += count ?? 0
  const openRound = await tx.consultationRound.findFirst({ where: { programmeId, status: 'open', deadline: { gt: now } }, select: { id: true, deadline: true } })
  return {
    programme: { id: row.id, year: row.year, status: row.status, revision: row.revision, version: row.version },
    symbol: documentSymbol(row.symbol, row.revision).fullSymbol,
    fingerprint: fingerprintOf(snapshot),
    snapshot,
    errors: findings.filter((f) => f.level === 'error'),
    warnings: findings.filter((f) => f.level === 'warning'),
    infos: findings.filter((f) => f.level === 'info'),
    omitted,
    openRound,
    consultation: await consultationRecord(tx, programmeId, row.revision, now),
  }
}

/** The consultation as the approval of a revision recorded it; null before approval (or for an approval older than the record). */
export async function approvedConsultation(db: Db, programmeId: string, revision: number): Promise<ConsultationRecord | null> {
  const row = await db.revision.findUnique({ where: { programmeId_number: { programmeId, number: revision } }, select: { consultation: true } })
  const record = row?.consultation
  return record && typeof record === 'object' && !Array.isArray(record) ? (record as unknown as ConsultationRecord) : null
}
