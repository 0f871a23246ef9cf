// The list of years: every programme with its document, read in one query, and what the rulebook
// finds in each (the counts the list shows).
import type { Db } from '@/lib/db'
import type { Programme } from '@/lib/programme'
import { checkProgramme, type Finding } from '@/lib/rules'
import { documentFromProgramme } from './documents'
import type { ProgrammeSummary } from './queries'

export type FindingCounts = { errors: number; warnings: number; infos: number }

export type YearOverview = ProgrammeSummary & { findings: FindingCounts }

/** Every programme (newest first) with its days, items and other meetings, in one query, and its document. */
export async function listProgrammesWithDocuments(db: Db, { publishedOnly = false }: { publishedOnly?: boolean } = {}) {
  const rows = await db.programme.findMany({
    where: publishedOnly ? { status: 'published' } : undefined,
    orderBy: { year: 'desc' },
    include: {
      days: { orderBy: { date: 'asc' }, include: { items: { orderBy: { position: 'asc' } } } },
      otherMeetings: { orderBy: { start: 'asc' } },
    },
  })
  return rows.map((row) => ({ row, document: documentFromProgramme(row) }))
}

/** Each year's meeting days (for the creation form's preview of a copied programme), in one query. */
export async function listYearDates(db: Db): Promise<{ year: number; status: string; dates: string[] }[]> {
  const rows = await db.programme.findMany({ orderBy: { year: 'desc' }, select: { year: true, status: true, days: { select: { date: true }, orderBy: { date: 'asc' } } } })
  return rows.map((r) => ({ year: r.year, status: r.status, dates: r.days.map((d) => d.date) }))
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0 }
  for (const f of findings) {
    if (f.level === 'error') counts.errors += 1
    else if (f.level === 'warning') counts.warnings += 1
    else counts.infos += 1
  }
  return counts
}

/** The years as the list shows them. The stored document is checked as a file would be (schema first). */
export async function listYears(db: Db, options: { publishedOnly?: boolean } = {}): Promise<YearOverview[]> {
  const programmes = await listProgrammesWithDocuments(db, options)
  return programmes.map(({ row, document }) => overviewOf(row, document))
}

function overviewOf(row: { id: string; year: number; title: string; venue: string; format: string | null; status: string; revision: number }, document: Programme): YearOverview {
  const dates = document.days.map((d) => d.date).sort()
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    venue: row.venue,
    format: row.format,
    status: row.status,
    revision: row.revision,
    firstDay: dates[0] ?? null,
    lastDay: dates.at(-1) ?? null,
    findings: countFindings(checkProgramme(document)),
  }
}
