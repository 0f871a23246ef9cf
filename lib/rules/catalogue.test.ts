import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES, RULE_BY_ID, ruleAppliesTo } from './catalogue'

// The rulebook's table (rulebook.md), column by column: id, level, from, source.
const TABLE = `
schema | error | any | -
year-mismatch | error | any | -
weekend | error | any | practice
item-times | error | any | -
item-overlap | error | any | -
break-overlap | warning | any | practice
unog-holiday | warning | any | UNOG practice
interpretation-hours | warning | any | UNOG practice
core-objectives | warning | 2003 | 4MSP
transparency-deadline | warning | 2015 | 3RC, Art. 7
meeting-length | warning | 2015 | 3RC, 4RC
consecutive-days | warning | 2015 | 3RC "same week"
committee-coverage | warning | 2015 | 3RC
preparatory-segment | info | 2015 | 3RC
other-meeting-clash | warning | 2015 | 3RC "same week"
one-per-year | error | any | 3RC "each year"
format-undecided | error | 2020 | 4RC
format-consultation | error | 2020 | 4RC
thematic-segment-missing | error | 2020 | 4RC a)
thematic-day-misplaced | error | 2020 | 4RC a)
thematic-day-missing | error | 2020 | 4RC b)
thematic-day-content | error | 2020 | 4RC b)
thematic-day-empty | error | 2020 | 4RC b) "a day of thematic discussions"
thematic-item-stray | warning | 2020 | 4RC b)
thematic-day-detached | warning | 2020 | 4RC b) "adding a day"
`
  .trim()
  .split('\n')
  .map((row) => {
    const [id, level, from, source] = row.split(' | ')
    return { id, level, from: from === 'any' ? null : Number(from), source }
  })

describe('the rule catalogue', () => {
  it('holds the 25 rules of the rulebook (version 2) with their id, level, first year and source', () => {
    expect(RULES.map(({ id, level, from, source }) => ({ id, level, from, source }))).toEqual(TABLE)
  })

  it('gives every rule a title, a description sentence, and a quotation or null', () => {
    for (const rule of RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(0)
      expect(rule.description, rule.id).toMatch(/^[A-Z].*\.$/)
      expect(rule.sourceText === null || rule.sourceText.length > 0, rule.id).toBe(true)
      expect(RULE_BY_ID[rule.id]).toBe(rule)
    }
    expect(RULE_BY_ID['transparency-deadline'].sourceText).toContain('preferably after the 30 April deadline for submitting transparency information')
    expect(RULE_BY_ID['format-consultation'].sourceText).toBe(
      'The President will consider and decide on these options in consultations with the Coordinating Committee.',
    )
  })

  it('applies a rule from its first year on', () => {
    expect(ruleAppliesTo('transparency-deadline', 2014)).toBe(false)
    expect(ruleAppliesTo('transparency-deadline', 2015)).toBe(true)
    expect(ruleAppliesTo('weekend', 1999)).toBe(true)
  })

  // The source documents live beside the rulebook, in shared/ next to the repository (as in CI); checked where they are.
  const SOURCES = [resolve(import.meta.dirname, '../../../shared/domain/sources'), '/work/shared/domain/sources'].find((dir) => existsSync(dir)) ?? ''
  it.runIf(SOURCES !== '')('quotes the source documents word for word', () => {
    const normalise = (text: string) => text.replace(/[•“”]/g, (c) => (c === '•' ? ' ' : '"')).replace(/\s+/g, ' ')
    const sources = normalise(
      ['intersessional-work-programme-background.txt', 'non-paper-intersessional-work-programme.txt']
        .map((file) => readFileSync(`${SOURCES}/${file}`, 'utf8'))
        .join('\n'),
    )
    for (const rule of RULES) {
      for (const passage of rule.sourceText?.split(' … ') ?? []) expect(sources, `${rule.id}: ${passage}`).toContain(normalise(passage))
    }
  })

  // The rulebook itself, beside the repository: the catalogue is its table, row by row.
  const RULEBOOK = [resolve(import.meta.dirname, '../../../shared/domain/rulebook.md'), '/work/shared/domain/rulebook.md'].find((file) => existsSync(file)) ?? ''
  it.runIf(RULEBOOK !== '')('is the table of rulebook.md, in its order', () => {
    const rows = readFileSync(RULEBOOK, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| /, '').replace(/ \|$/, '').trim()))
      .map(([id, level, from, , source]) => ({ id: id?.replace(/`/g, ''), level, from: from === 'any' ? null : Number(from), source }))
    expect(rows).toHaveLength(25)
    expect(RULES.map(({ id, level, from, source }) => ({ id, level, from, source }))).toEqual(rows)
  })
})
