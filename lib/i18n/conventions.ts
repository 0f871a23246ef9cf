// Each language's conventions for the dates and times people are shown, in one place for the pages,
// the e-mails and the PDF (lib/pdf/typography.ts takes its times from here): the day as the language
// writes it, the time as its official documents write it (English "18:00", French "18 h 00", Spanish
// "18.00", "18.00 horas" on its own), and Geneva named, since the reader may be elsewhere. French
// spacing before : ; ! ? is written in the French catalogue's text itself (docs/decisions/0021-next-intl.md).
import { GENEVA } from '@/lib/geneva-time'
import { parseTime } from '@/lib/programme'
import { formatDayMonthYear, formatWeekdayDate, genevaDayAndTime } from './dates'
import { LOCALE_TAGS, type Locale, type Translate } from './index'

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
const comma = (locale: Locale) => (locale === 'ar' ? '، ' : ', ')

/**
 * An instant as Geneva reads it, Geneva named: "Monday 30 November 2026, 18:00 (Geneva)",
 * "lundi 30 novembre 2026, 18 h 00 (heure de Genève)", "lunes 30 de noviembre de 2026, 18.00 horas (hora de Ginebra)",
 * "الاثنين 30 تشرين الثاني/نوفمبر 2026، 18:00 (بتوقيت جنيف)". `t` says Geneva's name: a page's own
 * (the messages it shows, a pseudo-language's in the tests), an e-mail's the recipient's catalogue.
 * This module holds no catalogue, so that the browser's lists (formatGenevaShort) do not bring them.
 */
export function formatGenevaMoment(instant: Date, locale: Locale, t: Translate): string {
  const { date, time } = genevaDayAndTime(instant)
  return `${formatWeekdayDate(date, locale)}${comma(locale)}${t('i11core.genevaTime', { time: formatClockTime(time, locale) })}`
}

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
  if (!day) shortDays.set(locale, (day = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { timeZone: GENEVA, day: 'numeric', month: 'short', year: 'numeric' })))
  return `${day.format(instant)}${comma(locale)}${formatTime(time, locale)}`
}
