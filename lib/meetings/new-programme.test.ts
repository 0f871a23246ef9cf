import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseProgramme, type Programme } from '@/lib/programme'
import { checkParsedProgramme } from '@/lib/rules'
import { blankDocument, copiedDates, copiedDocument, firstDayProblem, IMPORT_FINDINGS_SHOWN, MAX_IMPORT_BYTES, readImport } from './new-programme'

const demo = (year: number) => {
  const parsed = parseProgramme(JSON.parse(fs.readFileSync(`prisma/demo/programme-${year}.json`, 'utf8')))
  if (!parsed.ok) throw new Error('demo programme invalid')
  return parsed.programme
}

describe('a blank programme', () => {
  it('starts on Tuesday and Wednesday of the third week of June, with no item and no format', () => {
    const doc = blankDocument(2027)
    expect(doc).toMatchObject({ year: 2027, title: 'Intersessional Meetings', venue: 'Geneva', format: null, formatDecision: null, otherMeetings: [] })
    expect(doc.days).toEqual([
      { date: '2027-06-22', thematic: false, items: [] },
      { date: '2027-06-23', thematic: false, items: [] },
    ])
    expect(parseProgramme(doc).ok).toBe(true)
    const rules = checkParsedProgramme(doc).map((f) => f.rule)
    for (const rule of ['weekend', 'year-mismatch', 'consecutive-days', 'transparency-deadline']) expect(rules).not.toContain(rule)
  })
})

describe('a previous year as the start of a new one', () => {
  it('moves the days to the same weekdays of the same week of June and keeps the items', () => {
    const source = demo(2026)
    const doc: Programme = copiedDocument(source, 2027)
    expect(doc.days.map((d) => d.date)).toEqual(['2027-06-22', '2027-06-23']) // Tue-Wed of the third week, as in 2026
    // The items are kept; the President's meeting is the new year's (23MSP in 2026, 24MSP in 2027).
    const opening = source.days[0]!.items[0]!
    expect(doc.days[0]!.items).toEqual([{ ...opening, speakers: ['President of the Twenty-Fourth Meeting of the States Parties'] }, ...source.days[0]!.items.slice(1)])
    expect(doc).toMatchObject({ year: 2027, format: null, formatDecision: null, otherMeetings: [] })
    expect(parseProgramme(doc).ok).toBe(true)
  })

  it('starts from a chosen first day, keeping the distances between days', () => {
    const source = demo(2025)
    expect(copiedDates(source, 2026, '2026-06-08')).toEqual(['2026-06-08', '2026-06-09', '2026-06-10'])
    expect(copiedDocument(source, 2026, '2026-06-08').days.map((d) => d.thematic)).toEqual(source.days.map((d) => d.thematic))
  })

  it('refuses a first day of another year or of a weekend', () => {
    expect(firstDayProblem('2027-06-15', 2027)).toBeNull()
    expect(firstDayProblem('2026-06-15', 2027)).toBe('other-year')
    expect(firstDayProblem('2027-06-19', 2027)).toBe('weekend')
    expect(firstDayProblem('2027-02-30', 2027)).toBe('not-a-date')
  })
})

describe('reading an imported file', () => {
  it('reads a valid programme, a byte-order mark allowed', () => {
    const text = fs.readFileSync('prisma/demo/programme-2026.json', 'utf8')
    const reading = readImport(`\uFEFF${text}`)
    expect(reading.ok && reading.programme.year).toBe(2026)
  })

  it('names each field that is wrong', () => {
    const doc = JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8'))
    doc.days[0].items[2].end = 1130
    doc.days[1].colour = 'blue'
    const reading = readImport(JSON.stringify(doc))
    expect(reading.ok).toBe(false)
    if (reading.ok) return
    expect(reading.problem).toBe('invalid')
    expect(reading.findings.map((f) => f.path)).toEqual(expect.arrayContaining(['days[0].items[2].end', 'days[1].colour']))
  })

  it('says when the text is not JSON, empty, or larger than 1 MB', () => {
    expect(readImport('{ "version": 1,')).toMatchObject({ ok: false, problem: 'not-json' })
    expect(readImport('  ')).toMatchObject({ ok: false, problem: 'empty' })
    expect(readImport(`"${'x'.repeat(MAX_IMPORT_BYTES)}"`)).toMatchObject({ ok: false, problem: 'too-large' })
  })

  it('reads a version 2 file with its speakers, invitations, actions, sub-items and translations', () => {
    const reading = readImport(fs.readFileSync('tests/fixtures/programmes/clean-2026-v2.json', 'utf8'))
    expect(reading.ok).toBe(true)
    if (reading.ok) expect(reading.programme.days[0]?.items[1]?.invited?.states).toEqual(['KHM', 'COL', 'UKR'])
  })

  it('accepts only what the editor accepts: years 1999 to 2100, 300-character titles, 10 days, objectives once (issue 12, item 7)', () => {
    const doc = () => JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8'))
    for (const year of [99999, 123, 0, -5]) {
      const reading = readImport(JSON.stringify({ ...doc(), year }))
      expect(reading.ok ? [] : reading.findings.map((f) => [f.path, f.params.problem]), String(year)).toEqual([['year', year > 2100 ? 'too-high' : 'too-low']])
    }
    expect(readImport(JSON.stringify({ ...doc(), title: 'T'.repeat(200_000) }))).toMatchObject({ ok: false, findings: [{ path: 'title', params: { problem: 'too-long', count: 200_000 } }] })
    const sixty = doc()
    sixty.days = Array.from({ length: 60 }, (_, i) => ({ date: `2026-0${7 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')}`, thematic: false, items: [] }))
    expect(readImport(JSON.stringify(sixty))).toMatchObject({ ok: false, findings: [{ path: 'days', params: { problem: 'too-many', maximum: 10, count: 60 } }] })
    const repeated = doc()
    repeated.days[0].items[0].objectives = Array(10_000).fill('clearance')
    expect(readImport(JSON.stringify(repeated))).toMatchObject({ ok: false, findings: [{ path: 'days[0].items[0].objectives', params: { problem: 'too-many' } }] })
  })

  it('shows the first 100 findings of a broken file and says how many there are', () => {
    const doc = JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8'))
    doc.days[0].items = Array.from({ length: 150 }, () => ({ start: '10:00', end: '11:00', title: 'A', colour: 'red' }))
    const reading = readImport(JSON.stringify(doc))
    expect(reading).toMatchObject({ ok: false, problem: 'invalid', total: 150 })
    expect(reading.ok ? 0 : reading.findings.length).toBe(IMPORT_FINDINGS_SHOWN)
  })

  it('refuses text no database can keep, however deep in a version 2 file', () => {
    const doc = JSON.parse(fs.readFileSync('tests/fixtures/programmes/clean-2026-v2.json', 'utf8'))
    doc.days[0].items[1].translations.fr.subItems[1].title = 'Demandes \u0000'
    const reading = readImport(JSON.stringify(doc))
    expect(reading).toMatchObject({ ok: false, problem: 'invalid', findings: [{ path: 'days[0].items[1].translations.fr.subItems[1].title', params: { problem: 'unstorable-text' } }] })
  })
})

