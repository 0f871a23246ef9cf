// Properties of the checker over many random programmes (fast-check).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyMutatedProgramme, anyValidProgramme, anyVersion2Programme, cleanProgramme, movedByWeeks } from '../../tests/fixtures/programmes/arbitraries'
import { parseProgramme, unogHolidayOn, type ProgrammeInput } from '../programme'
import { RULE_BY_ID, type Level } from './catalogue'
import { checkCollection, checkProgramme } from './check'
import type { Finding } from './finding'

const LEVELS: Level[] = ['error', 'warning', 'info']

function expectWellFormed(findings: Finding[]) {
  for (const found of findings) {
    const rule = RULE_BY_ID[found.rule]
    expect(rule).toBeDefined()
    expect(found.level).toBe(rule.level)
    expect(found.source).toBe(rule.source)
    expect(typeof found.message).toBe('string')
    expect(found.message.length).toBeGreaterThan(0)
    expect(typeof found.path).toBe('string')
    // The values the sentence names travel with it, under the names the catalogue gives the rule.
    for (const key of Object.keys(found.params)) expect(rule.params, `${found.rule}: ${key}`).toContain(key)
  }
  // Errors, then warnings, then information.
  const ranks = findings.map((found) => LEVELS.indexOf(found.level))
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
}

/** A small deterministic shuffle, so that fast-check can replay and shrink the case. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const copy = [...list]
  let state = seed >>> 0 || 1
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    const j = state % (i + 1)
    const a = copy[i] as T
    copy[i] = copy[j] as T
    copy[j] = a
  }
  return copy
}

/**
 * A finding without the positions that depend on the order in the file: `days[i]` becomes the
 * day's date, `items[j]` becomes `items[*]`. What stays is what a reader is told.
 */
function orderFree(doc: ProgrammeInput, findings: Finding[]): string[] {
  return findings
    .map(({ rule, level, message, path }) => {
      const place = path.replace(/^days\[(\d+)\]/, (_, i: string) => `days[${doc.days[Number(i)]?.date}]`).replace(/items\[\d+\]/, 'items[*]')
      return `${level} ${rule} ${place} ${message}`
    })
    .sort()
}

describe('the checker, on any input', () => {
  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expectWellFormed(checkProgramme(value))
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on any JSON, and refuses it with schema findings unless it is a programme', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const findings = checkProgramme(value)
        expectWellFormed(findings)
        expect(findings.every((found) => found.rule === 'schema')).toBe(true)
        expect(findings.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on programmes with any field replaced by any JSON', () => {
    fc.assert(
      fc.property(anyMutatedProgramme, (doc) => {
        const findings = checkProgramme(doc)
        expectWellFormed(findings)
        // Schema findings come alone (one-per-year needs a collection).
        if (findings.some((found) => found.rule === 'schema')) expect(findings.every((found) => found.rule === 'schema')).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on valid programmes that break any rule, alone or in a collection', () => {
    fc.assert(
      fc.property(anyValidProgramme, anyValidProgramme, (doc, other) => {
        expect(parseProgramme(doc).ok).toBe(true)
        expectWellFormed(checkProgramme(doc))
        for (const findings of checkCollection([doc, other, doc])) expectWellFormed(findings)
      }),
      { numRuns: 300 },
    )
  })
})

describe('version 2', () => {
  it('finds in a version 2 programme what it finds in the same programme without its version 2 fields', () => {
    fc.assert(
      fc.property(anyVersion2Programme, (doc) => {
        const findings = checkProgramme(doc)
        expectWellFormed(findings)
        const plain = {
          ...doc,
          version: 1 as const,
          translations: undefined,
          days: doc.days.map(({ chair: _chair, room: _room, ...day }) => ({
            ...day,
            items: day.items.map(({ invited: _i, actions: _a, subItems: _s, translations: _t, speakers, ...entry }) => ({
              ...entry,
              ...(speakers ? { speakers: speakers.map((s) => (typeof s === 'string' ? s : s.name)) } : {}),
            })),
          })),
        }
        delete plain.translations
        expect(checkProgramme(plain)).toEqual(findings)
      }),
      { numRuns: 200 },
    )
  })
})

describe('the order of the file', () => {
  it('does not change what is found: days and items shuffled give the same findings', () => {
    fc.assert(
      fc.property(anyValidProgramme, fc.integer(), (doc, seed) => {
        const reordered: ProgrammeInput = {
          ...doc,
          days: shuffled(doc.days, seed).map((day, i) => ({ ...day, items: shuffled(day.items, seed + i + 1) })),
          otherMeetings: shuffled(doc.otherMeetings ?? [], seed + 99),
        }
        expect(orderFree(reordered, checkProgramme(reordered))).toEqual(orderFree(doc, checkProgramme(doc)))
      }),
      { numRuns: 500 },
    )
  })
})

describe('a clean programme', () => {
  it('is clean', () => {
    fc.assert(
      fc.property(cleanProgramme, ({ doc }) => {
        expect(checkProgramme(doc)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('stays clean when moved by whole weeks inside May to November, but for the UNOG holidays it lands on', () => {
    fc.assert(
      fc.property(cleanProgramme, fc.double({ min: 0, max: 1, noNaN: true }), ({ doc, weeks: [earliest, latest] }, fraction) => {
        const weeks = Math.min(latest, earliest + Math.floor(fraction * (latest - earliest + 1)))
        const moved = movedByWeeks(doc, weeks)
        expect(moved.days.every((day) => day.date >= `${doc.year}-05-01` && day.date <= `${doc.year}-11-30`)).toBe(true)
        const holidays = moved.days.filter((day) => unogHolidayOn(day.date) !== null).map((day) => day.date)
        const findings = checkProgramme(moved)
        expect(findings.filter((found) => found.rule !== 'unog-holiday')).toEqual([])
        expect(findings.map((found) => found.params.date).sort()).toEqual(holidays.sort())
      }),
      { numRuns: 300 },
    )
  })
})
