// The list of years: every programme with its document, read in one query, and what the rulebook
// finds in each (the counts the list shows).
import 'server-only'
import type { Db } from '@/lib/db'
import type { Programme } from '@/lib/programme'
import { findProgrammeDates, findProgrammes } from '@/lib/programme-store'
import { checkProgrammeReport } from '@/lib/rules'
import { documentFromProgramme } from './documents'
import type { ProgrammeSummary } from './queries'

/** What the rulebook finds; `unchecked` when the programme could not be checked (it is shown as such). */
export type FindingCounts = { errors: number; warnings: number; infos: number; unchecked?: true }

/** `translations`: the programme's title and venue in other languages, as entered. */
export type YearOverview = ProgrammeSummary & { version: number; findings: FindingCounts; translations: Programme['translations'] }

/** Every programme (newest first) with its days, items and other meetings, in one query, and its document. */
export async function listProgrammesWithDocuments(db: Db, { publishedOnly = false }: { publishedOnly?: boolean } = {}) {
  const rows = await findProgrammes(db, { publishedOnly })
  return rows.map((row) => ({ row, document: documentFromProgramme(row) }))
}

/** Each year's meeting days (for the creation form's preview of a copied programme), in one query. */
export async function listYearDates(db: Db): Promise<{ year: number; status: string; dates: string[] }[]> {
  const rows = await findProgrammeDates(db)
  return rows.map((r) => ({ year: r.year, status: r.status, dates: r.days.map((d) => d.date) }))
}

/** The years as the list shows them. The stored document is checked as a file would be (schema first). */
export async function listYears(db: Db, options: { publishedOnly?: boolean } = {}): Promise<YearOverview[]> {
  const programmes = await listProgrammesWithDocuments(db, options)
  return programmes.map(({ row, document }) => overviewOf(row, document))
}

/** One programme that cannot be checked (a bug, a programme beyond every limit) never takes the list down. */
function findingsOf(document: Programme): FindingCounts {
  try {
    // Every finding counted, those beyond the rulebook's limit per rule included.
    const { counts } = checkProgrammeReport(document)
    return { errors: counts.error, warnings: counts.warning, infos: counts.info }
  } catch (error) {
    console.error('The rulebook failed on the programme of', document.year, error)
    return { errors: 0, warnings: 0, infos: 0, unchecked: true }
  }
}

function overviewOf(row: { id: string; year: number; title: string; venue: string; format: string | null; status: string; revision: number; version: number }, document: Programme): YearOverview {
  const dates = document.days.map((d) => d.date).sort()
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    venue: row.venue,
    format: row.format,
    status: row.status,
    revision: row.revision,
    version: row.version,
    firstDay: dates[0] ?? null,
    lastDay: dates.at(-1) ?? null,
    findings: findingsOf(document),
    translations: document.translations,
  }
}
