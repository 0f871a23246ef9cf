// Time, counted, of every year as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets
// read the accents): one line per year and row of a table, in long form so that a new row or year
// never moves a column. Ids for programs, labels in the reader's language for people.
import type { Translate } from '@/lib/i18n'
import { TIME_TABLES, type MeetingTime } from '@/lib/programme'
import { rowLabel } from './words'

export const CSV_COLUMNS = ['year', 'status', 'table', 'row', 'label', 'minutes', 'percent_of_total'] as const

/** A field quoted when it must be; a text a spreadsheet would take for a formula is prefixed by an apostrophe. */
export function csvField(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

const percentOf = (minutes: number, total: number) => (total ? Math.round((minutes / total) * 1000) / 10 : '')
const sharePercent = (share: number | null) => (share === null ? '' : Math.round(share * 1000) / 10)

export function meetingTimeCsv(t: Translate, years: readonly (MeetingTime & { status: string })[]): string {
  const lines: (string | number)[][] = [[...CSV_COLUMNS]]
  for (const year of years) {
    const summary = (row: string, label: string, minutes: number | '', percent: number | '') => lines.push([year.year, year.status, 'summary', row, label, minutes, percent])
    summary('total', t('meetingTime.total'), year.total, year.total ? 100 : '')
    summary('attributed', t('meetingTime.attributed'), year.attributed, percentOf(year.attributed, year.total))
    summary('state-party-share', t('meetingTime.statePartyShare'), '', sharePercent(year.statePartyShare))
    summary('states-share', t('meetingTime.statesShare'), '', sharePercent(year.statesShare))
    for (const table of TIME_TABLES) {
      const values = table.of(year)
      for (const row of table.rows) {
        const minutes = values[row] ?? 0
        lines.push([year.year, year.status, table.id, row, rowLabel(t, table.id, row), minutes, percentOf(minutes, year.total)])
      }
    }
  }
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`
}
