import { describe, expect, it } from 'vitest'
import { clean2026, day, item, segmentProgramme } from '../../tests/fixtures/programmes/build'
import { formatPath, parseProgramme } from './parse'

/** The schema findings of a document, as path -> message. */
function refusals(doc: unknown) {
  const parsed = parseProgramme(doc)
  if (parsed.ok) return []
  for (const found of parsed.findings) expect(found).toMatchObject({ rule: 'schema', level: 'error', source: '-' })
  return parsed.findings.map(({ path, message }) => ({ path, message }))
}

const paths = (doc: unknown) => refusals(doc).map((found) => found.path)

describe('parseProgramme', () => {
  it('accepts the 2026 programme and fills in the defaults', () => {
    const parsed = parseProgramme(clean2026())
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const lunch = parsed.programme.days[0]?.items[2]
    expect(lunch).toEqual({ start: '13:00', end: '15:00', title: 'Lunch break', segment: 'break', committee: null, objectives: [] })
  })

  it('defaults the segment to general, the committee to null, objectives and other meetings to empty', () => {
    const doc = segmentProgramme({ days: [day('2026-06-16', [item('10:00', '11:00', 'Plenary')])] })
    delete (doc as { otherMeetings?: unknown }).otherMeetings
    const parsed = parseProgramme(doc)
    expect(parsed.ok && parsed.programme.days[0]?.items[0]).toEqual({ start: '10:00', end: '11:00', title: 'Plenary', segment: 'general', committee: null, objectives: [] })
    expect(parsed.ok && parsed.programme.otherMeetings).toEqual([])
  })

  it('keeps the optional description and speakers', () => {
    const doc = segmentProgramme({ days: [day('2026-06-16', [item('10:00', '11:00', 'Plenary', { description: 'Room XIX', speakers: ['Co-Chair'] })])] })
    const parsed = parseProgramme(doc)
    expect(parsed.ok && parsed.programme.days[0]?.items[0]).toMatchObject({ description: 'Room XIX', speakers: ['Co-Chair'] })
  })

  it('refuses an unknown field anywhere and names it', () => {
    const doc = clean2026() as Record<string, unknown>
    doc.colour = 'blue'
    const days = doc.days as Record<string, unknown>[]
    ;(days[1] as Record<string, unknown>).room = 'XIX'
    ;((days[1]?.items as Record<string, unknown>[])[3] as Record<string, unknown>).endd = '18:00'
    ;(doc.formatDecision as Record<string, unknown>).consulted = true
    ;((doc.otherMeetings as Record<string, unknown>[])[0] as Record<string, unknown>).venue = 'Geneva'
    const found = refusals(doc)
    expect(found.map((f) => f.path).sort()).toEqual(['colour', 'days[1].items[3].endd', 'days[1].room', 'formatDecision.consulted', 'otherMeetings[0].venue'])
    expect(found.find((f) => f.path === 'days[1].items[3].endd')?.message).toBe(
      'Unknown field "endd" in days[1].items[3]: the programme format has no such field (check its spelling).',
    )
    expect(found.find((f) => f.path === 'colour')?.message).toContain('"colour"')
  })

  it('says which required field is missing', () => {
    for (const field of ['version', 'year', 'title', 'venue', 'format', 'formatDecision', 'days']) {
      const doc = segmentProgramme() as Record<string, unknown>
      delete doc[field]
      expect(refusals(doc), field).toEqual([{ path: field, message: `The field ${field} is required but missing.` }])
    }
    const withoutEnd = segmentProgramme({ days: [day('2026-06-16', [{ start: '10:00', title: 'Plenary' } as never])] })
    expect(paths(withoutEnd)).toEqual(['days[0].items[0].end'])
    const withoutThematic = segmentProgramme({ days: [{ date: '2026-06-16', items: [] } as never] })
    expect(paths(withoutThematic)).toEqual(['days[0].thematic'])
  })

  it('takes versions 1 and 2 only and a whole-number year', () => {
    expect(refusals(segmentProgramme({ version: 3 as 1 }))).toEqual([{ path: 'version', message: 'The field version must be one of 1, 2, but it is the number 3.' }])
    expect(refusals(segmentProgramme({ version: '1' as never }))).toEqual([{ path: 'version', message: 'The field version must be one of 1, 2, but it is the text "1".' }])
    expect(parseProgramme(segmentProgramme({ version: 2 })).ok).toBe(true)
    expect(refusals(segmentProgramme({ year: 2025.5 }))).toEqual([{ path: 'year', message: 'The field year must be a whole number, but it is the number 2025.5.' }])
    expect(refusals(segmentProgramme({ year: '2026' as never }))).toEqual([{ path: 'year', message: 'The field year must be a number, but it is the text "2026".' }])
  })

  it('wants a title and a venue of 1 to 300 characters', () => {
    expect(parseProgramme(segmentProgramme({ title: 'T'.repeat(300), venue: 'V' })).ok).toBe(true)
    expect(refusals(segmentProgramme({ title: '' }))).toEqual([{ path: 'title', message: 'The field title must not be empty.' }])
    expect(paths(segmentProgramme({ venue: '   ' }))).toEqual(['venue'])
    expect(refusals(segmentProgramme({ venue: 'V'.repeat(301) }))).toEqual([
      { path: 'venue', message: 'The field venue must be at most 300 characters long, but it has 301.' },
    ])
  })

  it('wants at least one day, with distinct dates that are real', () => {
    expect(refusals(segmentProgramme({ days: [] }))).toEqual([{ path: 'days', message: 'The field days must hold at least 1 entry, but it is empty.' }])
    const twice = segmentProgramme({ days: [day('2026-06-16', []), day('2026-06-17', []), day('2026-06-16', [])] })
    expect(refusals(twice)).toEqual([
      { path: 'days[2].date', message: 'The field days[2].date repeats the date 2026-06-16 of days[0]; each day must have its own date.' },
    ])
    expect(refusals(segmentProgramme({ days: [day('2026-02-30', [])] }))).toEqual([
      { path: 'days[0].date', message: 'The field days[0].date must be a real calendar date written YYYY-MM-DD, but it is "2026-02-30".' },
    ])
    expect(paths(segmentProgramme({ days: [day('2026-6-16', [])] }))).toEqual(['days[0].date'])
  })

  it('reports a repeated date beside other mistakes of the days', () => {
    const doc = segmentProgramme({ days: [day('2026-06-16', [item('10:00', '11:00', 'A', { segment: 'lunch' as never })]), day('2026-06-16', [])] })
    expect(paths(doc)).toEqual(['days[0].items[0].segment', 'days[1].date'])
  })

  it('wants a format decision with all four fields, or null', () => {
    expect(parseProgramme(segmentProgramme({ formatDecision: null })).ok).toBe(true)
    const partial = segmentProgramme({ formatDecision: { decidedBy: 'President', decidedOn: '2026-01-30' } as never })
    expect(paths(partial).sort()).toEqual(['formatDecision.consultedCoordinatingCommittee', 'formatDecision.rationale'])
    const badDate = segmentProgramme({
      formatDecision: { decidedBy: 'President', decidedOn: '30 January 2026', consultedCoordinatingCommittee: true, rationale: '' },
    })
    expect(paths(badDate)).toEqual(['formatDecision.decidedOn'])
    const notBoolean = segmentProgramme({
      formatDecision: { decidedBy: 'President', decidedOn: '2026-01-30', consultedCoordinatingCommittee: 'yes' as never, rationale: '' },
    })
    expect(refusals(notBoolean)).toEqual([
      {
        path: 'formatDecision.consultedCoordinatingCommittee',
        message: 'The field formatDecision.consultedCoordinatingCommittee must be true or false, but it is the text "yes".',
      },
    ])
  })

  it('knows the formats, segments, committees and objectives', () => {
    expect(refusals(segmentProgramme({ format: 'thematic-week' as never }))[0]?.message).toBe(
      'The field format must be one of "thematic-segment", "thematic-day", but it is the text "thematic-week".',
    )
    const doc = segmentProgramme({
      days: [
        day('2026-06-16', [
          item('10:00', '11:00', 'A', { segment: 'lunch' as never }),
          item('11:00', '12:00', 'B', { committee: 'article-7' as never }),
          item('12:00', '13:00', 'C', { objectives: ['clearance', 'peace' as never] }),
        ]),
      ],
    })
    expect(paths(doc)).toEqual(['days[0].items[0].segment', 'days[0].items[1].committee', 'days[0].items[2].objectives[1]'])
  })

  it('takes any text as a time (the item-times rule judges it) but not a number', () => {
    expect(parseProgramme(segmentProgramme({ days: [day('2026-06-16', [item('9:00', '24:00', 'A')])] })).ok).toBe(true)
    const numeric = segmentProgramme({ days: [day('2026-06-16', [item('10:00', 1100 as never, 'A')])] })
    expect(refusals(numeric)).toEqual([{ path: 'days[0].items[0].end', message: 'The field days[0].items[0].end must be text, but it is the number 1100.' }])
  })

  it('wants other meetings to end on or after their start', () => {
    const meeting = (start: string, end: string) => segmentProgramme({ otherMeetings: [{ name: 'CCM', start, end }] })
    expect(parseProgramme(meeting('2026-06-19', '2026-06-19')).ok).toBe(true)
    expect(refusals(meeting('2026-06-19', '2026-06-18'))).toEqual([
      { path: 'otherMeetings[0].end', message: 'The field otherMeetings[0].end must not be before the start (2026-06-19), but it is 2026-06-18.' },
    ])
    expect(paths(meeting('2026-06-19', '2026-06-31'))).toEqual(['otherMeetings[0].end'])
  })

  it('refuses what is not an object', () => {
    for (const doc of [null, [], 'programme', 2026, true, undefined]) {
      const found = refusals(doc)
      expect(found).toHaveLength(1)
      expect(found[0]?.path).toBe('')
      expect(found[0]?.message).toMatch(/^The document (must be an object|is required)/)
    }
  })
})

describe('formatPath', () => {
  it('writes paths the way the findings show them', () => {
    expect(formatPath(['days', 1, 'items', 3, 'end'])).toBe('days[1].items[3].end')
    expect(formatPath(['year'])).toBe('year')
    expect(formatPath([])).toBe('')
    expect(formatPath(['days', 0, 'odd key'])).toBe('days[0]["odd key"]')
  })
})
