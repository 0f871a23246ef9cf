// Time, counted, of stored programmes: the editor and the approval page show a year beside the year
// before it; /meetings/time and its CSV show every year in the database. The counting itself is
// lib/programme's countMeetingTime, the same the editor runs on the draft being typed.
import 'server-only'
import type { Db } from '@/lib/db'
import { documentFromProgramme } from '@/lib/meetings/documents'
import { countMeetingTime, type MeetingTime } from '@/lib/programme'
import { findProgrammeBefore, findProgrammes, type StoredProgramme } from '@/lib/programme-store'

export type YearTime = MeetingTime & { status: string }

export const timeOfProgramme = (row: StoredProgramme): YearTime => ({ ...countMeetingTime(documentFromProgramme(row)), status: row.status })

/** The count of the latest programme before `year` (whatever its status), or null when there is none. */
export async function timeOfYearBefore(database: Db, year: number): Promise<YearTime | null> {
  const row = await findProgrammeBefore(database, year)
  return row ? timeOfProgramme(row) : null
}

/** Every programme's count, oldest year first (the chart reads left to right). */
export async function timeOfEveryYear(database: Db): Promise<YearTime[]> {
  const rows = await findProgrammes(database)
  return rows.map(timeOfProgramme).sort((a, b) => a.year - b.year)
}
