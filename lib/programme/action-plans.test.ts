import { describe, expect, it } from 'vitest'
import { actionCoverage, actionPlanOfYear, ACTION_PLANS } from './action-plans'

describe('the Action Plan of the year', () => {
  it('is the Oslo Action Plan for 2020-2024 and the Siem Reap-Angkor Action Plan for 2025-2029', () => {
    expect(actionPlanOfYear(2019)).toBeNull()
    expect(actionPlanOfYear(2020)?.name).toBe('Oslo Action Plan')
    expect(actionPlanOfYear(2024)?.name).toBe('Oslo Action Plan')
    expect(actionPlanOfYear(2025)?.name).toBe('Siem Reap-Angkor Action Plan')
    expect(actionPlanOfYear(2029)?.id).toBe('siem-reap-angkor')
    expect(actionPlanOfYear(2030)).toBeNull()
  })

  it('keeps only the ranges the sources cite', () => {
    expect(ACTION_PLANS.map((p) => p.sections.map((s) => [s.first, s.last]))).toEqual([
      [
        [18, 32],
        [33, 41],
      ],
      [
        [17, 29],
        [30, 39],
      ],
    ])
  })

  it('says which actions each year addresses, and which none has', () => {
    const plan = actionPlanOfYear(2025)!
    const coverage = actionCoverage(plan, [
      { year: 2025, days: [{ items: [{ actions: [17, 18] }, { actions: [30], segment: 'side-event' }] }] },
      { year: 2026, days: [{ items: [{ actions: [18, 45] }] }] },
      // Another plan's year: not counted.
      { year: 2024, days: [{ items: [{ actions: [19] }] }] },
    ])
    expect(coverage.find((c) => c.number === 18)).toEqual({ number: 18, section: 'Clearance', years: [2025, 2026] })
    expect(coverage.find((c) => c.number === 30)?.years).toEqual([2025])
    expect(coverage.find((c) => c.number === 19)?.years).toEqual([])
    // A number only a tag names is listed, without a section.
    expect(coverage.at(-1)).toEqual({ number: 45, section: null, years: [2026] })
    expect(coverage.filter((c) => c.years.length === 0)).toHaveLength(23 - 3)
  })
})
