// The programme's status: draft -> consultation -> approved -> published, and back where it makes sense.
//   draft -> consultation          opening a consultation round (lib/consultation/rounds)
//   draft|consultation -> approved the President, with no error and every warning acknowledged; a snapshot is kept
//   approved -> published          the President
//   consultation|approved -> draft the President (an open round is closed; an unpublished approval is withdrawn)
//   approved|published -> draft    a new revision (Rev.1, Rev.2 ...), by the President or the ISU
// Each step asks the policy, checks the version the user saw, and is recorded in the audit.
import 'server-only'
import { z } from 'zod'
import { mutation } from '@/lib/actions'
import { closeDueRounds, closeRoundInTx } from '@/lib/consultation/rounds'
import { Conflict, Refusal } from '@/lib/failures'
import { documentSymbol } from '@/lib/publication/symbol'
import { changeUnderLock } from '@/lib/programme-store'
import { createRelease } from '@/lib/publication/release-writes'
import { ApproveSchema, findingKey, reviewForApproval } from './approval'

export const StatusChangeSchema = z.object({ programmeId: z.string().min(1).max(64), version: z.number().int() })
export type StatusChangeInput = z.input<typeof StatusChangeSchema>

const onProgramme = { programme: (_tx: unknown, input: { programmeId: string }) => input.programmeId } as const

export const approveProgramme = mutation({
  ...onProgramme,
  schema: ApproveSchema,
  permission: 'programme.approve',
  version: (input) => input.version,
  async run({ tx, user, programme: before, now, audit }, data) {
    // A round whose deadline has passed is closed first, with its outcome, so the approval sees it closed.
    await closeDueRounds(tx, before.id, now)
    const review = await reviewForApproval(tx, before.id, now)
    if (review.fingerprint !== data.fingerprint) {
      throw new Conflict({ status: before.status, version: before.version, revision: before.revision, reason: 'changed' })
    }
    if (review.openRound) throw new Refusal('roundOpenNoApproval', { deadline: review.openRound.deadline })
    if (review.errors.length) throw new Refusal('approvalErrors', { count: review.errors.length, messages: review.errors.map((f) => f.message).join(' ') })
    const acknowledged = new Set(data.acknowledged)
    const missing = review.warnings.filter((w) => !acknowledged.has(findingKey(w)))
    if (missing.length) throw new Refusal('warningsNotAcknowledged', { count: missing.length, total: review.warnings.length })

    // A published revision is never approved again in place: a change needs a new revision.
    const published = await tx.revision.findFirst({ where: { programmeId: before.id, number: before.revision, publishedAt: { not: null } }, select: { id: true } })
    if (published) throw new Conflict({ status: before.status, version: before.version, revision: before.revision })
    const after = await changeUnderLock(tx, before.id, before.version, { status: 'approved' })
    const symbol = documentSymbol(before.year, before.revision).fullSymbol
    const warnings = review.warnings.map((w) => ({ rule: w.rule, path: w.path, message: w.message, source: w.source }))
    const snapshot = JSON.parse(JSON.stringify(review.snapshot))
    await tx.revision.upsert({
      where: { programmeId_number: { programmeId: before.id, number: before.revision } },
      create: { programmeId: before.id, number: before.revision, symbol, snapshot, acknowledged: warnings, createdById: user.id, createdAt: now },
      update: { symbol, snapshot, acknowledged: warnings, createdById: user.id, createdAt: now, publishedAt: null },
    })
    for (const w of warnings) await audit('warning.acknowledged', { ...w, revision: before.revision, symbol })
    await audit('programme.approved', { from: before.status, to: 'approved', revision: before.revision, symbol, acknowledged: warnings.length })
    return { status: after.status, version: after.version, revision: before.revision, symbol, year: before.year }
  },
})

export const publishProgramme = mutation({
  ...onProgramme,
  schema: StatusChangeSchema,
  permission: 'programme.publish',
  async run({ tx, user, programme: before, now, audit }, data) {
    const after = await changeUnderLock(tx, before.id, data.version, { status: 'published' })
    const { count } = await tx.revision.updateMany({ where: { programmeId: before.id, number: before.revision, publishedAt: null }, data: { publishedAt: now } })
    if (count !== 1) throw new Refusal('noApprovedSnapshot')
    // The release: what was approved, frozen for the public until the next one is published.
    const approved = await tx.revision.findUniqueOrThrow({ where: { programmeId_number: { programmeId: before.id, number: before.revision } }, select: { snapshot: true } })
    const isuSymbol = (await tx.programme.findUniqueOrThrow({ where: { id: before.id }, select: { symbol: true } })).symbol
    const release = await createRelease(tx, { programmeId: before.id, number: before.revision, symbol: isuSymbol, snapshot: approved.snapshot, now, userId: user.id })
    const symbol = documentSymbol(before.year, before.revision).fullSymbol
    await audit('programme.published', { from: before.status, to: 'published', revision: before.revision, symbol, issuedOn: release.issuedOn })
    return { status: after.status, version: after.version, year: before.year }
  },
})

/** Back to draft: from consultation (an open round closes) or from an approval not yet published (withdrawn). */
export const returnToDraft = mutation({
  ...onProgramme,
  schema: StatusChangeSchema,
  permission: 'programme.backToDraft',
  async run({ tx, user, programme: before, now, audit }, data) {
    const after = await changeUnderLock(tx, before.id, data.version, { status: 'draft' })
    const open = await tx.consultationRound.findMany({ where: { programmeId: before.id, status: 'open' } })
    for (const round of open) await closeRoundInTx(tx, round, user, now, 'The programme went back to draft.')
    if (before.status === 'approved') {
      await tx.revision.deleteMany({ where: { programmeId: before.id, number: before.revision, publishedAt: null } })
    }
    await audit('programme.status', { from: before.status, to: 'draft', revision: before.revision, ...(before.status === 'approved' ? { approvalWithdrawn: true } : {}) })
    return { status: after.status, version: after.version, year: before.year }
  },
})

export const StartRevisionSchema = z.object({ programmeId: z.string().min(1).max(64), version: z.number().int() })

/**
 * Starts a new draft revision of an approved or published programme: Rev.1 after the original,
 * then Rev.2 ... The approved snapshots stay as they were. `version` must be the one the user saw.
 */
export const startRevision = mutation({
  ...onProgramme,
  schema: StartRevisionSchema,
  permission: 'programme.revise',
  async run({ tx, programme: before, audit }, input) {
    const after = await changeUnderLock(tx, before.id, input.version, { status: 'draft', revision: { increment: 1 } })
    const symbol = documentSymbol(before.year, after.revision).fullSymbol
    await audit('revision.started', { from: before.status, to: 'draft', revision: after.revision, symbol, previous: documentSymbol(before.year, before.revision).fullSymbol })
    return { status: after.status, version: after.version, revision: after.revision, symbol, year: before.year }
  },
})
