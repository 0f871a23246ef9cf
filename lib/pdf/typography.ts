// Dates, times and numbers as each language's official documents write them. Pure.
// - English (United Nations): "Tuesday 16 June 2026", "10:00–13:00".
// - French: "mardi 16 juin 2026", "1er juin", "10 h 00 – 13 h 00", a no-break space before : and a
//   narrow one before ; ! ? and inside « ».
// - Spanish (United Nations): "martes 16 de junio de 2026", "10.00–13.00".
// - Arabic: "الثلاثاء 16 حزيران/يونيه 2026", "10:00–13:00", with Western or Arabic-Indic digits.
import { formatTime } from '@/lib/i18n/conventions'

/** A time of day `HH:MM` as the language writes it (lib/i18n/conventions, shared with the pages). */
export { formatTime }
import type { PdfDigits, PdfLanguage } from './input'
// January first, in the United Nations' Arabic form, as the interface writes them (decision 0027).
import { AR_MONTHS } from '@/lib/programme/arabic-months'

// Arabic's names as the United Nations' Arabic documents write them, which Intl does not give.
/** Sunday first, as Date.getUTCDay counts. */
export const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const


/** Letters of sub-items, in the abjad order Arabic documents use: (أ), (ب), (ج) ... */
export const AR_LETTERS = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'] as const

const TAGS: Record<Exclude<PdfLanguage, 'ar'>, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' }
const NBSP = '\u00a0'
const NNBSP = '\u202f'

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
function intlName(language: Exclude<PdfLanguage, 'ar'>, part: 'weekday' | 'month', index: number): string {
  const key = `${language}|${part}|${index}`
  let name = names.get(key)
  if (name === undefined) {
    // 2023-01-01 was a Sunday: day `index + 1` of January is weekday `index`; month `index` of 2023.
    const at = part === 'weekday' ? new Date(Date.UTC(2023, 0, 1 + index)) : new Date(Date.UTC(2023, index - 1, 1))
    name = new Intl.DateTimeFormat(TAGS[language], { [part]: 'long', timeZone: 'UTC' }).format(at)
    names.set(key, name)
  }
  return name
}

const weekdayName = (language: PdfLanguage, weekday: number) => (language === 'ar' ? AR_WEEKDAYS[weekday]! : intlName(language, 'weekday', weekday))
const monthName = (language: PdfLanguage, month: number) => (language === 'ar' ? AR_MONTHS[month - 1]! : intlName(language, 'month', month))

/** The day of the month: French writes the first "1er". */
const dayOfMonth = (language: PdfLanguage, day: number) => (language === 'fr' && day === 1 ? '1er' : String(day))

/** "16 June", "16 juin", "16 de junio", "16 حزيران/يونيه". */
function dayMonth(language: PdfLanguage, { day, month }: Civil): string {
  return language === 'es' ? `${day} de ${monthName(language, month)}` : `${dayOfMonth(language, day)} ${monthName(language, month)}`
}

const withYear = (language: PdfLanguage, text: string, year: number) => (language === 'es' ? `${text} de ${year}` : `${text} ${year}`)

/** "12 May 2026", "1er mai 2026", "12 de mayo de 2026", "12 أيار/مايو 2026". */
export function formatDayMonthYear(isoDate: string, language: PdfLanguage): string {
  const date = civil(isoDate)
  return withYear(language, dayMonth(language, date), date.year)
}

/** A day as a heading: "Tuesday 16 June 2026", "Mardi 16 juin 2026", "Martes 16 de junio de 2026". */
export function formatDayHeading(isoDate: string, language: PdfLanguage): string {
  const date = civil(isoDate)
  const text = `${weekdayName(language, date.weekday)} ${formatDayMonthYear(isoDate, language)}`
  return language === 'ar' ? text : text.charAt(0).toLocaleUpperCase(TAGS[language]) + text.slice(1)
}

/** "16–18 June 2026", "30 June – 2 July 2026", "16–18 de junio de 2026". */
export function formatDateRange(first: string, last: string, language: PdfLanguage): string {
  const a = civil(first)
  const b = civil(last)
  if (first === last) return formatDayMonthYear(first, language)
  if (a.year !== b.year) return `${formatDayMonthYear(first, language)} – ${formatDayMonthYear(last, language)}`
  if (a.month !== b.month) return withYear(language, `${dayMonth(language, a)} – ${dayMonth(language, b)}`, b.year)
  return withYear(language, dayMonth(language, b).replace(/^\d+/, `${dayOfMonth(language, a.day)}–${b.day}`), b.year)
}

/** "10:00–13:00", "10 h 00 – 13 h 00", "10.00–13.00". */
export function formatTimeRange(start: string, end: string, language: PdfLanguage): string {
  const from = formatTime(start, language)
  const to = formatTime(end, language)
  return language === 'fr' ? `${from}${NBSP}– ${to}` : `${from}–${to}`
}

/** The date and time in Geneva of an instant: the day written out, and the time of day. */
const genevaClock = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

export function formatGenevaMoment(at: Date, language: PdfLanguage): { date: string; time: string } {
  const parts = genevaClock.formatToParts(at)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return { date: formatDayMonthYear(`${get('year')}-${get('month')}-${get('day')}`, language), time: formatTime(`${get('hour')}:${get('minute')}`, language) }
}

const shortDates = new Map<PdfLanguage, Intl.DateTimeFormat>()

/** "Tue 16 Jun", "mar. 16 juin", "mar, 16 jun", "الثلاثاء 16 حزيران/يونيه": a day in a table. */
export function formatShortDate(isoDate: string, language: PdfLanguage): string {
  if (language === 'ar') return formatDayHeading(isoDate, language).replace(/ \d{4}$/, '')
  let format = shortDates.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(TAGS[language], { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
    shortDates.set(language, format)
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`))
}

/** Western digits turned into Arabic-Indic ones when the document asks for them (lib/i18n/digits.ts). */
export { withDigits } from '@/lib/i18n/digits'

/**
 * French spacing for the PDF's own words (never for text people entered): a no-break space before
 * a colon, a narrow no-break space before ; ! ? and inside guillemets.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]?:(?=\s|$)/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]?([;!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0\u202f]?/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]?»/g, `${NNBSP}»`)
}
