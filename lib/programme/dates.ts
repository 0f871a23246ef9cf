// Calendar arithmetic on ISO dates (`YYYY-MM-DD`, a day in Geneva) without the Date object's
// time zone: a date is turned into a day number (days since 1970-01-01) with integer arithmetic,
// so the result is the same in any browser, server or time zone.

import { isArabicTag, unArabicMonths } from './arabic-months'

/** A date written `YYYY-MM-DD`. */
export type IsoDate = string

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

// Howard Hinnant's days_from_civil: proleptic Gregorian calendar, exact for every 4-digit year.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day]
}

/** Days since 1970-01-01, or null when the text is not a real calendar date written `YYYY-MM-DD`. */
export function dayNumber(date: string): number | null {
  const match = ISO_DATE.exec(date)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return daysFromCivil(year, month, day)
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-29 is not one). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && dayNumber(value) !== null
}

function requireDayNumber(date: IsoDate): number {
  const days = dayNumber(date)
  if (days === null) throw new RangeError(`Not a date written YYYY-MM-DD: ${JSON.stringify(date)}`)
  return days
}

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/** The ISO date of a day number. */
export function dateOfDayNumber(days: number): IsoDate {
  const [year, month, day] = civilFromDays(days)
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

export function weekdayOfDayNumber(days: number): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 4) % 7) + 7) % 7) as Weekday
}

/** The weekday of a date: 0 = Sunday ... 6 = Saturday. */
export function weekday(date: IsoDate): Weekday {
  return weekdayOfDayNumber(requireDayNumber(date))
}

/** Monday to Friday. */
export function isWorkingDay(date: IsoDate): boolean {
  const day = weekday(date)
  return day !== 0 && day !== 6
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(requireDayNumber(date) + days)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return requireDayNumber(to) - requireDayNumber(from)
}

/** The working day (Monday to Friday) right after the day number: Friday -> Monday. */
export function nextWorkingDayNumber(days: number): number {
  let next = days + 1
  while (weekdayOfDayNumber(next) === 0 || weekdayOfDayNumber(next) === 6) next += 1
  return next
}

/** The working day (Monday to Friday) right before the day number: Monday -> Friday. */
export function previousWorkingDayNumber(days: number): number {
  let previous = days - 1
  while (weekdayOfDayNumber(previous) === 0 || weekdayOfDayNumber(previous) === 6) previous -= 1
  return previous
}

export function nextWorkingDay(date: IsoDate): IsoDate {
  return dateOfDayNumber(nextWorkingDayNumber(requireDayNumber(date)))
}

export function previousWorkingDay(date: IsoDate): IsoDate {
  return dateOfDayNumber(previousWorkingDayNumber(requireDayNumber(date)))
}

/** The year of a date written `YYYY-MM-DD`. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

const MS_PER_DAY = 86_400_000

// One formatter per locale: building an Intl.DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>()
/** Dates already written out, by locale: the checker writes the same few dates into many messages. */
const written = new Map<string, Map<string, string>>()

function formatterFor(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale)
  if (!formatter) {
    // timeZone UTC: the date is a calendar day, not an instant; UTC midnight keeps it that day.
    formatter = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    formatters.set(locale, formatter)
  }
  return formatter
}

/**
 * A date written out for people: "Thursday 30 April 2026" in English (the United Nations' order,
 * whatever the runtime's English default), "الخميس 30 نيسان/أبريل 2026" in Arabic (the United Nations'
 * month names, as the PDF); other locales get Intl's long form, e.g. "jeudi 30 avril 2026".
 */
export function formatDate(date: IsoDate, locale = 'en'): string {
  let inLocale = written.get(locale)
  if (!inLocale) {
    inLocale = new Map()
    written.set(locale, inLocale)
  }
  const cached = inLocale.get(date)
  if (cached !== undefined) return cached
  const instant = new Date(requireDayNumber(date) * MS_PER_DAY)
  let text: string
  if (locale === 'en' || locale.startsWith('en-') || isArabicTag(locale)) {
    // English and Arabic documents write the weekday without a comma: "Tuesday 16 June 2026",
    // "الثلاثاء 16 حزيران/يونيه 2026" (Arabic with the United Nations' month names, as the PDF).
    const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {}
    for (const part of formatterFor(locale).formatToParts(instant)) parts[part.type] = part.value
    text = `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`
    if (isArabicTag(locale)) text = unArabicMonths(text)
  } else {
    text = formatterFor(locale).format(instant)
  }
  if (inLocale.size > 5000) inLocale.clear() // a bound, so a long-lived server does not keep every date
  inLocale.set(date, text)
  return text
}
