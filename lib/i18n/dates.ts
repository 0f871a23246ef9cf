// Dates as a conference document writes them, in the reader's language: the one formatter of the
// pages, the lists, the e-mails and the printed programme (lib/pdf/typography.ts takes its dates from
// here). Calendar days are days, not instants: computed in UTC; the day of an instant is its day in Geneva.
// - English (United Nations): "Tuesday 16 June 2026", "16–18 June 2026".
// - French: "mardi 16 juin 2026", "1er juin 2026".
// - Spanish (United Nations): "martes 16 de junio de 2026", "16–18 de junio de 2026".
// - Arabic: "الثلاثاء 16 حزيران/يونيه 2026" (the United Nations' month names).
import { GENEVA } from '@/lib/geneva-time'
import { unArabicMonths } from '@/lib/programme/arabic-months'
import { parseTime } from '@/lib/programme/time'
import { AR_MONTHS, AR_WEEKDAYS } from './arabic-calendar'
import { LOCALE_TAGS as TAGS, type Locale } from './languages'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

type Civil = { year: number; month: number; day: number; weekday: number }

function civil(isoDate: string): Civil {
  const match = ISO_DATE.exec(isoDate)
  if (!match) throw new RangeError(`Not a date written YYYY-MM-DD: ${JSON.stringify(isoDate)}`)
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  if (at.getUTCDate() !== Number(match[3])) throw new RangeError(`Not a calendar date: ${isoDate}`)
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), weekday: at.getUTCDay() }
}

const names = new Map<string, string>()
function intlName(locale: Exclude<Locale, 'ar'>, part: 'weekday' | 'month', index: number): string {
  const key = `${locale}|${part}|${index}`
  let name = names.get(key)
  if (name === undefined) {
    // 2023-01-01 was a Sunday: day `index + 1` of January is weekday `index`; month `index` of 2023.
    const at = part === 'weekday' ? new Date(Date.UTC(2023, 0, 1 + index)) : new Date(Date.UTC(2023, index - 1, 1))
    name = new Intl.DateTimeFormat(TAGS[locale], { [part]: 'long', timeZone: 'UTC' }).format(at)
    names.set(key, name)
  }
  return name
}

const weekdayName = (locale: Locale, weekday: number) => (locale === 'ar' ? AR_WEEKDAYS[weekday]! : intlName(locale, 'weekday', weekday))
const monthName = (locale: Locale, month: number) => (locale === 'ar' ? AR_MONTHS[month - 1]! : intlName(locale, 'month', month))

/** The day of the month: French writes the first "1er". */
const dayOfMonth = (locale: Locale, day: number) => (locale === 'fr' && day === 1 ? '1er' : String(day))

/** "16 June", "16 juin", "16 de junio", "16 حزيران/يونيه". */
function dayMonth(locale: Locale, { day, month }: Civil): string {
  return locale === 'es' ? `${day} de ${monthName(locale, month)}` : `${dayOfMonth(locale, day)} ${monthName(locale, month)}`
}

const withYear = (locale: Locale, text: string, year: number) => (locale === 'es' ? `${text} de ${year}` : `${text} ${year}`)

/** "12 May 2026", "1er mai 2026", "12 de mayo de 2026", "12 أيار/مايو 2026". */
export function formatDayMonthYear(isoDate: string, locale: Locale): string {
  const date = civil(isoDate)
  return withYear(locale, dayMonth(locale, date), date.year)
}

/** A day in a sentence: "Tuesday 16 June 2026", "mardi 16 juin 2026", "martes 16 de junio de 2026". */
export function formatWeekdayDate(isoDate: string, locale: Locale): string {
  return `${weekdayName(locale, civil(isoDate).weekday)} ${formatDayMonthYear(isoDate, locale)}`
}

/** A day as a heading: "Tuesday 16 June 2026", "Mardi 16 juin 2026", "Martes 16 de junio de 2026" (a heading starts with a capital). */
export function formatDayHeading(isoDate: string, locale: Locale): string {
  const text = formatWeekdayDate(isoDate, locale)
  return locale === 'ar' ? text : text.charAt(0).toLocaleUpperCase(TAGS[locale]) + text.slice(1)
}

/** "16–18 June 2026", "30 June – 2 July 2026" (the United Nations' way), "16–18 de junio de 2026"; "—" without a first day. */
export function formatDateRange(first: string | null, last: string | null, locale: Locale): string {
  if (!first) return '—'
  if (!last || first === last) return formatDayMonthYear(first, locale)
  const a = civil(first)
  const b = civil(last)
  if (a.year !== b.year) return `${formatDayMonthYear(first, locale)} – ${formatDayMonthYear(last, locale)}`
  if (a.month !== b.month) return withYear(locale, `${dayMonth(locale, a)} – ${dayMonth(locale, b)}`, b.year)
  return withYear(locale, dayMonth(locale, b).replace(/^\d+/, `${dayOfMonth(locale, a.day)}–${b.day}`), b.year)
}

const shortDates = new Map<Locale, Intl.DateTimeFormat>()

/** "Tue 16 Jun", "mar. 16 juin", "mar, 16 jun", "الثلاثاء 16 حزيران/يونيه": a day in a table. */
export function formatShortDate(isoDate: string, locale: Locale): string {
  if (locale === 'ar') return formatDayHeading(isoDate, locale).replace(/ \d{4}$/, '')
  let format = shortDates.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(TAGS[locale], { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
    shortDates.set(locale, format)
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`))
}

/** A calendar day with the parts asked for: "Tue 16 Jun", "juin 2026" (the calendar's cells and headings). */
export function formatDay(isoDate: string, locale: Locale, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  const text = new Date(`${isoDate}T00:00:00Z`).toLocaleDateString(TAGS[locale], { timeZone: 'UTC', ...options })
  // Intl's Arabic month names replaced by the United Nations' ("حزيران/يونيه"), as everywhere else (decision 0027).
  return locale === 'ar' ? unArabicMonths(text) : text
}

const genevaClock = new Intl.DateTimeFormat('en-CA', { timeZone: GENEVA, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** The calendar day `YYYY-MM-DD` and the time of day `HH:MM` in Geneva of an instant. */
export function genevaDayAndTime(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(genevaClock.formatToParts(at).map((p) => [p.type, p.value]))
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }
}

/** The calendar day in Geneva of an instant, written `YYYY-MM-DD`. */
export function genevaDate(at: Date): string {
  return genevaDayAndTime(at).date
}

// Times of day and instants in lists, as each language writes them.
const NBSP = '\u00a0'

/** A time of day `HH:MM` as the language writes it: "10:00", "10 h 00", "10.00"; a text that is not a time as it is. */
export function formatTime(time: string, language: string): string {
  const minutes = parseTime(time)
  if (minutes === null) return time
  const hours = Math.floor(minutes / 60)
  const mm = String(minutes % 60).padStart(2, '0')
  if (language === 'fr') return `${hours}${NBSP}h${NBSP}${mm}`
  if (language === 'es') return `${String(hours).padStart(2, '0')}.${mm}`
  return `${String(hours).padStart(2, '0')}:${mm}`
}

/** "10:00–13:00", "10 h 00 – 13 h 00", "10.00–13.00". */
export function formatTimeRange(start: string, end: string, language: string): string {
  const from = formatTime(start, language)
  const to = formatTime(end, language)
  return language === 'fr' ? `${from}${NBSP}– ${to}` : `${from}–${to}`
}

/** A time of day on its own, in a sentence: "18:00", "18 h 00", "18.00 horas". */
export function formatClockTime(time: string, locale: Locale): string {
  const text = formatTime(time, locale)
  return locale === 'es' ? `${text} horas` : text
}

/** The comma between a day and a time: Arabic writes its own. */
export const comma = (locale: Locale) => (locale === 'ar' ? '، ' : ', ')

const shortDays = new Map<Locale, Intl.DateTimeFormat>()

/**
 * An instant in Geneva as a list writes it, the month short and the time as the language writes it:
 * "24 Nov 2026, 09:15", "24 nov. 2026, 9 h 15", "24 nov 2026, 09.15", "24 تشرين الثاني/نوفمبر 2026، 09:15"
 * (Arabic has no short month names: the United Nations' ones, as everywhere else). A row of a list
 * does not repeat Geneva's name; a sentence says it (formatGenevaMoment).
 */
export function formatGenevaShort(instant: Date, locale: Locale): string {
  const { date, time } = genevaDayAndTime(instant)
  if (locale === 'ar') return `${formatDayMonthYear(date, locale)}${comma(locale)}${formatTime(time, locale)}`
  let day = shortDays.get(locale)
  if (!day) shortDays.set(locale, (day = new Intl.DateTimeFormat(TAGS[locale], { timeZone: GENEVA, day: 'numeric', month: 'short', year: 'numeric' })))
  return `${day.format(instant)}${comma(locale)}${formatTime(time, locale)}`
}
