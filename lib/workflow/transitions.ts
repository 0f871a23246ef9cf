// The programme's status: draft -> consultation -> approved -> published, and back where it makes sense.
//   draft -> consultation          opening a consultation round (lib/consultation/rounds)
//   draft|consultation -> approved the President, with no error and every warning acknowledged; a snapshot is kept
//   approved -> published          the President
//   consultation|approved -> draft the President (an open round is closed; an unpublished approval is withdrawn)
//   approved|published -> draft    a new revision (Rev.1, Rev.2 ...), by the President or the ISU
// Each step asks the policy, checks the version the user saw, and is recorded in the audit.
import { z } from 'zod'
import { Conflict, Refusal } from '@/lib/actions'
import { audit } from '@/lib/audit'
import { authorize } from '@/lib/auth/policy'
import { closeRoundInTx } from '@/lib/consultation/rounds'
import { formatGeneva } from '@/lib/consultation/time'
import type { Db } from '@/lib/db'
import { documentSymbol } from '@/lib/publication/symbol'
import type { SessionUser } from '@/lib/users'
import { ApproveSchema, findingKey, reviewForApproval, type ApproveInput } from './approval'
import { changeUnderLock, programmeState } from './programme'

export const StatusChangeSchema = z.object({ programmeId: z.string().min(1).max(64), version: z.number().int() })
export type StatusChangeInput = z.input<typeof StatusChangeSchema>

export async function approveProgramme(db: Db, user: SessionUser, input: ApproveInput, now = new Date()) {
  const data = ApproveSchema.parse(input)
  return db.$transaction(async (tx) => {
    const before = await programmeState(tx, data.programmeId)
    authorize(user, 'programme.approve', before)
    if (before.version !== data.version) throw new Conflict({ status: before.status, version: before.version, revision: before.revision })
    const review = await reviewForApproval(tx, before.id)
    if (review.fingerprint !== data.fingerprint) {
      throw new Conflict({ status: before.status, version: before.version, revision: before.revision, reason: 'changed' })
    }
    if (review.openRound) throw new Refusal(`A consultation round is open until ${formatGeneva(review.openRound.deadline)}. Close it, or wait for its deadline, before approving.`)
    if (review.errors.length) {
      throw new Refusal(`The rulebook reports ${review.errors.length} error${review.errors.length > 1 ? 's' : ''}: ${review.errors.map((f) => f.message).join(' ')} Fix ${review.errors.length > 1 ? 'them' : 'it'} before approving.`)
    }
    const acknowledged = new Set(data.acknowledged)
    const missing = review.warnings.filter((w) => !acknowledged.has(findingKey(w)))
    if (missing.length) throw new Refusal(`Acknowledge each warning before approving: ${missing.length} of ${review.warnings.length} not acknowledged.`)

    const after = await changeUnderLock(tx, before.id, before.version, { status: 'approved' })
    const symbol = documentSymbol(before.year, before.revision).fullSymbol
    const warnings = review.warnings.map((w) => ({ rule: w.rule, path: w.path, message: w.message, source: w.source }))
    const snapshot = JSON.parse(JSON.stringify(review.snapshot))
    await tx.revision.upsert({
      where: { programmeId_number: { programmeId: before.id, number: before.revision } },
      create: { programmeId: before.id, number: before.revision, symbol, snapshot, acknowledged: warnings, createdById: user.id, createdAt: now },
      update: { symbol, snapshot, acknowledged: warnings, createdById: user.id, createdAt: now, publishedAt: null },
    })
    for (const w of warnings) await audit(tx, user.id, 'warning.acknowledged', before.id, { ...w, revision: before.revision, symbol })
    await audit(tx, user.id, 'programme.approved', before.id, { from: before.status, to: 'approved', revision: before.revision, symbol, acknowledged: warnings.length })
    return { status: after.status, version: after.version, revision: before.revision, symbol, year: before.year }
  })
}

export async function publishProgramme(db: Db, user: SessionUser, input: StatusChangeInput, now = new Date()) {
  const data = StatusChangeSchema.parse(input)
  return db.$transaction(async (tx) => {
    const before = await programmeState(tx, data.programmeId)
    authorize(user, 'programme.publish', before)
    const after = await changeUnderLock(tx, before.id, data.version, { status: 'published' })
    const { count } = await tx.revision.updateMany({ where: { programmeId: before.id, number: before.revision }, data: { publishedAt: now } })
    if (count !== 1) throw new Refusal('This revision has no approved snapshot: approve it again before publishing.')
    const symbol = documentSymbol(before.year, before.revision).fullSymbol
    await audit(tx, user.id, 'programme.published', before.id, { from: before.status, to: 'published', revision: before.revision, symbol })
    return { status: after.status, version: after.version, year: before.year }
  })
}

/** Back to draft: from consultation (an open round closes) or from an approval not yet published (withdrawn). */
export async function returnToDraft(db: Db, user: SessionUser, input: StatusChangeInput, now = new Date()) {
  const data = StatusChangeSchema.parse(input)
  return db.$transaction(async (tx) => {
    const before = await programmeState(tx, data.programmeId)
    authorize(user, 'programme.backToDraft', before)
    const after = await changeUnderLock(tx, before.id, data.version, { status: 'draft' })
    const open = await tx.consultationRound.findMany({ where: { programmeId: before.id, status: 'open' } })
    for (const round of open) await closeRoundInTx(tx, round, user, now, 'The programme went back to draft.')
    if (before.status === 'approved') {
      await tx.revision.deleteMany({ where: { programmeId: before.id, number: before.revision, publishedAt: null } })
    }
    await audit(tx, user.id, 'programme.status', before.id, { from: before.status, to: 'draft', revision: before.revision, ...(before.status === 'approved' ? { approvalWithdrawn: true } : {}) })
    return { status: after.status, version: after.version, year: before.year }
  })
}

/**
 * Starts a new draft revision of an approved or published programme: Rev.1 after the original,
 * then Rev.2 ... The approved snapshots stay as they were. The editor calls this before changing
 * such a programme. `version`, when given, must be the one the user saw.
 */
export async function startRevision(db: Db, user: SessionUser, programmeId: string, { version }: { version?: number } = {}) {
  return db.$transaction(async (tx) => {
    const before = await programmeState(tx, programmeId)
    authorize(user, 'programme.revise', before)
    const after = await changeUnderLock(tx, before.id, version ?? before.version, { status: 'draft', revision: { increment: 1 } })
    const symbol = documentSymbol(before.year, after.revision).fullSymbol
    await audit(tx, user.id, 'revision.started', before.id, { from: before.status, to: 'draft', revision: after.revision, symbol, previous: documentSymbol(before.year, before.revision).fullSymbol })
    return { status: after.status, version: after.version, revision: after.revision, symbol, year: before.year }
  })
}
