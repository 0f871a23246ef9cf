// Each language's conventions for the dates and times people are shown, in one place for the pages,
// the e-mails and the PDF (lib/pdf/typography.ts takes its times from here): the day as the language
// writes it, the time as its official documents write it (English "18:00", French "18 h 00", Spanish
// "18.00", "18.00 horas" on its own), and Geneva named, since the reader may be elsewhere. French
// spacing before : ; ! ? is written in the French catalogue's text itself (docs/decisions/0021-next-intl.md).
// The times and the list's short form live in ./dates.ts, which the browser's lists import without
// the catalogue's words; they are re-exported here for the pages, the e-mails and the PDF.
import { comma, formatClockTime, formatWeekdayDate, genevaDayAndTime } from './dates'
import type { Locale, Translate } from './index'

export { formatClockTime, formatGenevaShort, formatTime, formatTimeRange } from './dates'


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
