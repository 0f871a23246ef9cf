// The rules' long descriptions, as the editor's findings show them: the rulebook's sentence in English,
// and a sentence of its own in each other language (never the English left in place).
import { describe, expect, it } from 'vitest'
import { LOCALES, messagesFor } from '@/lib/i18n'
import { RULES } from '@/lib/rules'

describe("the rules' descriptions in the catalogue", () => {
  it('are the rulebook’s sentences in English', () => {
    const english = messagesFor('en').i11rules.descriptions
    for (const rule of RULES) expect(english[rule.id], rule.id).toBe(rule.description)
    expect(Object.keys(english).sort()).toEqual(RULES.map((rule) => rule.id).sort())
  })

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`are written in ${locale} for every rule`, () => {
      const own = messagesFor(locale).i11rules.descriptions
      for (const rule of RULES) {
        expect(own[rule.id], `${locale} ${rule.id}`).not.toBe(rule.description)
        expect(own[rule.id], `${locale} ${rule.id}`).toMatch(/[.)]$/)
      }
      expect(messagesFor(locale).i11rules.englishOriginal).not.toBe(messagesFor('en').i11rules.englishOriginal)
    })
  }
})
