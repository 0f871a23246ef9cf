// Dates, times and numbers as each language's official documents write them. Pure.
// - English (United Nations): "Tuesday 16 June 2026", "10:00–13:00".
// - French: "mardi 16 juin 2026", "1er juin", "10 h 00 – 13 h 00", a no-break space before : and a
//   narrow one before ; ! ? and inside « ».
// - Spanish (United Nations): "martes 16 de junio de 2026", "10.00–13.00".
// - Arabic: "الثلاثاء 16 حزيران/يونيه 2026", "10:00–13:00", with Western or Arabic-Indic digits.
import { formatTime } from '@/lib/i18n/conventions'

/** Times of day as the language writes them (lib/i18n/conventions, shared with the pages). */
export { formatTime, formatTimeRange } from '@/lib/i18n/conventions'
// The dates are lib/i18n/dates.ts's, one formatter for the pages and the PDF.
export { formatDateRange, formatDayHeading, formatDayMonthYear, formatShortDate } from '@/lib/i18n/dates'
import { formatDayMonthYear, genevaDayAndTime } from '@/lib/i18n/dates'
import type { PdfLanguage } from './input'

/** Letters of sub-items, in the abjad order Arabic documents use: (أ), (ب), (ج) ... */
export const AR_LETTERS = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'] as const

const NBSP = '\u00a0'
const NNBSP = '\u202f'

/** The date and time in Geneva of an instant: the day written out, and the time of day. */
export function formatGenevaMoment(at: Date, language: PdfLanguage): { date: string; time: string } {
  const { date, time } = genevaDayAndTime(at)
  return { date: formatDayMonthYear(date, language), time: formatTime(time, language) }
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
