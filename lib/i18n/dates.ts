// Dates as a conference document writes them, in the reader's language: the one formatter of the
// pages, the lists and the printed programme. Calendar days are formatted in UTC (they are days,
// not instants); the day of issue is the day in Geneva.
import { formatDate, isArabicTag, unArabicMonths } from '@/lib/programme'
import { LOCALE_TAGS as TAGS, type Locale } from './index'

const dayMonthYear = new Map<Locale, Intl.DateTimeFormat>()
function formatter(locale: Locale): Intl.DateTimeFormat {
  let f = dayMonthYear.get(locale)
  if (!f) {
    f = new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    dayMonthYear.set(locale, f)
  }
  return f
}

const instant = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`)

/** Intl's Arabic month names replaced by the United Nations' ("حزيران/يونيه"), as the PDF writes them. */
const months = (text: string, locale: Locale) => (isArabicTag(TAGS[locale]) ? unArabicMonths(text) : text)

/** "12 May 2026", "12 mai 2026", "12 de mayo de 2026". */
export function formatDayMonthYear(isoDate: string, locale: Locale): string {
  return months(formatter(locale).format(instant(isoDate)), locale)
}

/** A calendar day with the parts asked for: "Tuesday 16 June", "16 juin 2026". */
export function formatDay(isoDate: string, locale: Locale, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  return months(instant(isoDate).toLocaleDateString(TAGS[locale], { timeZone: 'UTC', ...options }), locale)
}

/** "16–18 June 2026", "30 June – 2 July 2026" (the United Nations' way), in the locale's words; "—" without a first day. */
export function formatDateRange(first: string | null, last: string | null, locale: Locale): string {
  if (!first) return '—'
  if (!last || first === last) return formatDayMonthYear(first, locale)
  const text = months(formatter(locale).formatRange(instant(first), instant(last)), locale)
  // en-GB writes "16 – 18 June"; a conference document closes up a range of days: "16–18 June".
  return text.replace(/(\d)\s+–\s+(\d)/u, '$1–$2')
}

/** The calendar day in Geneva of an instant, written `YYYY-MM-DD`. */
export function genevaDate(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** A day as a heading: "Tuesday 16 June 2026", "Mardi 16 juin 2026", "Martes, 16 de junio de 2026" (a heading starts with a capital). */
export function formatDayHeading(isoDate: string, locale: Locale): string {
  const text = formatDate(isoDate, locale)
  return text.charAt(0).toLocaleUpperCase(TAGS[locale]) + text.slice(1)
}
