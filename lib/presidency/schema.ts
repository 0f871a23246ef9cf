// The President of a year, as the ISU enters it: the form's schema is the action's.
import { z } from 'zod'
import { fieldError } from '@/lib/field-errors'
import { LIMITS, MAX_YEAR, MIN_YEAR, characters } from '@/lib/programme'

export const SavePresidentSchema = z.object({
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
  president: z
    .string()
    .trim()
    .min(1)
    .refine((name) => characters(name) <= LIMITS.label, { message: fieldError('tooLong', { maximum: LIMITS.label }) }),
  /** ISO 3166-1 alpha-3 code of the President's State, or empty. */
  state: z
    .string()
    .trim()
    .transform((code) => code.toUpperCase())
    .refine((code) => code === '' || /^[A-Z]{3}$/.test(code), { message: 'Three letters (ISO 3166-1 alpha-3), for example JPN.' })
    .transform((code) => code || null),
  /** The version the form started from; null for a year with no President entered yet. */
  version: z.number().int().nullable(),
})
export type SavePresidentInput = z.input<typeof SavePresidentSchema>
