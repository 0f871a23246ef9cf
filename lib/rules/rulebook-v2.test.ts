// The rules version 2 of the rulebook adds (rulebook.md, "Version 2"), at their edges, and how they
// meet the others.
import { describe, expect, it } from 'vitest'
import { clean2026, day, item, onDates, regularDays, segmentProgramme, thematicDay, thematicDayProgramme, type Doc } from '../../tests/fixtures/programmes/build'
import type { ItemInput } from '../programme'
import type { RuleId } from './catalogue'
import { checkProgramme } from './check'

const found = (doc: Doc, rule: RuleId) => checkProgramme(doc).filter((finding) => finding.rule === rule)
const oneDay = (...items: ItemInput[]) => segmentProgramme({ days: [day('2026-06-16', items)] })
const lunch = (start = '13:00', end = '15:00') => item(start, end, 'Lunch break', { segment: 'break' })

describe('break-overlap (any year)', () => {
  it('lets items touch a break', () => {
    expect(found(oneDay(item('10:00', '13:00', 'Morning'), lunch(), item('15:00', '18:00', 'Afternoon')), 'break-overlap')).toEqual([])
  })

  it('warns about an item that runs a minute into a break, naming both', () => {
    expect(found(oneDay(item('10:30', '13:01', 'Committee on Article 5 Implementation'), lunch()), 'break-overlap')).toEqual([
      {
        rule: 'break-overlap',
        level: 'warning',
        message: 'On Tuesday 16 June 2026, "Committee on Article 5 Implementation" (10:30-13:01) runs into the break "Lunch break" (13:00-15:00).',
        path: 'days[0].items[0]',
        source: 'practice',
        params: {
          date: '2026-06-16',
          title: 'Committee on Article 5 Implementation',
          start: '10:30',
          end: '13:01',
          breakTitle: 'Lunch break',
          breakStart: '13:00',
          breakEnd: '15:00',
        },
      },
    ])
    expect(found(oneDay(lunch(), item('14:59', '16:00', 'Early afternoon')), 'break-overlap').map((f) => f.path)).toEqual(['days[0].items[1]'])
  })

  it('warns about an item inside a break and a break inside an item, one finding per pair', () => {
    const doc = oneDay(
      item('10:00', '18:00', 'All day'),
      lunch(),
      item('11:00', '11:15', 'Coffee', { segment: 'break' }),
      item('13:30', '14:00', 'Statement over lunch'),
    )
    const pairs = found(doc, 'break-overlap').map((f) => `${f.params.title} / ${f.params.breakTitle}`)
    expect(pairs.sort()).toEqual(['All day / Coffee', 'All day / Lunch break', 'Statement over lunch / Lunch break'])
  })

  it('leaves side events and other breaks alone, and looks only within a day', () => {
    const doc = segmentProgramme({
      days: [
        day('2026-06-16', [lunch(), item('13:15', '14:45', 'Side event', { segment: 'side-event' }), item('14:00', '14:30', 'Coffee', { segment: 'break' })]),
        day('2026-06-17', [item('12:00', '14:00', 'Long morning')]),
      ],
    })
    expect(found(doc, 'break-overlap')).toEqual([])
  })

  it('is a warning, not an error: it does not block approval', () => {
    const findings = checkProgramme(oneDay(item('12:00', '13:30', 'A'), lunch()))
    expect(findings.filter((f) => f.rule === 'break-overlap').map((f) => f.level)).toEqual(['warning'])
    expect(findings.filter((f) => f.rule === 'item-overlap')).toEqual([])
  })
})

describe('unog-holiday (any year)', () => {
  const on = (dates: string[], year = Number(dates[0]?.slice(0, 4))) => onDates(segmentProgramme({ year }), dates)

  it('warns about Ascension Day 2026 (Thursday 14 May) and Whit Monday 2026 (25 May)', () => {
    expect(found(on(['2026-05-13', '2026-05-14']), 'unog-holiday')).toEqual([
      {
        rule: 'unog-holiday',
        level: 'warning',
        message: 'Thursday 14 May 2026 is Ascension Day, an official holiday of the United Nations Office at Geneva.',
        path: 'days[1].date',
        source: 'UNOG practice',
        params: { date: '2026-05-14', holiday: 'ascension' },
      },
    ])
    expect(found(on(['2026-05-25', '2026-05-26']), 'unog-holiday').map((f) => f.params)).toEqual([{ date: '2026-05-25', holiday: 'whit-monday' }])
  })

  it('passes the days around them', () => {
    expect(found(on(['2026-05-12', '2026-05-13']), 'unog-holiday')).toEqual([])
    expect(found(on(['2026-05-26', '2026-05-27']), 'unog-holiday')).toEqual([])
  })

  it('follows Easter from year to year: 2025, 2027 and 2038', () => {
    expect(found(on(['2025-05-28', '2025-05-29']), 'unog-holiday').map((f) => f.params)).toEqual([{ date: '2025-05-29', holiday: 'ascension' }])
    expect(found(on(['2025-06-09', '2025-06-10']), 'unog-holiday').map((f) => f.params)).toEqual([{ date: '2025-06-09', holiday: 'whit-monday' }])
    expect(found(on(['2027-03-26', '2027-03-29']), 'unog-holiday').map((f) => f.params.holiday)).toEqual(['good-friday', 'easter-monday'])
    expect(found(on(['2038-06-03', '2038-06-04']), 'unog-holiday').map((f) => f.params.holiday)).toEqual(['ascension'])
    expect(found(on(['2038-06-14', '2038-06-15']), 'unog-holiday').map((f) => f.params.holiday)).toEqual(['whit-monday'])
  })

  it('knows Jeûne genevois, 1 January and 25 December', () => {
    expect(found(on(['2026-09-09', '2026-09-10']), 'unog-holiday').map((f) => f.message)).toEqual([
      'Thursday 10 September 2026 is Jeûne genevois, an official holiday of the United Nations Office at Geneva.',
    ])
    expect(found(on(['2025-09-11', '2025-09-12']), 'unog-holiday').map((f) => f.params.holiday)).toEqual(['jeune-genevois'])
    expect(found(on(['2026-12-24', '2026-12-25']), 'unog-holiday').map((f) => f.params.holiday)).toEqual(['christmas'])
    expect(found(on(['2027-01-01', '2027-01-04']), 'unog-holiday').map((f) => f.params.holiday)).toEqual(['new-year'])
  })

  it('applies to any year: the 2015 meetings on Ascension Day (14 May 2015)', () => {
    expect(found(on(['2015-05-13', '2015-05-14']), 'unog-holiday').map((f) => f.params.date)).toEqual(['2015-05-14'])
    expect(found(on(['1999-05-13', '1999-05-14']), 'unog-holiday').map((f) => f.params.holiday)).toEqual(['ascension'])
  })
})

describe('thematic-day-empty (from 2020)', () => {
  it('is an error when the one thematic day holds no thematic item', () => {
    const doc = thematicDayProgramme('2026-06-18')
    doc.days[2] = thematicDay('2026-06-18', [lunch(), item('13:15', '14:45', 'Side event', { segment: 'side-event' })])
    expect(found(doc, 'thematic-day-empty')).toEqual([
      {
        rule: 'thematic-day-empty',
        level: 'error',
        message: 'The thematic day, Thursday 18 June 2026, holds no item of the thematic segment; it is added for a day of thematic discussions.',
        path: 'days[2].items',
        source: '4RC b) "a day of thematic discussions"',
        params: { date: '2026-06-18' },
      },
    ])
    doc.days[2] = thematicDay('2026-06-18', [])
    expect(found(doc, 'thematic-day-empty')).toHaveLength(1)
  })

  it('passes a thematic day with one thematic item', () => {
    expect(found(thematicDayProgramme('2026-06-18'), 'thematic-day-empty')).toEqual([])
  })

  it('speaks beside thematic-day-content of a thematic day that holds a Committee session', () => {
    const doc = thematicDayProgramme('2026-06-18')
    doc.days[2] = thematicDay('2026-06-18', [item('10:00', '13:00', 'Committee on Victim Assistance', { segment: 'committee', committee: 'victim-assistance' })])
    const rules = checkProgramme(doc).map((f) => f.rule)
    expect(rules).toContain('thematic-day-empty')
    expect(rules).toContain('thematic-day-content')
  })

  it('waits for exactly one thematic day and for the format thematic-day', () => {
    const two = thematicDayProgramme('2026-06-18')
    two.days = [...two.days, thematicDay('2026-06-19', [])]
    expect(found(two, 'thematic-day-empty')).toEqual([])
    const undecided = thematicDayProgramme('2026-06-18', { format: null, formatDecision: null })
    undecided.days[2] = thematicDay('2026-06-18', [])
    expect(found(undecided, 'thematic-day-empty')).toEqual([])
    const segment = segmentProgramme({ days: [...regularDays(), thematicDay('2026-06-18', [])] })
    expect(found(segment, 'thematic-day-empty')).toEqual([])
  })

  it('does not bind 2019', () => {
    const doc = segmentProgramme({ year: 2019, format: 'thematic-day', days: [...regularDays('2019-06-18', '2019-06-19'), thematicDay('2019-06-20', [])] })
    expect(found(doc, 'thematic-day-empty')).toEqual([])
    const later = segmentProgramme({ year: 2020, format: 'thematic-day', days: [...regularDays('2020-06-16', '2020-06-17'), thematicDay('2020-06-18', [])] })
    expect(found(later, 'thematic-day-empty')).toHaveLength(1)
  })
})

describe('thematic-item-stray (from 2020)', () => {
  it('warns about each thematic item on a day not marked thematic', () => {
    const doc = thematicDayProgramme('2026-06-18')
    const first = doc.days[0]
    if (first) first.items = [...first.items, item('17:00', '18:00', 'Thematic discussion, part 2', { segment: 'thematic' })]
    first?.items.splice(4, 1)
    const findings = found(doc, 'thematic-item-stray')
    expect(findings).toEqual([
      {
        rule: 'thematic-item-stray',
        level: 'warning',
        message:
          '"Thematic discussion, part 2" (17:00-18:00) on Tuesday 16 June 2026 is in the thematic segment, but that day is not the thematic day; with a day of thematic discussions added, they are held on it.',
        path: 'days[0].items[4].segment',
        source: '4RC b)',
        params: { date: '2026-06-16', title: 'Thematic discussion, part 2', start: '17:00', end: '18:00' },
      },
    ])
  })

  it('gives one finding per item, and none for thematic items on the thematic day', () => {
    const doc = thematicDayProgramme('2026-06-18')
    doc.days[0] = day('2026-06-16', [item('10:00', '11:00', 'A', { segment: 'thematic' }), item('11:00', '12:00', 'B', { segment: 'thematic' })])
    expect(found(doc, 'thematic-item-stray').map((f) => f.params.title)).toEqual(['A', 'B'])
  })

  it('is silent with a thematic segment or an undecided format, and before 2020', () => {
    expect(found(segmentProgramme(), 'thematic-item-stray')).toEqual([])
    expect(found(segmentProgramme({ format: null, formatDecision: null }), 'thematic-item-stray')).toEqual([])
    const early = segmentProgramme({ year: 2019, format: 'thematic-day', days: [...regularDays('2019-06-18', '2019-06-19'), thematicDay('2019-06-20')] })
    expect(found(early, 'thematic-item-stray')).toEqual([])
  })
})

describe('how the rules meet', () => {
  it('leaves an item or a break with an item-times finding out of break-overlap', () => {
    const doc = oneDay(
      item('12:00', '12:00', 'Zero length'),
      item('12:30', '9:00', 'Bad end'),
      item('13:00', '13:00', 'Zero-length break', { segment: 'break' }),
      item('14:00', '24:00', 'Into the night'),
      item('12:00', '16:00', 'Long break', { segment: 'break' }),
      item('12:45', '13:30', 'Valid'),
    )
    const findings = checkProgramme(doc)
    expect(findings.filter((f) => f.rule === 'item-times')).toHaveLength(4)
    // Only the valid item meets only the valid break; the broken ones take no part.
    expect(findings.filter((f) => f.rule === 'break-overlap').map((f) => `${f.params.title} / ${f.params.breakTitle}`)).toEqual(['Valid / Long break'])
    expect(findings.filter((f) => f.rule === 'interpretation-hours').map((f) => f.params.title)).toEqual(['Valid'])
    expect(findings.filter((f) => f.rule === 'item-overlap')).toEqual([])
  })

  it('finds nothing new in the clean 2026 programme', () => {
    expect(checkProgramme(clean2026())).toEqual([])
  })
})
