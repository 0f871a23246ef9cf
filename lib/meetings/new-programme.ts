// Starting a year's programme: a blank one, a previous year's moved to the new year, or an imported
// file read and checked. Pure: the creation form runs it in the browser as a courtesy, the server again.
import { addDays, carryPresidency, formatPath, isIsoDate, isWorkingDay, parseProgramme, yearOf, type IsoDate, type Programme, type SchemaFinding } from '@/lib/programme'
import { UNSTORABLE_TEXT, unstorableTextPaths } from '@/lib/storable-text'
import { moveToYear } from '@/lib/programme/move-year'

import { thirdMondayOfJune } from './calendar-weeks'

/** An imported file may be at most 1 MB (a programme is a few kilobytes). */
export const MAX_IMPORT_BYTES = 1024 * 1024

export const DEFAULT_TITLE = 'Intersessional Meetings'
export const DEFAULT_VENUE = 'Geneva'

export type CreationMode = 'blank' | 'previous' | 'import'

/** The starting point of a blank year: Tuesday and Wednesday of the third week of June, no item, format undecided. */
export function blankDocument(year: number): Programme {
  const monday = thirdMondayOfJune(year)
  return {
    version: 1,
    year,
    title: DEFAULT_TITLE,
    venue: DEFAULT_VENUE,
    format: null,
    formatDecision: null,
    days: [1, 2].map((n) => ({ date: addDays(monday, n), thematic: false, items: [] })),
    otherMeetings: [],
  }
}

/** Why a chosen first day cannot start the programme of `year`, or null when it can. */
export function firstDayProblem(firstDay: string, year: number): 'not-a-date' | 'other-year' | 'weekend' | null {
  if (!isIsoDate(firstDay)) return 'not-a-date'
  if (yearOf(firstDay) !== year) return 'other-year'
  return isWorkingDay(firstDay) ? null : 'weekend'
}

/**
 * A previous year's programme as the start of `year`: days on the same weekdays of the same week of
 * June (or from `firstDay`), items, times and speakers kept. A new year needs its own format decision,
 * and the other Conventions' meetings were those of the other year; the meeting of the Presidency
 * named in the texts becomes the new year's.
 */
export function copiedDocument(source: Programme, year: number, firstDay?: IsoDate | null): Programme {
  const moved = moveToYear({ ...source, formatDecision: null, otherMeetings: [] }, year, firstDay ?? undefined)
  // The Presidency changes with the year: "Twenty-Second Meeting" becomes "Twenty-Third Meeting" (what is left is flagged in the editor).
  return carryPresidency({ ...moved, format: null, formatDecision: null, otherMeetings: [] }, source.year)
}

/** The dates the days of `source` would take in `year`, for the form's preview. */
export function copiedDates(source: { year: number; days: { date: IsoDate }[] }, year: number, firstDay?: IsoDate | null): IsoDate[] {
  return moveToYear({ ...source, formatDecision: null }, year, firstDay ?? undefined)
    .days.map((d) => d.date)
    .sort()
}

export type ImportProblem = 'too-large' | 'empty' | 'not-json' | 'invalid'
/** The most schema findings an import shows: a broken file of a megabyte can have a hundred thousand. */
export const IMPORT_FINDINGS_SHOWN = 100

export type ImportReading =
  | { ok: true; programme: Programme }
  /** `total`: how many findings there are, of which `findings` holds the first IMPORT_FINDINGS_SHOWN. */
  | { ok: false; problem: ImportProblem; findings: SchemaFinding[]; total?: number; detail?: string }

export const byteLength = (text: string) => new TextEncoder().encode(text).length

/** The text of an imported file as a programme, or why it is not one (each schema finding names its field). */
export function readImport(text: string): ImportReading {
  if (byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large', findings: [] }
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return { ok: false, problem: 'empty', findings: [] }
  let doc: unknown
  try {
    doc = JSON.parse(body)
  } catch (error) {
    return { ok: false, problem: 'not-json', findings: [], detail: error instanceof Error ? error.message : String(error) }
  }
  const parsed = parseProgramme(doc)
  // Text no database can keep as written is refused too, each string named by its path.
  const unstorable = unstorableTextPaths(doc).map((path): SchemaFinding => ({ rule: 'schema', level: 'error', message: UNSTORABLE_TEXT, path: formatPath(path), source: '-', params: { field: formatPath(path), problem: 'unstorable-text' } }))
  if (parsed.ok && !unstorable.length) return { ok: true, programme: parsed.programme }
  const findings = [...(parsed.ok ? [] : parsed.findings), ...unstorable]
  return { ok: false, problem: 'invalid', findings: findings.slice(0, IMPORT_FINDINGS_SHOWN), total: findings.length }
}
