// Creating a year's programme three ways: blank, from a previous year, or from an imported file.
// Each asks the policy, writes in one transaction with an audit event, and keeps one programme a year.
import { NotFound, Refusal } from '@/lib/actions'
import { audit } from '@/lib/audit'
import { authorize, canView, Forbidden } from '@/lib/auth/policy'
import type { Db } from '@/lib/db'
import type { IsoDate, Programme, SchemaFinding } from '@/lib/programme'
import type { SessionUser } from '@/lib/users'
import { createProgrammeFromDocument, documentFromProgramme } from './documents'
import { blankDocument, copiedDocument, firstDayProblem, readImport, type CreationMode, type ImportProblem } from './new-programme'
import { findProgrammeByYear } from './queries'

export type CreateBlankInput = { year: number }
export type CreateFromPreviousInput = { fromYear: number; year: number; firstDay?: IsoDate | null }
export type ImportInput = { text: string }
export type CreatedProgramme = { id: string; year: number }

/** One year, one programme: the year asked for has one already. */
export class YearTaken extends Refusal {
  constructor(public readonly year: number) {
    super(`There is already a programme for ${year}. Open it, or choose another year.`)
  }
}

/** The chosen first day cannot start the new year's programme. */
export class FirstDayRefused extends Refusal {
  constructor(public readonly problem: NonNullable<ReturnType<typeof firstDayProblem>>) {
    super(`The first day must be a weekday (Monday to Friday) of the new year (${problem}).`)
  }
}

/** The imported file is not a programme; nothing was saved. */
export class InvalidImport extends Refusal {
  constructor(
    public readonly problem: ImportProblem,
    public readonly findings: SchemaFinding[],
    public readonly detail?: string,
  ) {
    super(`The file is not a valid programme (${problem}): nothing was saved.`)
  }
}

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002'

async function store(db: Db, user: SessionUser, doc: Programme, mode: CreationMode, fromYear: number | null): Promise<CreatedProgramme> {
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.programme.findUnique({ where: { year: doc.year }, select: { id: true } })) throw new YearTaken(doc.year)
      const programme = await createProgrammeFromDocument(tx, doc)
      await audit(tx, user.id, 'programme.created', programme.id, { mode, fromYear })
      return { id: programme.id, year: programme.year }
    })
  } catch (e) {
    // Two people creating the same year at once: the unique year decides, the second hears why.
    if (isUniqueViolation(e)) throw new YearTaken(doc.year)
    throw e
  }
}

/** A blank programme: title and venue by default, two days of the third week of June, no item. */
export async function createBlankProgramme(db: Db, user: SessionUser, input: CreateBlankInput): Promise<CreatedProgramme> {
  authorize(user, 'programme.create')
  return store(db, user, blankDocument(input.year), 'blank', null)
}

/** A previous year's programme moved to a new year, its format left to be decided again. */
export async function createFromPreviousYear(db: Db, user: SessionUser, input: CreateFromPreviousInput): Promise<CreatedProgramme> {
  authorize(user, 'programme.create')
  const source = await findProgrammeByYear(db, input.fromYear)
  if (!source) throw new NotFound(`There is no programme for ${input.fromYear} to start from.`)
  if (!canView(user, source)) throw new Forbidden('programme.viewDraft')
  if (input.firstDay) {
    const problem = firstDayProblem(input.firstDay, input.year)
    if (problem) throw new FirstDayRefused(problem)
  }
  return store(db, user, copiedDocument(documentFromProgramme(source), input.year, input.firstDay), 'previous', input.fromYear)
}

/** A programme from a file in the interchange format; its year comes from the file. */
export async function importProgramme(db: Db, user: SessionUser, input: ImportInput): Promise<CreatedProgramme> {
  authorize(user, 'programme.create')
  const reading = readImport(input.text)
  if (!reading.ok) throw new InvalidImport(reading.problem, reading.findings, reading.detail)
  return store(db, user, reading.programme, 'import', null)
}
