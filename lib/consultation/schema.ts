// The inputs of the consultation actions, shared by the forms and the server.
import { z } from 'zod'
import { fieldError } from '@/lib/field-errors'
import { MAX_COMMENT_LENGTH } from '@/lib/comments/text'
import { ANSWERS } from './outcome'
import { genevaLocalToInstant } from '@/lib/geneva-time'

const Id = z.string().min(1).max(64)

/** An instant written in full: date, time to the minute (seconds and milliseconds optional), and its zone. */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/

/** The instant of a full ISO date-time, or null when any part of it is out of range (30 February, 25:00). */
function isoInstant(text: string): Date | null {
  const m = ISO_INSTANT.exec(text)
  if (!m) return null
  const [y, mo, d, h, mi, s = '0', oh = '0', om = '0'] = m.slice(1)
  const day = new Date(Date.UTC(+y!, +mo! - 1, +d!))
  if (day.getUTCMonth() !== +mo! - 1 || day.getUTCDate() !== +d! || +h! > 23 || +mi! > 59 || +s > 59 || +oh > 14 || +om > 59) return null
  return new Date(text)
}

/**
 * A deadline as a form sends it (`YYYY-MM-DDTHH:MM`, Geneva time) or as a full ISO instant with its
 * zone (tests, scripts), and nothing else: not `+275760-09-13T00:00:00Z` (a six-digit year, which
 * sorted before 2026 in SQLite's text), not a bare date, not a time of 25:00.
 */
export const DeadlineSchema = z.union([z.date(), z.string().trim().max(40)]).transform((value, ctx) => {
  const instant = value instanceof Date ? value : ISO_INSTANT.test(value) ? isoInstant(value) : genevaLocalToInstant(value)
  if (!instant || Number.isNaN(instant.getTime())) {
    ctx.addIssue({ code: 'custom', message: fieldError('deadline') })
    return z.NEVER
  }
  return instant
})

/** The latest deadline a round opened now may have: the same instant a year later. */
export function latestDeadline(now: Date): Date {
  const latest = new Date(now)
  latest.setUTCFullYear(latest.getUTCFullYear() + 1)
  return latest
}

/** A deadline must be after now and at most a year ahead: (now, now + 1 year]. */
export const deadlineWithinReach = (deadline: Date, now: Date) => deadline.getTime() > now.getTime() && deadline.getTime() <= latestDeadline(now).getTime()

export const OpenRoundSchema = z.object({
  programmeId: Id,
  version: z.number().int(),
  message: z.string().trim().min(1, fieldError('consultationMessage')).max(MAX_COMMENT_LENGTH),
  deadline: DeadlineSchema,
  silenceProcedure: z.boolean().default(true),
})

export const RespondSchema = z
  .object({
    roundId: Id,
    answer: z.enum(ANSWERS, { message: fieldError('answer') }),
    note: z.string().trim().max(MAX_COMMENT_LENGTH).default(''),
    /** The item the answer is about; null (or absent) for the whole programme. */
    itemId: Id.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.answer !== 'no-objection' && !v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: v.answer === 'objection' ? 'Say what you object to.' : 'Write your comments.' })
    }
  })

/** The outcome statement, a sentence or two sent to everyone invited; empty: the proposed one. */
export const OUTCOME_STATEMENT_MAX = 2000
export const CloseRoundSchema = z.object({ roundId: Id, statement: z.string().trim().max(OUTCOME_STATEMENT_MAX).default('') })

export type OpenRoundInput = z.input<typeof OpenRoundSchema>
export type RespondInput = z.input<typeof RespondSchema>
export type CloseRoundInput = z.input<typeof CloseRoundSchema>
