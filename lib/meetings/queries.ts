// Reading programmes: what the pages show. Permission checks stay with the callers' policy calls.
import 'server-only'
import type { Db } from '@/lib/db'
import { findProgrammeDates } from '@/lib/programme-store'

export type ProgrammeSummary = {
  id: string
  year: number
  title: string
  venue: string
  format: string | null
  status: string
  revision: number
  firstDay: string | null
  lastDay: string | null
}

export async function listProgrammes(db: Db, { publishedOnly }: { publishedOnly: boolean }): Promise<ProgrammeSummary[]> {
  const rows = await findProgrammeDates(db, { publishedOnly })
  return rows.map(({ days, ...p }) => ({
    id: p.id,
    year: p.year,
    title: p.title,
    venue: p.venue,
    format: p.format,
    status: p.status,
    revision: p.revision,
    firstDay: days[0]?.date ?? null,
    lastDay: days.at(-1)?.date ?? null,
  }))
}
