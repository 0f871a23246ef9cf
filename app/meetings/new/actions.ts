'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { defineAction, NotFound, Refusal } from '@/lib/actions'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'
import { createBlankProgramme, createFromPreviousYear, FirstDayRefused, importProgramme, InvalidImport, YearTaken, type CreatedProgramme } from '@/lib/meetings/create'
import type { ImportProblem } from '@/lib/meetings/new-programme'
import type { SchemaFinding } from '@/lib/programme'
import { BlankSchema, FromPreviousSchema, ImportSchema } from './schema'

// Thin wrappers: the policy, the one-programme-a-year check and the audit are in lib/meetings/create.ts.
// Here the refusals are said in the user's language, and a created programme opens at once.

async function created(create: () => Promise<CreatedProgramme>): Promise<never> {
  let programme: CreatedProgramme
  try {
    programme = await create()
  } catch (e) {
    const t = await getT()
    if (e instanceof YearTaken) throw new Refusal(t('create.errors.yearTaken', { year: e.year }))
    if (e instanceof FirstDayRefused) throw new Refusal(t(`create.errors.firstDay.${e.problem}`))
    if (e instanceof NotFound) throw new NotFound(t('create.errors.noSource'))
    throw e
  }
  revalidatePath('/meetings')
  redirect(`/meetings/${programme.year}`)
}

export const createBlankAction = defineAction(BlankSchema, (user, input) => created(() => createBlankProgramme(db(), user, input)))

export const createFromPreviousAction = defineAction(FromPreviousSchema, (user, input) =>
  created(() => createFromPreviousYear(db(), user, { fromYear: input.fromYear, year: input.year, firstDay: input.firstDayMode === 'chosen' ? input.firstDay : null })),
)

/** Not saved, and why: the schema findings of the file, each naming its field. */
export type ImportRefusal = { problem: ImportProblem; findings: SchemaFinding[]; detail?: string }

export const importAction = defineAction(ImportSchema, async (user, input): Promise<ImportRefusal> => {
  try {
    return await created(() => importProgramme(db(), user, input))
  } catch (e) {
    if (e instanceof InvalidImport) return { problem: e.problem, findings: e.findings, detail: e.detail }
    throw e
  }
})
