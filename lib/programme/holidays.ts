// The official holidays of the United Nations Office at Geneva that follow from the calendar
// (rulebook, `unog-holiday`): 1 January, Good Friday, Easter Monday, Ascension Day (Easter + 39 days),
// Whit Monday (Easter + 50 days), Jeûne genevois (the Thursday after the first Sunday of September)
// and 25 December. Easter is the Western (Gregorian) date. The holidays announced each year (Eid
// al-Fitr, Eid al-Adha) are not here: the ISU enters them as closures among the other meetings.
import { addDays, dateOfDayNumber, dayNumber, weekdayOfDayNumber, type IsoDate } from './dates'

export const UNOG_HOLIDAY_IDS = ['new-year', 'good-friday', 'easter-monday', 'ascension', 'whit-monday', 'jeune-genevois', 'christmas'] as const
export type UnogHolidayId = (typeof UNOG_HOLIDAY_IDS)[number]

export const UNOG_HOLIDAY_NAMES: Readonly<Record<UnogHolidayId, string>> = {
  'new-year': "New Year's Day",
  'good-friday': 'Good Friday',
  'easter-monday': 'Easter Monday',
  ascension: 'Ascension Day',
  'whit-monday': 'Whit Monday',
  'jeune-genevois': 'Jeûne genevois',
  christmas: 'Christmas Day',
}

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * Western Easter Sunday of a Gregorian year: the anonymous Gregorian computus (Meeus, Jones,
 * Butcher), exact for every year of the Gregorian calendar.
 */
export function westernEaster(year: number): IsoDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`
}

/** Jeûne genevois: the Thursday after the first Sunday of September. */
export function jeuneGenevois(year: number): IsoDate {
  const first = dayNumber(`${String(year).padStart(4, '0')}-09-01`) ?? 0
  const firstSunday = first + ((7 - weekdayOfDayNumber(first)) % 7)
  return dateOfDayNumber(firstSunday + 4)
}

export interface UnogHoliday {
  date: IsoDate
  id: UnogHolidayId
}

const byYear = new Map<number, UnogHoliday[]>()

/** The calendar's holidays of UNOG in a year (four-digit years), in date order. */
export function unogHolidays(year: number): UnogHoliday[] {
  const known = byYear.get(year)
  if (known) return known
  const easter = westernEaster(year)
  const y = String(year).padStart(4, '0')
  const holidays: UnogHoliday[] = [
    { date: `${y}-01-01`, id: 'new-year' },
    { date: addDays(easter, -2), id: 'good-friday' },
    { date: addDays(easter, 1), id: 'easter-monday' },
    { date: addDays(easter, 39), id: 'ascension' },
    { date: addDays(easter, 50), id: 'whit-monday' },
    { date: jeuneGenevois(year), id: 'jeune-genevois' },
    { date: `${y}-12-25`, id: 'christmas' },
  ]
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  if (byYear.size > 200) byYear.clear()
  byYear.set(year, holidays)
  return holidays
}

/** The UNOG holiday a date is, or null (the date written `YYYY-MM-DD`, a year from 0001 to 9999). */
export function unogHolidayOn(date: IsoDate): UnogHolidayId | null {
  const year = Number(date.slice(0, 4))
  if (!Number.isInteger(year) || year < 1) return null
  return unogHolidays(year).find((holiday) => holiday.date === date)?.id ?? null
}
