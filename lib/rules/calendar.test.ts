import { describe, expect, it } from 'vitest'
import { day, item, onDates, segmentProgramme, thematicDayProgramme, type Doc } from '../../tests/fixtures/programmes/build'
import { checkProgramme } from './check'
import type { RuleId } from './catalogue'

const found = (doc: Doc, rule: RuleId) => checkProgramme(doc).filter((finding) => finding.rule === rule)

/** The clean two-day programme moved to other dates (and year). */
const on = (dates: string[], year = Number(dates[0]?.slice(0, 4))) => onDates(segmentProgramme({ year }), dates)

describe('the test programmes', () => {
  it('are clean', () => {
    expect(checkProgramme(segmentProgramme())).toEqual([])
    expect(checkProgramme(thematicDayProgramme())).toEqual([])
  })
})

describe('year-mismatch (any year)', () => {
  it('finds a day outside the programme year', () => {
    expect(found(on(['2025-06-17', '2026-06-16'], 2026), 'year-mismatch')).toEqual([
      {
        rule: 'year-mismatch',
        level: 'error',
        message: 'Tuesday 17 June 2025 is not in 2026, the year of this programme.',
        path: 'days[0].date',
        source: '-',
        params: { date: '2025-06-17', year: 2026 },
      },
    ])
  })

  it('takes 1 January and 31 December as in the year, and applies to early years', () => {
    expect(found(on(['2026-01-01', '2026-12-31'], 2026), 'year-mismatch')).toEqual([])
    expect(found(on(['2000-06-13', '2001-06-13'], 2000), 'year-mismatch').map((f) => f.path)).toEqual(['days[1].date'])
  })
})

describe('weekend (any year)', () => {
  it('finds a Saturday and a Sunday', () => {
    const findings = found(on(['2026-06-20', '2026-06-21']), 'weekend')
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['days[0].date', 'Saturday 20 June 2026 falls on a weekend; the meetings are held from Monday to Friday.'],
      ['days[1].date', 'Sunday 21 June 2026 falls on a weekend; the meetings are held from Monday to Friday.'],
    ])
    expect(findings[0]).toMatchObject({ level: 'error', source: 'practice' })
  })

  it('passes Friday and Monday, and applies before 2015 too', () => {
    expect(found(on(['2026-06-19', '2026-06-22']), 'weekend')).toEqual([])
    expect(found(on(['1999-05-08', '1999-05-10']), 'weekend').map((f) => f.path)).toEqual(['days[0].date'])
  })
})

describe('transparency-deadline (from 2015)', () => {
  it('warns when the meetings begin on 30 April, which is not after the deadline', () => {
    expect(found(on(['2026-04-30', '2026-05-01']), 'transparency-deadline')).toEqual([
      {
        rule: 'transparency-deadline',
        level: 'warning',
        message:
          'The meetings begin on Thursday 30 April 2026, which is not after the 30 April 2026 deadline for transparency reports; the Third Review Conference preferred them after it.',
        path: 'days[0].date',
        source: '3RC, Art. 7',
        params: { date: '2026-04-30', deadline: '2026-04-30' },
      },
    ])
  })

  it('passes meetings that begin on 1 May', () => {
    expect(found(on(['2026-05-01', '2026-05-04']), 'transparency-deadline')).toEqual([])
  })

  it('looks at the earliest day, whatever the order of the days in the file', () => {
    const findings = found(on(['2026-05-01', '2026-04-30']), 'transparency-deadline')
    expect(findings.map((f) => f.path)).toEqual(['days[1].date'])
  })

  it('does not bind 2014, binds 2015', () => {
    expect(found(on(['2014-04-07', '2014-04-08']), 'transparency-deadline')).toEqual([])
    expect(found(on(['2015-04-07', '2015-04-08']), 'transparency-deadline')).toHaveLength(1)
  })

  it('counts a day of the year before as before the deadline', () => {
    expect(found(on(['2025-12-15', '2026-06-16'], 2026), 'transparency-deadline')).toHaveLength(1)
  })
})

describe('meeting-length (from 2015)', () => {
  const third = day('2026-06-18', [item('10:00', '13:00', 'Third day')])
  const fourth = day('2026-06-19', [item('10:00', '13:00', 'Fourth day')])

  it('allows two days with a thematic segment and warns at three', () => {
    expect(found(segmentProgramme(), 'meeting-length')).toEqual([])
    const long = segmentProgramme()
    long.days = [...long.days, third]
    expect(found(long, 'meeting-length')).toEqual([
      {
        rule: 'meeting-length',
        level: 'warning',
        message: 'The meetings have 3 days; they need not be more than two days long.',
        path: 'days',
        source: '3RC, 4RC',
        params: { count: 3, maximum: 2, thematicDay: false },
      },
    ])
  })

  it('allows three days with a thematic day and warns at four', () => {
    expect(found(thematicDayProgramme(), 'meeting-length')).toEqual([])
    const long = thematicDayProgramme()
    long.days = [...long.days, fourth]
    expect(found(long, 'meeting-length').map((f) => f.message)).toEqual([
      'The meetings have 4 days; with the thematic day added they need not be more than three.',
    ])
  })

  it('counts two days when the format is undecided', () => {
    expect(found(segmentProgramme({ format: null, formatDecision: null }), 'meeting-length')).toEqual([])
    const long = segmentProgramme({ format: null, formatDecision: null })
    long.days = [...long.days, third]
    expect(found(long, 'meeting-length')).toHaveLength(1)
  })

  it('does not bind 2014, binds 2015', () => {
    const days = ['-06-16', '-06-17', '-06-18']
    const of = (year: number) => segmentProgramme({ year, format: null, formatDecision: null, days: days.map((d) => day(`${year}${d}`, [])) })
    expect(found(of(2014), 'meeting-length')).toEqual([])
    expect(found(of(2015), 'meeting-length')).toHaveLength(1)
  })
})

describe('consecutive-days (from 2015)', () => {
  it('passes two consecutive weekdays, in any order in the file', () => {
    expect(found(on(['2026-06-16', '2026-06-17']), 'consecutive-days')).toEqual([])
    expect(found(on(['2026-06-17', '2026-06-16']), 'consecutive-days')).toEqual([])
  })

  it('warns about a gap between the days', () => {
    expect(found(on(['2026-06-16', '2026-06-18']), 'consecutive-days')).toEqual([
      {
        rule: 'consecutive-days',
        level: 'warning',
        message: 'The meeting days (Tuesday 16 June 2026 and Thursday 18 June 2026) are not consecutive working days of one week.',
        path: 'days',
        source: '3RC "same week"',
        params: { dates: ['2026-06-16', '2026-06-18'] },
      },
    ])
  })

  it('warns about Friday and Monday: consecutive working days, but not of one week', () => {
    expect(found(on(['2026-06-19', '2026-06-22']), 'consecutive-days')).toHaveLength(1)
  })

  it('passes a single weekday and warns about a single Saturday', () => {
    const single = (date: string) => segmentProgramme({ days: [day(date, [])] })
    expect(found(single('2026-06-16'), 'consecutive-days')).toEqual([])
    expect(found(single('2026-06-20'), 'consecutive-days').map((f) => f.message)).toEqual([
      'The only meeting day, Saturday 20 June 2026, is not a working day.',
    ])
  })

  it('does not bind 2014, binds 2015', () => {
    expect(found(on(['2014-06-17', '2014-06-19']), 'consecutive-days')).toEqual([])
    expect(found(on(['2015-06-16', '2015-06-18']), 'consecutive-days')).toHaveLength(1)
  })
})

describe('other-meeting-clash (from 2015)', () => {
  const meeting = (start: string, end: string, year = 2026) =>
    segmentProgramme({ year, otherMeetings: [{ name: 'Convention on Cluster Munitions, Intersessional Meeting', start, end }] })

  it('finds a meeting whose last day is the first meeting day (ends are inclusive)', () => {
    expect(found(meeting('2026-06-15', '2026-06-16'), 'other-meeting-clash')).toEqual([
      {
        rule: 'other-meeting-clash',
        level: 'warning',
        message:
          'Tuesday 16 June 2026 is also a day of "Convention on Cluster Munitions, Intersessional Meeting", held from Monday 15 June 2026 to Tuesday 16 June 2026.',
        path: 'days[0].date',
        source: '3RC "same week"',
        params: { date: '2026-06-16', meeting: 'Convention on Cluster Munitions, Intersessional Meeting', start: '2026-06-15', end: '2026-06-16' },
      },
    ])
  })

  it('finds a meeting whose first day is the last meeting day', () => {
    expect(found(meeting('2026-06-17', '2026-06-19'), 'other-meeting-clash').map((f) => f.path)).toEqual(['days[1].date'])
  })

  it('finds each day a long meeting covers, and a one-day meeting', () => {
    expect(found(meeting('2026-06-01', '2026-06-30'), 'other-meeting-clash').map((f) => f.path)).toEqual(['days[0].date', 'days[1].date'])
    expect(found(meeting('2026-06-17', '2026-06-17'), 'other-meeting-clash')[0]?.message).toBe(
      'Wednesday 17 June 2026 is also a day of "Convention on Cluster Munitions, Intersessional Meeting", held that day.',
    )
  })

  it('passes a meeting in the same week on other days', () => {
    expect(found(meeting('2026-06-18', '2026-06-19'), 'other-meeting-clash')).toEqual([])
    expect(found(meeting('2026-06-12', '2026-06-15'), 'other-meeting-clash')).toEqual([])
  })

  it('does not bind 2014', () => {
    const doc = onDates(meeting('2014-06-17', '2014-06-17', 2014), ['2014-06-17', '2014-06-18'])
    expect(found(doc, 'other-meeting-clash')).toEqual([])
    expect(found(onDates(meeting('2015-06-17', '2015-06-17', 2015), ['2015-06-16', '2015-06-17']), 'other-meeting-clash')).toHaveLength(1)
  })
})
