import { describe, expect, it } from 'vitest'
import { mondayOf, thirdMondayOfJune, weekCalendar } from './calendar-weeks'

describe('the weeks of the calendar', () => {
  it('finds the Monday of a week and the third Monday of June', () => {
    expect(mondayOf('2026-06-16')).toBe('2026-06-15')
    expect(mondayOf('2026-06-15')).toBe('2026-06-15')
    expect(mondayOf('2026-06-21')).toBe('2026-06-15') // a Sunday belongs to the week before
    expect(thirdMondayOfJune(2026)).toBe('2026-06-15')
    expect(thirdMondayOfJune(2025)).toBe('2025-06-16')
    expect(thirdMondayOfJune(2020)).toBe('2020-06-15') // 1 June 2020 was a Monday
    expect(thirdMondayOfJune(2024)).toBe('2024-06-17') // 1 June 2024 was a Saturday
  })

  it('runs from the Monday two weeks before the first day to the Sunday two weeks after the last', () => {
    const cal = weekCalendar({ year: 2026, days: [{ date: '2026-06-17', thematic: false }, { date: '2026-06-16', thematic: false }], otherMeetings: [] })
    expect(cal.weeks.map((w) => w.monday)).toEqual(['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22', '2026-06-29'])
    expect(cal.weeks.at(-1)!.days.at(-1)!.date).toBe('2026-07-05')
    expect(cal.weeks.every((w) => w.days.length === 7)).toBe(true)
    expect(cal.weeks[2]!.days.filter((d) => d.meeting).map((d) => d.date)).toEqual(['2026-06-16', '2026-06-17'])
    expect(cal.weeks[0]!.days.map((d) => d.weekend)).toEqual([false, false, false, false, false, true, true])
  })

  it('spans every week between days of different weeks', () => {
    const cal = weekCalendar({ year: 2026, days: [{ date: '2026-06-05', thematic: true }, { date: '2026-06-16', thematic: false }], otherMeetings: [] })
    expect(cal.weeks[0]!.monday).toBe('2026-05-18')
    expect(cal.weeks.at(-1)!.monday).toBe('2026-06-29')
    expect(cal.weeks).toHaveLength(7)
    const thematic = cal.weeks.flatMap((w) => w.days).find((d) => d.date === '2026-06-05')!
    expect(thematic).toMatchObject({ meeting: true, thematic: true })
  })

  it('shows the week of 30 April apart when it is not among the weeks, and counts the weeks to the first day', () => {
    const cal = weekCalendar({ year: 2026, days: [{ date: '2026-06-16', thematic: false }], otherMeetings: [] })
    expect(cal.deadline).toBe('2026-04-30')
    expect(cal.deadlineWeek!.monday).toBe('2026-04-27')
    expect(cal.deadlineWeek!.days.find((d) => d.transparencyDeadline)!.date).toBe('2026-04-30')
    expect(cal.beforeDeadline).toEqual({ days: 47, weeks: 6, extraDays: 5 })
  })

  it('marks 30 April in the weeks when the meetings are close to it, and says when the first day is not after it', () => {
    const close = weekCalendar({ year: 2026, days: [{ date: '2026-05-12', thematic: false }], otherMeetings: [] })
    expect(close.deadlineWeek).toBeNull()
    expect(close.weeks.flatMap((w) => w.days).filter((d) => d.transparencyDeadline).map((d) => d.date)).toEqual(['2026-04-30'])
    const early = weekCalendar({ year: 2026, days: [{ date: '2026-04-30', thematic: false }], otherMeetings: [] })
    expect(early.beforeDeadline).toEqual({ days: 0, weeks: 0, extraDays: 0 })
  })

  it('centres on the third week of June while there is no meeting day', () => {
    const cal = weekCalendar({ year: 2027, days: [], otherMeetings: [] })
    expect(cal.weeks.map((w) => w.monday)).toEqual(['2027-06-07', '2027-06-14', '2027-06-21', '2027-06-28', '2027-07-05'])
    expect(cal.beforeDeadline).toBeNull()
  })

  it('draws other meetings as bars in lanes, labelled where they start and on each Monday they continue', () => {
    const cal = weekCalendar({
      year: 2026,
      days: [{ date: '2026-06-16', thematic: false }, { date: '2026-06-17', thematic: false }],
      otherMeetings: [
        { id: 'ccw', name: 'CCW', start: '2026-06-12', end: '2026-06-16' },
        { id: 'ccm', name: 'CCM', start: '2026-06-15', end: '2026-06-15' },
        { id: 'bwc', name: 'BWC', start: '2026-06-18', end: '2026-06-19' },
      ],
    })
    const days = new Map(cal.weeks.flatMap((w) => w.days).map((d) => [d.date, d]))
    expect(cal.lanes).toBe(2)
    expect(days.get('2026-06-12')!.bars).toEqual([{ id: 'ccw', name: 'CCW', lane: 0, starts: true, ends: false, labelled: true, span: 3 }])
    expect(days.get('2026-06-13')!.bars[0]).toMatchObject({ id: 'ccw', labelled: false })
    expect(days.get('2026-06-15')!.bars.map((b) => [b.id, b.lane, b.labelled, b.span])).toEqual([
      ['ccw', 0, true, 2], // a Monday: the name again, running to Tuesday
      ['ccm', 1, true, 1],
    ])
    expect(days.get('2026-06-16')!.bars[0]).toMatchObject({ id: 'ccw', ends: true })
    expect(days.get('2026-06-18')!.bars[0]).toMatchObject({ id: 'bwc', lane: 0 }) // lane 0 is free again
  })

  it('finds the clashes: a meeting day that is also a day of another meeting', () => {
    const cal = weekCalendar({
      year: 2026,
      days: [{ date: '2026-06-16', thematic: false }, { date: '2026-06-17', thematic: false }],
      otherMeetings: [{ name: 'CCM', start: '2026-06-17', end: '2026-06-19' }],
    })
    expect(cal.clashes).toEqual(['2026-06-17'])
    const day = cal.weeks.flatMap((w) => w.days).find((d) => d.date === '2026-06-18')!
    expect(day.clash).toBe(false)
    expect(day.bars[0]!.id).toBe('other-0')
  })

  it('lists the other meetings that fall outside the weeks shown', () => {
    const cal = weekCalendar({
      year: 2026,
      days: [{ date: '2026-06-16', thematic: false }],
      otherMeetings: [
        { id: 'far', name: 'Far', start: '2026-09-01', end: '2026-09-04' },
        { id: 'edge', name: 'Edge', start: '2026-07-05', end: '2026-07-08' },
      ],
    })
    expect(cal.outside.map((m) => m.id)).toEqual(['far'])
  })
})
