// Creating a year's programme three ways: blank, from a previous year, or from an imported file.
// Each is a mutation of the one pipeline (about no programme yet), writes with an audit event, and
// keeps one programme a year.
import 'server-only'
import { mutation, type MutationContext } from '@/lib/actions'
import { canView, Forbidden } from '@/lib/auth/policy'
import { NotFound, Refusal } from '@/lib/failures'
import type { Programme, SchemaFinding } from '@/lib/programme'
import { findProgrammeByYear, findProgrammeHeadByYear } from '@/lib/programme-store'
import { createProgrammeFromDocument, documentFromProgramme } from './documents'
import { blankDocument, copiedDocument, firstDayProblem, readImport, type CreationMode, type ImportProblem } from './new-programme'
import { BlankSchema, CreateFromPreviousSchema, ImportTextSchema } from './create-schema'

export type CreatedProgramme = { id: string; year: number }

/** One year, one programme: the year asked for has one already. */
export class YearTaken extends Refusal {
  constructor(public readonly year: number) {
    super('yearTaken', { year })
  }
}

/** The chosen first day cannot start the new year's programme. */
export class FirstDayRefused extends Refusal {
  constructor(public readonly problem: NonNullable<ReturnType<typeof firstDayProblem>>) {
    super(({ 'not-a-date': 'firstDayNotADate', 'other-year': 'firstDayOtherYear', weekend: 'firstDayWeekend' } as const)[problem])
  }
}

/** The imported file is not a programme; nothing was saved. */
export class InvalidImport extends Refusal {
  constructor(
    public readonly problem: ImportProblem,
    public readonly findings: SchemaFinding[],
    public readonly detail?: string,
  ) {
    super('invalidImport', { problem })
    this.details = { problem, findings, ...(detail !== undefined ? { detail } : {}) }
  }
}

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002'

async function store({ tx, audit }: MutationContext<null>, doc: Programme, mode: CreationMode, fromYear: number | null): Promise<CreatedProgramme> {
  if (await findProgrammeHeadByYear(tx, doc.year)) throw new YearTaken(doc.year)
  try {
    const programme = await createProgrammeFromDocument(tx, doc)
    await audit('programme.created', { mode, fromYear }, programme.id)
    return { id: programme.id, year: programme.year }
  } catch (e) {
    // Two people creating the same year at once: the unique year decides, the second hears why.
    if (isUniqueViolation(e)) throw new YearTaken(doc.year)
    throw e
  }
}

const creation = { permission: 'programme.create', programme: null } as const

/** A blank programme: title and venue by default, two days of the third week of June, no item. */
export const createBlankProgramme = mutation({
  ...creation,
  schema: BlankSchema,
  run: (ctx, input) => store(ctx, blankDocument(input.year), 'blank', null),
})

/** A previous year's programme moved to a new year, its format left to be decided again. */
export const createFromPreviousYear = mutation({
  ...creation,
  schema: CreateFromPreviousSchema,
  async run(ctx, input) {
    const source = await findProgrammeByYear(ctx.tx, input.fromYear)
    if (!source) throw new NotFound('noSourceYear', { year: input.fromYear })
    if (!canView(ctx.user, source)) throw new Forbidden('programme.viewDraft')
    const firstDay = input.firstDay ?? null
    if (firstDay) {
      const problem = firstDayProblem(firstDay, input.year)
      if (problem) throw new FirstDayRefused(problem)
    }
    return store(ctx, copiedDocument(documentFromProgramme(source), input.year, firstDay), 'previous', input.fromYear)
  },
})

/** A programme from a file in the interchange format; its year comes from the file. */
export const importProgramme = mutation({
  ...creation,
  schema: ImportTextSchema,
  async run(ctx, input) {
    const reading = readImport(input.text)
    if (!reading.ok) throw new InvalidImport(reading.problem, reading.findings, reading.detail)
    return store(ctx, reading.programme, 'import', null)
  },
})
