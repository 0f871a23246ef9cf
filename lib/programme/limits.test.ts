// The limits the import shares with the editor (issue 12, item 7): what the editor cannot hold, a
// file cannot bring in. Each is a `schema` finding naming the field, the limit and the count.
import { describe, expect, it } from 'vitest'
import { day, item, segmentProgramme } from '../../tests/fixtures/programmes/build'
import { LIMITS, MAX_YEAR, MIN_YEAR, characters, isProgrammeYear } from './limits'
import { parseProgramme } from './parse'

function refusals(doc: unknown) {
  const parsed = parseProgramme(doc)
  return parsed.ok ? [] : parsed.findings.map(({ path, message, params }) => ({ path, message, params }))
}

describe('the year', () => {
  it('is a four-digit year from 1999 to 2100, as in the editor', () => {
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1999, 2100])
    for (const year of [1999, 2026, 2100]) expect(isProgrammeYear(year), String(year)).toBe(true)
    for (const year of [99999, 123, 0, -5, 1998, 2101, 2026.5, Number.NaN, '2026']) expect(isProgrammeYear(year), String(year)).toBe(false)
  })

  it('is refused out of the range, with the bound in the finding', () => {
    expect(refusals(segmentProgramme({ year: 99999 }))).toEqual([
      { path: 'year', message: 'The field year must be at most 2100, but it is the number 99999.', params: { field: 'year', problem: 'too-high', maximum: 2100, value: 99999 } },
    ])
    for (const year of [123, 0, -5, 1998]) {
      expect(refusals(segmentProgramme({ year }))).toEqual([
        { path: 'year', message: `The field year must be at least 1999, but it is the number ${year}.`, params: { field: 'year', problem: 'too-low', minimum: 1999, value: year } },
      ])
    }
    expect(parseProgramme(segmentProgramme({ year: 1999, days: [day('1999-05-04', [])] })).ok).toBe(true)
  })
})

describe('texts', () => {
  it('refuses a 200 kB title, counting characters as people do', () => {
    expect(refusals(segmentProgramme({ title: 'T'.repeat(200_000) }))).toEqual([
      {
        path: 'title',
        message: 'The field title must be at most 300 characters long, but it has 200000.',
        params: { field: 'title', problem: 'too-long', maximum: 300, count: 200_000 },
      },
    ])
    // 300 emoji are 600 UTF-16 units but 300 characters.
    expect(characters('😀'.repeat(300))).toBe(300)
    expect(parseProgramme(segmentProgramme({ title: '😀'.repeat(300) })).ok).toBe(true)
  })

  it('limits item titles, descriptions, speakers, times, the format decision and other meetings', () => {
    const items = [
      item('10:00', '11:00', 'x'.repeat(301)),
      item('10:00', '11:00', 'Plenary', { description: 'd'.repeat(2001) }),
      item('10:00'.repeat(61), '11:00', 'Plenary'),
      item('10:00', '11:00', 'Plenary', { speakers: ['s'.repeat(301)] }),
      item('10:00', '11:00', 'Plenary', { speakers: [''] }),
    ]
    const doc = segmentProgramme({
      days: [day('2026-06-16', items)],
      formatDecision: { decidedBy: 'P'.repeat(301), decidedOn: '2026-01-30', consultedCoordinatingCommittee: true, rationale: 'r'.repeat(2001) },
      otherMeetings: [{ name: 'n'.repeat(301), start: '2026-06-19', end: '2026-06-19' }],
    })
    expect(refusals(doc).map((f) => [f.path, f.params.problem])).toEqual([
      ['formatDecision.decidedBy', 'too-long'],
      ['formatDecision.rationale', 'too-long'],
      ['otherMeetings[0].name', 'too-long'],
      ['days[0].items[0].title', 'too-long'],
      ['days[0].items[1].description', 'too-long'],
      ['days[0].items[2].start', 'too-long'],
      ['days[0].items[3].speakers[0]', 'too-long'],
      ['days[0].items[4].speakers[0]', 'empty'],
    ])
  })

  it("keeps an item's speakers within the editor's field: 2,000 characters, one name per line", () => {
    const names = (count: number, length: number) => Array.from({ length: count }, (_, i) => String(i).padStart(length, 'n'))
    // 20 names of 99 characters and 19 line breaks: 1999.
    expect(parseProgramme(segmentProgramme({ days: [day('2026-06-16', [item('10:00', '11:00', 'A', { speakers: names(20, 99) })])] })).ok).toBe(true)
    expect(refusals(segmentProgramme({ days: [day('2026-06-16', [item('10:00', '11:00', 'A', { speakers: names(20, 100) })])] }))).toEqual([
      {
        path: 'days[0].items[0].speakers',
        message: 'The field days[0].items[0].speakers must hold at most 2000 characters of names (one per line, as the editor shows them), but they have 2019.',
        params: { field: 'days[0].items[0].speakers', problem: 'speakers-too-long', maximum: 2000, count: 2019 },
      },
    ])
  })
})

describe('lists', () => {
  it('allows at most 10 days, as the editor', () => {
    const days = (count: number) => Array.from({ length: count }, (_, i) => day(`2026-06-${String(i + 1).padStart(2, '0')}`, []))
    expect(parseProgramme(segmentProgramme({ days: days(10) })).ok).toBe(true)
    expect(refusals(segmentProgramme({ days: days(60) }))).toEqual([
      { path: 'days', message: 'The field days must hold at most 10 entries, but it has 60.', params: { field: 'days', problem: 'too-many', maximum: 10, count: 60 } },
    ])
  })

  it('refuses 10,000 repeated objectives with one finding, quickly', () => {
    const started = performance.now()
    const found = refusals(segmentProgramme({ days: [day('2026-06-16', [item('10:00', '11:00', 'A', { objectives: Array(10_000).fill('clearance') })])] }))
    expect(performance.now() - started).toBeLessThan(500)
    expect(found).toEqual([
      {
        path: 'days[0].items[0].objectives',
        message: 'The field days[0].items[0].objectives must hold at most 4 entries, but it has 10000.',
        params: { field: 'days[0].items[0].objectives', problem: 'too-many', maximum: 4, count: 10_000 },
      },
    ])
    expect(refusals(segmentProgramme({ days: [day('2026-06-16', [item('10:00', '11:00', 'A', { objectives: ['clearance', 'clearance'] })])] }))).toEqual([
      {
        path: 'days[0].items[0].objectives[1]',
        message: 'The field days[0].items[0].objectives[1] repeats "clearance" of entry 0; each objective is listed once.',
        params: { field: 'days[0].items[0].objectives[1]', problem: 'repeated-entry', value: 'clearance', first: 0 },
      },
    ])
  })

  it(`allows ${LIMITS.itemsPerDay} items a day, ${LIMITS.speakersPerItem} speakers an item and ${LIMITS.otherMeetings} other meetings`, () => {
    const items = (count: number) => Array.from({ length: count }, (_, i) => item('10:00', '11:00', `Item ${i}`))
    expect(parseProgramme(segmentProgramme({ days: [day('2026-06-16', items(200))] })).ok).toBe(true)
    expect(refusals(segmentProgramme({ days: [day('2026-06-16', items(600))] })).map((f) => f.message)).toEqual([
      'The field days[0].items must hold at most 200 entries, but it has 600.',
    ])
    const speakers = Array.from({ length: 51 }, (_, i) => `S${i}`)
    expect(refusals(segmentProgramme({ days: [day('2026-06-16', [item('10:00', '11:00', 'A', { speakers })])] })).map((f) => f.path)).toEqual(['days[0].items[0].speakers'])
    const meetings = Array.from({ length: 51 }, () => ({ name: 'CCM', start: '2026-06-19', end: '2026-06-19' }))
    expect(refusals(segmentProgramme({ otherMeetings: meetings })).map((f) => f.path)).toEqual(['otherMeetings'])
  })
})
