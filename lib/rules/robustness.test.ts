// Any valid programme, however large or adversarial, is checked without a stack overflow and within
// a fixed time: each rule keeps at most `limit` findings and counts the rest (issue 12, item 6).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyValidProgramme } from '../../tests/fixtures/programmes/arbitraries'
import { day, item, segmentProgramme } from '../../tests/fixtures/programmes/build'
import { formatTime, parseProgramme, type Item, type Programme, type Segment } from '../programme'
import { RULES, type RuleId } from './catalogue'
import { FINDINGS_LIMIT, checkParsedProgramme, checkParsedProgrammeReport, checkProgramme, checkProgrammeReport } from './check'

/** A programme as the database may hold it, past the import's limits: built directly, not parsed. */
function stored(days: { date: string; items: Item[]; thematic?: boolean }[], changes: Partial<Programme> = {}): Programme {
  return {
    version: 2,
    year: 2026,
    title: 'Intersessional Meetings',
    venue: 'Geneva',
    format: 'thematic-segment',
    formatDecision: { decidedBy: 'President', decidedOn: '2026-01-30', consultedCoordinatingCommittee: true, rationale: '' },
    otherMeetings: [],
    ...changes,
    days: days.map((entry) => ({ thematic: false, ...entry })),
  }
}

const plain = (start: string, end: string, title: string, segment: Segment = 'general'): Item => ({ start, end, title, segment, committee: null, objectives: [] })

const total = (report: { findings: { rule: RuleId }[]; omitted: Partial<Record<RuleId, number>> }, rule: RuleId) =>
  report.findings.filter((found) => found.rule === rule).length + (report.omitted[rule] ?? 0)

describe('the 600 items of 10:00-11:00 that broke the list of years', () => {
  const items = Array.from({ length: 600 }, (_, i) => plain('10:00', '11:00', `Item ${i + 1}`))

  it('are refused by the schema when imported: a day holds at most 200 items', () => {
    const doc = segmentProgramme({ days: [day('2026-06-16', items.map((entry) => item(entry.start, entry.end, entry.title)))] })
    expect(checkProgramme(doc).map((f) => `${f.rule} ${f.path}`)).toEqual(['schema days[0].items'])
  })

  it('are checked when already stored: 100 overlaps written, the other 179,600 counted', () => {
    const started = performance.now()
    const report = checkParsedProgrammeReport(stored([{ date: '2026-06-16', items }]))
    expect(performance.now() - started).toBeLessThan(1000)
    const overlaps = report.findings.filter((f) => f.rule === 'item-overlap')
    expect(overlaps).toHaveLength(FINDINGS_LIMIT)
    expect(report.omitted['item-overlap']).toBe((600 * 599) / 2 - FINDINGS_LIMIT)
    // Every overlap, and the thematic segment this programme lacks.
    expect(report.counts.error).toBe((600 * 599) / 2 + 1)
    // The ones kept are the first in the day's order: the first item against the next ones.
    expect(overlaps[0]?.params).toMatchObject({ firstTitle: 'Item 1', secondTitle: 'Item 10' })
  })
})

describe('the limit per rule', () => {
  it('keeps as many findings as asked and counts the rest, for every rule', () => {
    const items = Array.from({ length: 30 }, (_, i) => plain('09:00', formatTime(9 * 60 + 30 + i), `Item ${i}`))
    const programme = stored([{ date: '2026-06-20', items: [...items, plain('08:00', '20:00', 'Break', 'break')] }])
    const all = checkParsedProgrammeReport(programme, { limit: 1_000_000 })
    const capped = checkParsedProgrammeReport(programme, { limit: 3 })
    expect(all.omitted).toEqual({})
    for (const rule of RULES.map((entry) => entry.id)) {
      expect(capped.findings.filter((f) => f.rule === rule).length, rule).toBeLessThanOrEqual(3)
      expect(total(capped, rule), rule).toBe(total(all, rule))
    }
    // 30 items each overlapping the others (435 pairs) and the break, all outside the interpreted slots; no Committee or objective (4 of each).
    expect(capped.omitted).toEqual({ 'item-overlap': 435 - 3, 'break-overlap': 30 - 3, 'interpretation-hours': 30 - 3, 'core-objectives': 1, 'committee-coverage': 1 })
    expect(capped.counts).toEqual(all.counts)
  })

  it('counts beyond the limit exactly what it would have written, on any programme', () => {
    fc.assert(
      fc.property(anyValidProgramme, fc.integer({ min: 1, max: 3 }), (doc, limit) => {
        const all = checkProgrammeReport(doc, { limit: 1_000_000 })
        const capped = checkProgrammeReport(doc, { limit })
        for (const rule of RULES.map((entry) => entry.id)) expect(total(capped, rule), rule).toBe(total(all, rule))
        expect(capped.counts).toEqual(all.counts)
        // What is kept is what would be shown first of each rule's findings.
        for (const found of capped.findings) expect(all.findings).toContainEqual(found)
      }),
      { numRuns: 300 },
    )
  })

  it('limits schema findings too', () => {
    const doc = segmentProgramme({ days: [day('2026-06-16', Array.from({ length: 150 }, () => item('10:00', '11:00', 'A', { colour: 'red' } as never)))] })
    const report = checkProgrammeReport(doc)
    expect(report.findings).toHaveLength(FINDINGS_LIMIT)
    expect(report.omitted).toEqual({ schema: 50 })
    expect(report.counts.error).toBe(150)
    expect(parseProgramme(doc).ok).toBe(false)
  })
})

/** Large programmes built to hurt: every item at once, nested, staggered, or at random, with breaks across them. */
const adversarial = fc
  .record({
    count: fc.integer({ min: 1000, max: 5000 }),
    days: fc.integer({ min: 1, max: 10 }),
    pattern: fc.constantFrom('same', 'nested', 'staggered', 'random'),
    breaks: fc.integer({ min: 0, max: 1000 }),
    seed: fc.integer(),
    thematicDay: fc.boolean(),
  })
  .map(({ count, days, pattern, breaks, seed, thematicDay }) => {
    let state = seed >>> 0 || 1
    const random = (n: number) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0
      return state % n
    }
    const times = (i: number): [number, number] => {
      if (pattern === 'same') return [600, 660]
      if (pattern === 'nested') return [Math.min(719, 480 + (i % 240)), Math.max(721, 960 - (i % 240))]
      if (pattern === 'staggered') return [420 + (i % 900), 480 + (i % 900) + 60]
      const start = random(1380)
      return [start, start + 1 + random(1439 - start)]
    }
    const perDay: Item[][] = Array.from({ length: days }, () => [])
    for (let i = 0; i < count; i += 1) {
      const [start, end] = times(i)
      perDay[i % days]?.push({ ...plain(formatTime(start), formatTime(Math.min(end, 1439)), `Item ${i}`, i % 13 === 0 ? 'thematic' : 'committee'), objectives: [] })
    }
    for (let i = 0; i < breaks; i += 1) {
      const start = random(1380)
      perDay[i % days]?.push(plain(formatTime(start), formatTime(start + 1 + random(1439 - start)), `Break ${i}`, 'break'))
    }
    return stored(
      perDay.map((items, d) => ({ date: `2026-06-${String(8 + d).padStart(2, '0')}`, items, thematic: thematicDay && d === 0 })),
      { format: thematicDay ? 'thematic-day' : 'thematic-segment' },
    )
  })

describe('the time budget', () => {
  it('checks programmes of up to 5,000 items and 1,000 breaks, built to hurt, in under a second each', () => {
    let slowest = 0
    fc.assert(
      fc.property(adversarial, (programme) => {
        const started = performance.now()
        const report = checkParsedProgrammeReport(programme)
        const elapsed = performance.now() - started
        slowest = Math.max(slowest, elapsed)
        expect(elapsed).toBeLessThan(1000)
        for (const rule of Object.keys(report.omitted)) expect(report.findings.filter((f) => f.rule === rule)).toHaveLength(FINDINGS_LIMIT)
      }),
      { numRuns: 25 },
    )
    console.log(`[robustness] slowest of 25 adversarial programmes: ${slowest.toFixed(0)} ms`)
  })

  it('does not overflow the stack on 5,000 items at the same time on one day', () => {
    const items = Array.from({ length: 5000 }, (_, i) => plain('10:00', '11:00', `Item ${i}`))
    const findings = checkParsedProgramme(stored([{ date: '2026-06-16', items: [...items, plain('10:30', '12:00', 'Coffee', 'break')] }]))
    expect(findings.filter((f) => f.rule === 'item-overlap')).toHaveLength(FINDINGS_LIMIT)
    expect(findings.filter((f) => f.rule === 'break-overlap')).toHaveLength(FINDINGS_LIMIT)
  })
})
