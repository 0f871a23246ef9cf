import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, weekday } from './dates'
import { jeuneGenevois, unogHolidayOn, unogHolidays, westernEaster } from './holidays'

describe('Western Easter', () => {
  it('falls on the published dates', () => {
    // Published Gregorian Easter Sundays, the earliest (22 March) and latest (25 April) possible among them.
    const published: Record<number, string> = {
      1818: '1818-03-22',
      1943: '1943-04-25',
      1999: '1999-04-04',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2038: '2038-04-25',
      2285: '2285-03-22',
    }
    for (const [year, date] of Object.entries(published)) expect(westernEaster(Number(year)), year).toBe(date)
  })

  it('is a Sunday from 22 March to 25 April in any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = westernEaster(year)
        expect(weekday(easter)).toBe(0)
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true)
      }),
    )
  })
})

describe('the holidays of UNOG that follow from the calendar', () => {
  it('are those of 2025, 2026 and 2027', () => {
    expect(unogHolidays(2025)).toEqual([
      { date: '2025-01-01', id: 'new-year' },
      { date: '2025-04-18', id: 'good-friday' },
      { date: '2025-04-21', id: 'easter-monday' },
      { date: '2025-05-29', id: 'ascension' },
      { date: '2025-06-09', id: 'whit-monday' },
      { date: '2025-09-11', id: 'jeune-genevois' },
      { date: '2025-12-25', id: 'christmas' },
    ])
    expect(unogHolidays(2026).map((h) => h.date)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-14', '2026-05-25', '2026-09-10', '2026-12-25'])
    expect(unogHolidays(2027).map((h) => h.date)).toEqual(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17', '2027-09-09', '2027-12-25'])
  })

  it('puts Ascension on a Thursday and Whit Monday on a Monday, 39 and 50 days after Easter (2038: the latest Easter)', () => {
    expect(unogHolidayOn('2038-06-03')).toBe('ascension')
    expect(unogHolidayOn('2038-06-14')).toBe('whit-monday')
    expect(unogHolidayOn('2038-04-23')).toBe('good-friday')
    expect(unogHolidayOn('2038-04-26')).toBe('easter-monday')
    fc.assert(
      fc.property(fc.integer({ min: 1999, max: 2100 }), (year) => {
        const easter = westernEaster(year)
        expect(weekday(addDays(easter, 39))).toBe(4)
        expect(weekday(addDays(easter, 50))).toBe(1)
        expect(unogHolidayOn(addDays(easter, 39))).toBe('ascension')
        // Easter Sunday itself is a Sunday (the weekend rule), not in the list.
        expect(unogHolidayOn(easter)).toBeNull()
      }),
    )
  })

  it('keeps Jeûne genevois on the Thursday after the first Sunday of September, even when 1 September is a Sunday', () => {
    expect(jeuneGenevois(2024)).toBe('2024-09-05') // Sunday 1 September
    expect(jeuneGenevois(2025)).toBe('2025-09-11') // first Sunday 7 September
    expect(jeuneGenevois(2026)).toBe('2026-09-10')
    expect(jeuneGenevois(2029)).toBe('2029-09-06') // Saturday 1 September, Sunday 2
    expect(jeuneGenevois(2030)).toBe('2030-09-05') // Sunday 1 September
    expect(jeuneGenevois(2031)).toBe('2031-09-11') // Monday 1 September, Sunday 7
    fc.assert(
      fc.property(fc.integer({ min: 1999, max: 2100 }), (year) => {
        const date = jeuneGenevois(year)
        expect(weekday(date)).toBe(4)
        expect(date >= `${year}-09-05` && date <= `${year}-09-11`).toBe(true)
      }),
    )
  })

  it('knows the days around them as working days', () => {
    expect(unogHolidayOn('2026-05-13')).toBeNull()
    expect(unogHolidayOn('2026-05-15')).toBeNull()
    expect(unogHolidayOn('2026-12-24')).toBeNull()
    expect(unogHolidayOn('2026-12-25')).toBe('christmas')
    expect(unogHolidayOn('2027-01-01')).toBe('new-year')
  })
})
