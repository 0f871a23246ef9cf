import { describe, expect, it } from 'vitest'
import { moveToYear, sameWeekdayInYear } from './move-year'

describe('moving a programme to another year', () => {
  it('keeps the weekday and the week of June', () => {
    // Tuesday 17 June 2025 is in the third week of June; so is Tuesday 16 June 2026.
    expect(sameWeekdayInYear('2025-06-17', 2026)).toBe('2026-06-16')
    // June 2027 starts on a Tuesday: its third Monday is the 21st.
    expect(sameWeekdayInYear('2026-06-16', 2027)).toBe('2027-06-22')
  })

  it('keeps a thematic Monday next to the regular days, and moves the other meetings along', () => {
    const doc = {
      year: 2025,
      formatDecision: { decidedOn: '2025-02-14' },
      days: [{ date: '2025-06-16' }, { date: '2025-06-17' }, { date: '2025-06-18' }],
      otherMeetings: [{ start: '2025-06-19', end: '2025-06-20' }],
    }
    const moved = moveToYear(doc, 2026)
    expect(moved.days.map((d) => d.date)).toEqual(['2026-06-15', '2026-06-16', '2026-06-17'])
    expect(moved.otherMeetings).toEqual([{ start: '2026-06-18', end: '2026-06-19' }])
    expect(moved.formatDecision?.decidedOn).toBe('2026-02-14')
    expect(moved.year).toBe(2026)
  })

  it('puts the first day on a chosen date', () => {
    const moved = moveToYear({ year: 2025, formatDecision: null, days: [{ date: '2025-06-17' }, { date: '2025-06-18' }] }, 2027, '2027-05-11')
    expect(moved.days.map((d) => d.date)).toEqual(['2027-05-11', '2027-05-12'])
  })
})

describe('edges of the move', () => {
  it('moves a week that starts in the previous month, and a decision of 29 February', () => {
    // Wednesday 1 July 2026 is in the week of Monday 29 June (the fifth Monday of June).
    expect(sameWeekdayInYear('2026-07-01', 2026)).toBe('2026-07-01')
    const moved = moveToYear({ year: 2028, formatDecision: { decidedOn: '2028-02-29' }, days: [{ date: '2028-06-20' }] }, 2029)
    expect(moved.formatDecision?.decidedOn).toBe('2029-02-28')
  })
})
