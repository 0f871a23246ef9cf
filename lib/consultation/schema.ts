// The inputs of the consultation actions, shared by the forms and the server.
import { z } from 'zod'
import { MAX_COMMENT_LENGTH } from '@/lib/comments/text'
import { ANSWERS } from './outcome'
import { genevaLocalToInstant } from '@/lib/geneva-time'

const Id = z.string().min(1).max(64)

/** A deadline as a form sends it (`YYYY-MM-DDTHH:MM`, Geneva time) or as an instant (tests, scripts). */
export const DeadlineSchema = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const instant = value instanceof Date ? value : /Z|[+-]\d\d:\d\d$/.test(value) ? new Date(value) : genevaLocalToInstant(value)
  if (!instant || Number.isNaN(instant.getTime())) {
    ctx.addIssue({ code: 'custom', message: 'Enter the deadline as a date and a time.' })
    return z.NEVER
  }
  return instant
})

export const OpenRoundSchema = z.object({
  programmeId: Id,
  version: z.number().int(),
  message: z.string().trim().min(1, 'Write a message to the Committee.').max(MAX_COMMENT_LENGTH),
  deadline: DeadlineSchema,
  silenceProcedure: z.boolean().default(true),
})

export const RespondSchema = z
  .object({
    roundId: Id,
    answer: z.enum(ANSWERS, { message: 'Choose an answer.' }),
    note: z.string().trim().max(MAX_COMMENT_LENGTH).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.answer !== 'no-objection' && !v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: v.answer === 'objection' ? 'Say what you object to.' : 'Write your comments.' })
    }
  })

export const CloseRoundSchema = z.object({ roundId: Id })

export type OpenRoundInput = z.input<typeof OpenRoundSchema>
export type RespondInput = z.input<typeof RespondSchema>
export type CloseRoundInput = z.input<typeof CloseRoundSchema>
