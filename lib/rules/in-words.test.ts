// Findings said in the reader's language: English from the catalogue says what the checker says;
// French and Spanish say it in their own words, with no key or placeholder left over.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyMutatedProgramme, anyValidProgramme } from '../../tests/fixtures/programmes/arbitraries'
import { day, item, segmentProgramme } from '../../tests/fixtures/programmes/build'
import { messagesFor, translator, type Locale } from '../i18n'
import { checkCollection, checkProgramme } from './check'
import type { Finding } from './finding'
import { findingInWords, sourceInWords, storedFindingInWords } from './in-words'

const sayIn = (locale: Locale) => translator(messagesFor(locale)) as (key: string, values?: Record<string, string | number>) => string
const words = (f: Finding, locale: Locale) => findingInWords(f, sayIn(locale), locale)
const firstUp = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function expectSaid(findings: Finding[]) {
  for (const f of findings) {
    if (f.rule !== 'schema') expect(words(f, 'en'), f.rule).toBe(firstUp(f.message))
    for (const locale of ['fr', 'es'] as const) {
      const said = words(f, locale)
      expect(said, `${locale} ${f.rule}`).not.toMatch(/\{\w+\}|rules\.|meetingTime\.|publication\./)
      if (f.rule !== 'schema') expect(said, `${locale} ${f.rule}`).not.toBe(words(f, 'en'))
      expect(sourceInWords(f.rule, sayIn(locale))).not.toMatch(/^rules\./)
    }
  }
}

describe('a finding in words', () => {
  it('says in English, from the catalogue, what the checker says, and in French and Spanish otherwise', () => {
    fc.assert(fc.property(anyValidProgramme, (doc) => expectSaid(checkProgramme(doc))), { numRuns: 100 })
    fc.assert(fc.property(anyMutatedProgramme, (doc) => expectSaid(checkProgramme(doc))), { numRuns: 100 })
  })

  it('says a time it cannot read as the checker writes it, a quote escaped', () => {
    const doc = segmentProgramme({ days: [day('2026-06-16', [item('"', '11:00', 'Opening'), item('10:00\n', '11:30', 'Debate')])] })
    const unreadable = checkProgramme(doc).filter((f) => f.rule === 'item-times')
    expect(unreadable.length).toBeGreaterThan(0)
    for (const f of unreadable) expect(words(f, 'en')).toBe(firstUp(f.message))
  })

  it('writes a French reader the dates, quotes and lists as French writes them', () => {
    const doc = segmentProgramme({ days: [day('2026-06-16', [item('10:00', '11:00', 'Ouverture'), item('10:30', '11:30', 'Débat')])] })
    const overlap = checkProgramme(doc).find((f) => f.rule === 'item-overlap')!
    expect(words(overlap, 'fr')).toBe('Le mardi 16 juin 2026, «\u00a0Ouverture\u00a0» (10:00-11:00) et «\u00a0Débat\u00a0» (10:30-11:30) se chevauchent.')
    expect(words(overlap, 'es')).toBe('El martes, 16 de junio de 2026, «Ouverture» (10:00-11:00) y «Débat» (10:30-11:30) se superponen.')
  })

  it('counts other programmes of the same year in the reader’s words', () => {
    const a = segmentProgramme({})
    const found = checkCollection([a, a, a])[0]!.find((f) => f.rule === 'one-per-year')!
    expect(words(found, 'en')).toBe(found.message)
    expect(words(found, 'fr')).toMatch(/^2 autres programmes/)
    expect(words(found, 'es')).toMatch(/^Otros 2 programas/)
  })
})

describe('a finding kept by a record (an acknowledged warning)', () => {
  it('is said in the reader’s language from its rule and params, and as kept when a record has no params', () => {
    const stored = { rule: 'weekend', path: 'days[0]', message: '2026-06-20 falls on a weekend; meetings are held Monday to Friday.', params: { date: '2026-06-20' } }
    expect(storedFindingInWords(stored, sayIn('fr'), 'fr')).toMatch(/^Samedi 20 juin 2026 tombe un week-end/)
    const { params: _, ...older } = stored
    expect(storedFindingInWords(older, sayIn('fr'), 'fr')).toBe(stored.message)
    expect(storedFindingInWords({ ...stored, rule: 'no-such-rule' }, sayIn('fr'), 'fr')).toBe(stored.message)
  })
})
