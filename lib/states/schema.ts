// The forms of the States feature; the same schemas parse the server actions' input.
import { z } from 'zod'
import { fieldError } from '@/lib/field-errors'
import { InvitationSchema, isIsoDate } from '@/lib/programme'

const Iso = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .refine((code) => /^[A-Z]{3}$/.test(code), { message: 'Three letters (ISO 3166-1 alpha-3).' })

export const SaveStateSchema = z.object({
  iso: Iso,
  status: z.enum(['state-party', 'signatory', 'not-party']).nullable(),
  article5Deadline: z
    .string()
    .trim()
    .refine((d) => d === '' || isIsoDate(d), { message: fieldError('dateOrEmpty') })
    .transform((d) => d || null),
  extensionPending: z.boolean(),
  article4UnderWay: z.boolean(),
  significantSurvivors: z.boolean(),
  /** The version the form started from; null for a State with no record yet. */
  version: z.number().int().nullable(),
})
export type SaveStateInput = z.input<typeof SaveStateSchema>

export const SetInvitationSchema = z.object({
  itemId: z.string().min(1).max(64),
  version: z.number().int(),
  /** The invitation to print as the item's footnote (it replaces the item's invitation, if any). */
  invited: InvitationSchema,
})
export type SetInvitationInput = z.input<typeof SetInvitationSchema>
