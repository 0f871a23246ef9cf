// The words of a count for people: durations, percentages and the labels of the tables' rows, in the
// reader's language. Shared by the summary beside the findings, /meetings/time and its CSV.
import type { MessageKey } from '@/lib/i18n'
import { LOCALE_TAGS, type Locale, type Translate } from '@/lib/i18n/languages'
import type { TimeTableId } from '@/lib/programme'

/** "2 h 30" for 150 minutes, "45 min" under an hour. */
export function duration(t: Translate, minutes: number): string {
  if (minutes < 60) return t('meetingTime.minutesOnly', { minutes })
  return t('meetingTime.duration', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') })
}

const percentFormats = new Map<Locale, Intl.NumberFormat>()
/** "37 %" / "37 %" as the language writes a whole percentage; "–" when there is no share. */
export function percentage(locale: Locale, share: number | null): string {
  if (share === null) return '–'
  let format = percentFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'percent', maximumFractionDigits: 0 })
    percentFormats.set(locale, format)
  }
  return format.format(share)
}

export const tableLabel = (t: Translate, table: TimeTableId) => t(`meetingTime.tables.${table}` as MessageKey)
export const rowLabel = (t: Translate, table: TimeTableId, row: string) => t(`meetingTime.rows.${table}.${row}` as MessageKey)
