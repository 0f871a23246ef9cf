import { describe, expect, it } from 'vitest'
import { clean2026, day, item, segmentProgramme } from '../../tests/fixtures/programmes/build'
import { parseProgramme } from '../programme'
import { RULES } from './catalogue'
import { checkCollection, checkParsedProgramme, checkProgramme } from './check'
import { blocksApproval } from './finding'
import { comparePaths } from './order'

describe('checkProgramme', () => {
  it('finds nothing in the realistic 2026 programme', () => {
    expect(checkProgramme(clean2026())).toEqual([])
  })

  it('gives only schema findings to a document that is not a valid programme', () => {
    // A Saturday, overlapping items, no Committees: none of that is reported beside the unknown field.
    const doc = segmentProgramme({ days: [day('2026-06-20', [item('10:00', '12:00', 'A', { colour: 'red' } as never), item('11:00', '12:00', 'B')])] })
    const findings = checkProgramme(doc)
    expect(findings.map((f) => [f.rule, f.path])).toEqual([['schema', 'days[0].items[0].colour']])
  })

  it('reports a time that is not text as a schema finding', () => {
    const doc = segmentProgramme({ days: [day('2026-06-16', [item('10:00', 11 as never, 'A')])] })
    expect(checkProgramme(doc).map((f) => f.rule)).toEqual(['schema'])
  })

  it('orders errors, warnings, information; within a level by day and time', () => {
    const doc = segmentProgramme({
      format: null,
      formatDecision: null,
      days: [
        day('2026-06-18', [item('15:00', '16:00', 'Late', { committee: 'article-5' }), item('09:00', '10:00', 'Early')]),
        day('2026-06-16', [item('10:00', '11:00', 'First'), item('10:30', '11:30', 'Overlapping'), item('13:00', '14:00', 'Lunch talk')]),
      ],
    })
    const findings = checkProgramme(doc)
    expect(findings.map((f) => `${f.level} ${f.rule} ${f.path}`)).toEqual([
      'error format-undecided format',
      'error item-overlap days[1].items[1].start',
      // The programme as a whole first, then Tuesday 16 June, then Thursday 18 June.
      'warning committee-coverage days',
      'warning committee-coverage days',
      'warning committee-coverage days',
      'warning consecutive-days days',
      'warning core-objectives days',
      'warning core-objectives days',
      'warning core-objectives days',
      'warning core-objectives days',
      'warning interpretation-hours days[1].items[2]',
      'warning interpretation-hours days[0].items[1]',
      'info preparatory-segment days',
    ])
    expect(checkProgramme(structuredClone(doc))).toEqual(findings)
  })

  it('writes the dates in the locale asked for', () => {
    const doc = segmentProgramme({ days: [day('2026-06-20', [])] })
    const weekend = checkProgramme(doc, { locale: 'fr' }).find((f) => f.rule === 'weekend')
    expect(weekend?.message).toContain('samedi 20 juin 2026')
  })

  it('runs the rules alone on a parsed programme', () => {
    const doc = segmentProgramme({ days: [day('2026-06-20', [])] })
    const parsed = parseProgramme(doc)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(checkParsedProgramme(parsed.programme)).toEqual(checkProgramme(doc))
  })

  it('takes level and source of every finding from the catalogue', () => {
    const doc = segmentProgramme({ year: 2026, format: null, formatDecision: null, days: [day('2025-04-25', [item('9:00', '10:00', 'A')]), day('2025-04-26', [])] })
    const findings = checkProgramme(doc)
    expect(findings.length).toBeGreaterThan(5)
    for (const found of findings) {
      const rule = RULES.find((entry) => entry.id === found.rule)
      expect(found).toEqual({ rule: rule?.id, level: rule?.level, source: rule?.source, message: expect.any(String), path: expect.any(String), params: expect.any(Object) })
      expect(Object.keys(found)).toEqual(['rule', 'level', 'message', 'path', 'source', 'params'])
      // Every value the message names is in params, under a name the catalogue lists for the rule.
      for (const key of Object.keys(found.params)) expect(rule?.params, `${found.rule}: ${key}`).toContain(key)
    }
  })
})

describe('blocksApproval', () => {
  it('is true for an error, false for warnings and information', () => {
    expect(blocksApproval(checkProgramme(clean2026()))).toBe(false)
    const long = segmentProgramme()
    long.days = [...long.days, day('2026-06-18', [])]
    expect(checkProgramme(long).map((f) => f.level)).toEqual(['warning'])
    expect(blocksApproval(checkProgramme(long))).toBe(false)
    expect(blocksApproval(checkProgramme(segmentProgramme({ days: [day('2026-06-20', [])] })))).toBe(true)
  })
})

describe('checkCollection and one-per-year (any year)', () => {
  it('finds nothing more in one programme', () => {
    expect(checkCollection([clean2026()])).toEqual([[]])
  })

  it('gives both programmes of one year the finding', () => {
    const expected = {
      rule: 'one-per-year',
      level: 'error',
      message: 'Another programme in this collection is also for 2026; there is one programme of Intersessional Meetings each year.',
      path: 'year',
      source: '3RC "each year"',
      params: { year: 2026, others: 1 },
    }
    expect(checkCollection([clean2026(), clean2026()])).toEqual([[expected], [expected]])
  })

  it('passes programmes of different years', () => {
    const other = { ...clean2026(), year: 2027 }
    expect(checkCollection([clean2026(), other]).map((findings) => findings.filter((f) => f.rule === 'one-per-year'))).toEqual([[], []])
  })

  it('counts the others when three share a year, and applies to early years', () => {
    const early = segmentProgramme({ year: 1999, days: [day('1999-05-04', [])] })
    const findings = checkCollection([early, early, early]).map((list) => list.filter((f) => f.rule === 'one-per-year'))
    expect(findings.map((list) => list.map((f) => f.message))).toEqual(
      Array(3).fill(['2 other programmes in this collection are also for 1999; there is one programme of Intersessional Meetings each year.']),
    )
  })

  it('includes a document that fails the schema when its year can be read', () => {
    const broken = { ...clean2026(), venue: '' }
    const [first, second, third] = checkCollection([clean2026(), broken, { year: '2026' }])
    expect(first?.map((f) => f.rule)).toEqual(['one-per-year'])
    // Both errors, ordered by path: venue before year.
    expect(second?.map((f) => `${f.rule} ${f.path}`)).toEqual(['schema venue', 'one-per-year year'])
    expect(third?.map((f) => f.rule)).not.toContain('one-per-year')
  })

  it('gives each document the same findings it has alone, apart from one-per-year', () => {
    const docs = [clean2026(), segmentProgramme({ days: [day('2026-06-20', [])] }), 'not a programme']
    const inCollection = checkCollection(docs)
    docs.forEach((doc, i) => {
      expect(inCollection[i]?.filter((f) => f.rule !== 'one-per-year')).toEqual(checkProgramme(doc))
    })
    expect(inCollection.map((findings) => findings.some((f) => f.rule === 'one-per-year'))).toEqual([true, true, false])
  })
})

describe('comparePaths', () => {
  it('compares indices as numbers', () => {
    expect(comparePaths('days[2].date', 'days[10].date')).toBeLessThan(0)
    expect(comparePaths('days[1].items[10]', 'days[1].items[9]')).toBeGreaterThan(0)
    expect(comparePaths('days', 'days[0].date')).toBeLessThan(0)
    expect(comparePaths('format', 'format')).toBe(0)
  })
})
