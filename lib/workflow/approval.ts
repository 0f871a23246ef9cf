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

export { findingKey } from './finding-key'

export const ApproveSchema = z.object({
  programmeId: z.string().min(1).max(64),
  version: z.number().int(),
  /** The fingerprint of the programme the President reviewed. */
  fingerprint: z.string().min(1).max(64),
  /** The keys of the warnings acknowledged, one by one. */
  acknowledged: z.array(z.string().max(2000)).max(500).default([]),
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
    symbol: documentSymbol(row.year, row.revision).fullSymbol,
    fingerprint: fingerprintOf(snapshot),
    snapshot,
    errors: findings.filter((f) => f.level === 'error'),
    warnings: findings.filter((f) => f.level === 'warning'),
    infos: findings.filter((f) => f.level === 'info'),
    omitted,
    openRound,
  }
}
