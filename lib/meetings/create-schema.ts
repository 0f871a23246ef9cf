// The creation form's schemas, shared by the form (a courtesy check) and the server actions (the check
// that counts). Messages are keys of the translation catalogue (lib/i18n/messages, namespace `create`).
import { z } from 'zod'
import { MAX_YEAR, MIN_YEAR } from '@/lib/programme'
import { byteLength, firstDayProblem, MAX_IMPORT_BYTES } from './new-programme'

const year = z
  .number({ error: 'create.errors.year' })
  .int('create.errors.year')
  .min(MIN_YEAR, 'create.errors.year')
  .max(MAX_YEAR, 'create.errors.year')

export const BlankSchema = z.object({ year })
export type BlankInput = z.input<typeof BlankSchema>

export const FIRST_DAY_MODES = ['same-week', 'chosen'] as const

export const FromPreviousSchema = z
  .object({
    fromYear: year,
    year,
    firstDayMode: z.enum(FIRST_DAY_MODES),
    firstDay: z.string().max(10),
  })
  .superRefine((v, ctx) => {
    if (v.fromYear === v.year) ctx.addIssue({ code: 'custom', path: ['year'], message: 'create.errors.sameYear' })
    if (v.firstDayMode !== 'chosen') return
    const problem = firstDayProblem(v.firstDay, v.year)
    if (problem) ctx.addIssue({ code: 'custom', path: ['firstDay'], message: `create.errors.firstDay.${problem}` })
  })
export type FromPreviousInput = z.input<typeof FromPreviousSchema>

export const ImportSchema = z.object({
  text: z
    .string()
    .refine((text) => text.trim() !== '', 'create.errors.importEmpty')
    .refine((text) => byteLength(text) <= MAX_IMPORT_BYTES, 'create.errors.tooLarge'),
})
export type ImportFormInput = z.input<typeof ImportSchema>

/** What the server takes to copy a year: the first day, when one was chosen (checked with a reason). */
export const CreateFromPreviousSchema = z.object({ fromYear: year, year, firstDay: z.string().max(10).nullish() })

/** What the server takes to import: any text, read with a reason for what is wrong (lib/meetings/new-programme `readImport`). */
export const ImportTextSchema = z.object({ text: z.string() })
