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
import { unanswered, type ConsultationRecord } from '@/lib/consultation/record'
import { everyoneInTheLoop } from '@/lib/mail/notify'
import { ApproveSchema, findingKey, reviewForApproval } from './approval'
import { notificationText } from '@/lib/mail/notification-words'

/** What the Committee reads in the approval notice: each round's outcome, each objection and how it was answered. */
export function approvalNotice(record: ConsultationRecord): string {
  const lines: string[] = []
  if (!record.rounds.length) lines.push('The Committee was not consulted in a round of this application for this revision.')
  for (const r of record.rounds) lines.push(`Consultation round of ${r.createdAt.slice(0, 10)}: ${r.outcome ?? r.status}.${r.outcomeStatement ? ` ${r.outcomeStatement}` : ''}`)
  for (const o of record.objections) {
    lines.push(`Objection of ${o.memberName}${o.itemTitle ? ` on “${o.itemTitle}”` : ''}: ${o.text.slice(0, 300)}`)
    lines.push(o.answeredBy ? `  Answered by ${o.answeredBy.name}: ${o.answeredBy.excerpt}` : `  The President's reason for going ahead: ${o.reason ?? ''}`)
  }
  return lines.join('\n')
}

export const StatusChangeSchema = z.object({ programmeId: z.string().min(1).max(64), version: z.number().int() })
export type StatusChangeInput = z.input<typeof StatusChangeSchema>

const onProgramme = { programme: (_tx: unknown, input: { programmeId: string }) => input.programmeId } as const

export const approveProgramme = mutation({
  ...onProgramme,
  schema: ApproveSchema,
  permission: 'programme.approve',
  version: (input) => input.version,
  async run({ tx, user, programme: before, now, audit, notify }, data) {
    // A round whose deadline has passed is closed first, with its outcome, so the approval sees it closed.
    await closeDueRounds(tx, before.id, now, notify)
    const review = await reviewForApproval(tx, before.id, now)
    if (review.fingerprint !== data.fingerprint) {
      throw new Conflict({ status: before.status, version: before.version, revision: before.revision, reason: 'changed' })
    }
    if (review.openRound) throw new Refusal('roundOpenNoApproval', { deadline: review.openRound.deadline })
    if (review.errors.length) throw new Refusal('approvalErrors', { count: review.errors.length, messages: review.errors.map((f) => f.message).join(' ') })
    const acknowledged = new Set(data.acknowledged)
    const missing = review.warnings.filter((w) => !acknowledged.has(findingKey(w)))
    if (missing.length) throw new Refusal('warningsNotAcknowledged', { count: missing.length, total: review.warnings.length })
    // A standing objection is answered in its thread, or the President says why the programme goes ahead.
    const reasons = new Map(data.objectionReasons.map((r) => [r.responseId, r.reason]))
    const waiting = unanswered(review.consultation, reasons)
    if (waiting.length) throw new Refusal('objectionsUnanswered', { count: waiting.length, members: waiting.map((o) => o.memberName).join(', ') })
    const consultation = {
      ...review.consultation,
      objections: review.consultation.objections.map((o) => (o.answeredBy ? o : { ...o, reason: reasons.get(o.responseId)!.trim() })),
    }

    // A published revision is never approved again in place: a change needs a new revision.
    const published = await tx.revision.findFirst({ where: { programmeId: before.id, number: before.revision, publishedAt: { not: null } }, select: { id: true } })
    if (published) throw new Conflict({ status: before.status, version: before.version, revision: before.revision })
    const after = await changeUnderLock(tx, before.id, before.version, { status: 'approved' })
    const symbol = documentSymbol(before.symbol, before.revision).fullSymbol
    const warnings = review.warnings.map((w) => ({ rule: w.rule, path: w.path, message: w.message, source: w.source, params: w.params }))
    const snapshot = JSON.parse(JSON.stringify(review.snapshot))
    await tx.revision.upsert({
      where: { programmeId_number: { programmeId: before.id, number: before.revision } },
      create: { programmeId: before.id, number: before.revision, symbol, snapshot, acknowledged: warnings, consultation, createdById: user.id, createdAt: now },
      update: { symbol, snapshot, acknowledged: warnings, consultation, createdById: user.id, createdAt: now, publishedAt: null },
    })
    for (const w of warnings) await audit('warning.acknowledged', { ...w, revision: before.revision, symbol })
    for (const o of consultation.objections) {
      await audit('objection.answered', {
        revision: before.revision,
        member: o.memberName,
        objection: o.text.slice(0, 300),
        ...(o.itemTitle ? { itemTitle: o.itemTitle } : {}),
        ...(o.answeredBy ? { answeredBy: o.answeredBy.name, answer: o.answeredBy.excerpt } : { reason: o.reason ?? '' }),
      })
    }
    await audit('programme.approved', {
      from: before.status,
      to: 'approved',
      revision: before.revision,
      symbol,
      acknowledged: warnings.length,
      rounds: consultation.rounds.map((r) => `${r.outcome ?? r.status}${r.objections ? ` (${r.objections})` : ''}`).join('; '),
      objections: consultation.objections.length,
    })
    await notify(await everyoneInTheLoop(tx, user.id, before.year), {
      kind: 'programme.approved',
      title: notificationText('approved', { name: user.name, year: before.year, symbol }),
      body: approvalNotice(consultation),
      link: `/meetings/${before.year}/approve`,
    })
    return { status: after.status, version: after.version, revision: before.revision, symbol, year: before.year }
  },
})

export const publishProgramme = mutation({
  ...onProgramme,
  schema: StatusChangeSchema,
  permission: 'programme.publish',
  async run({ tx, user, programme: before, now, audit, notify }, data) {
    const after = await changeUnderLock(tx, before.id, data.version, { status: 'published' })
    const { count } = await tx.revision.updateMany({ where: { programmeId: before.id, number: before.revision, publishedAt: null }, data: { publishedAt: now } })
    if (count !== 1) throw new Refusal('noApprovedSnapshot')
    // The release: what was approved, frozen for the public until the next one is published.
    const approved = await tx.revision.findUniqueOrThrow({ where: { programmeId_number: { programmeId: before.id, number: before.revision } }, select: { snapshot: true } })
    const release = await createRelease(tx, { programmeId: before.id, number: before.revision, symbol: before.symbol, snapshot: approved.snapshot, now, userId: user.id })
    const symbol = documentSymbol(before.symbol, before.revision).fullSymbol
    await audit('programme.published', { from: before.status, to: 'published', revision: before.revision, symbol, issuedOn: release.issuedOn })
    await notify(await everyoneInTheLoop(tx, user.id, before.year), {
      kind: 'programme.published',
      title: notificationText('published', { name: user.name, year: before.year, symbol }),
      body: '',
      link: `/programme/${before.year}`,
    })
    return { status: after.status, version: after.version, year: before.year }
  },
})

/** Back to draft: from consultation (an open round closes) or from an approval not yet published (withdrawn). */
export const returnToDraft = mutation({
  ...onProgramme,
  schema: StatusChangeSchema,
  permission: 'programme.backToDraft',
  async run({ tx, user, programme: before, now, audit, notify }, data) {
    const after = await changeUnderLock(tx, before.id, data.version, { status: 'draft' })
    const open = await tx.consultationRound.findMany({ where: { programmeId: before.id, status: 'open' } })
    for (const round of open) await closeRoundInTx(tx, round, user, now, { reason: 'The programme went back to draft.', send: notify })
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
  async run({ tx, user, programme: before, audit, notify }, input) {
    const after = await changeUnderLock(tx, before.id, input.version, { status: 'draft', revision: { increment: 1 } })
    const symbol = documentSymbol(before.symbol, after.revision).fullSymbol
    await audit('revision.started', { from: before.status, to: 'draft', revision: after.revision, symbol, previous: documentSymbol(before.symbol, before.revision).fullSymbol })
    await notify(await everyoneInTheLoop(tx, user.id, before.year), {
      kind: 'revision.started',
      title: notificationText('newRevision', { name: user.name, year: before.year, symbol }),
      body: '',
      link: `/meetings/${before.year}`,
    })
    return { status: after.status, version: after.version, revision: after.revision, symbol, year: before.year }
  },
})
