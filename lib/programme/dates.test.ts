import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  formatDate,
  isIsoDate,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  weekday,
  yearOf,
} from './dates'

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-04-30')).toBe(true)
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2000-02-29')).toBe(true)
    expect(isIsoDate('2026-02-29')).toBe(false)
    expect(isIsoDate('1900-02-29')).toBe(false)
    expect(isIsoDate('2026-04-31')).toBe(false)
    expect(isIsoDate('2026-13-01')).toBe(false)
    expect(isIsoDate('2026-00-10')).toBe(false)
    expect(isIsoDate('2026-6-16')).toBe(false)
    expect(isIsoDate('16/06/2026')).toBe(false)
    expect(isIsoDate('2026-06-16T00:00')).toBe(false)
    expect(isIsoDate(20260616)).toBe(false)
  })

  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('1969-12-31')).toBe(-1)
    expect(dayNumber('2026-04-30')).toBe(Date.UTC(2026, 3, 30) / 86_400_000)
    expect(dateOfDayNumber(0)).toBe('1970-01-01')
  })

  it('knows the weekday without a time zone', () => {
    expect(weekday('2026-04-30')).toBe(4) // Thursday
    expect(weekday('2026-06-16')).toBe(2) // Tuesday
    expect(weekday('1970-01-01')).toBe(4)
    expect(weekday('1969-12-31')).toBe(3)
    expect(weekday('0001-01-01')).toBe(1)
    expect(isWorkingDay('2026-06-19')).toBe(true)
    expect(isWorkingDay('2026-06-20')).toBe(false)
    expect(isWorkingDay('2026-06-21')).toBe(false)
  })

  it('agrees with the UTC calendar of Date on any day of years 1000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1000-01-01') ?? 0, max: dayNumber('9999-12-31') ?? 0 }), (days) => {
        const date = new Date(days * 86_400_000)
        const iso = date.toISOString().slice(0, 10)
        expect(dateOfDayNumber(days)).toBe(iso)
        expect(dayNumber(iso)).toBe(days)
        expect(weekday(iso)).toBe(date.getUTCDay())
      }),
    )
  })

  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(addDays('2026-06-16', 7)).toBe('2026-06-23')
    expect(daysBetween('2026-06-16', '2026-06-23')).toBe(7)
    expect(daysBetween('2026-06-23', '2026-06-16')).toBe(-7)
    expect(yearOf('2026-06-16')).toBe(2026)
  })

  it('steps over weekends to the next and previous working day', () => {
    expect(nextWorkingDay('2026-06-19')).toBe('2026-06-22') // Friday -> Monday
    expect(nextWorkingDay('2026-06-16')).toBe('2026-06-17')
    expect(nextWorkingDay('2026-06-20')).toBe('2026-06-22') // Saturday -> Monday
    expect(previousWorkingDay('2026-06-22')).toBe('2026-06-19') // Monday -> Friday
    expect(previousWorkingDay('2026-06-17')).toBe('2026-06-16')
  })

  it('refuses to compute with text that is not a date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError)
    expect(() => weekday('tomorrow')).toThrow(RangeError)
    expect(() => formatDate('2026-6-1')).toThrow(RangeError)
  })
})

describe('formatDate', () => {
  it('writes a date out in English, day before month', () => {
    expect(formatDate('2026-04-30')).toBe('Thursday 30 April 2026')
    expect(formatDate('2026-05-01', 'en')).toBe('Friday 1 May 2026')
    expect(formatDate('2026-06-16', 'en-US')).toBe('Tuesday 16 June 2026')
  })

  it('keeps the calendar day whatever the time zone (UTC on a date-only value)', () => {
    expect(formatDate('2026-01-01')).toBe('Thursday 1 January 2026')
    expect(formatDate('2025-12-31')).toBe('Wednesday 31 December 2025')
  })

  it('takes another locale through Intl', () => {
    expect(formatDate('2026-04-30', 'fr')).toBe('jeudi 30 avril 2026')
    expect(formatDate('2026-04-30', 'es')).toMatch(/jueves.*30.*abril.*2026/)
  })
})
