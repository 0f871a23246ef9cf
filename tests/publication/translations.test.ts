// Every key of the English catalogue must be translated into French and Spanish. The application
// falls back to English for a missing key (lib/i18n), so nothing breaks on the day a key is added;
// this test is what makes the gap visible, listing the missing keys per language.
import { describe, expect, it } from 'vitest'
import { CATALOGUES, LOCALES, messagesFor, translator } from '@/lib/i18n'

type Tree = { [key: string]: string | Tree }

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)))
}

// The arguments a message takes: `{name}` and `{count, plural, …}` alike.
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort()

const lookup = (tree: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((node, part) => (node && typeof node === 'object' ? node[part] : undefined), tree)

const english = CATALOGUES.en as Tree
const englishKeys = keysOf(english)
const others = LOCALES.filter((locale) => locale !== 'en')

describe('translations', () => {
  it('offers English, French and Spanish', () => {
    expect([...LOCALES]).toEqual(['en', 'fr', 'es'])
  })

  for (const locale of others) {
    const catalogue = CATALOGUES[locale] as Tree

    it(`${locale} has every key of en`, () => {
      const own = new Set(keysOf(catalogue))
      const missing = englishKeys.filter((key) => !own.has(key))
      expect(missing, `keys missing in lib/i18n/messages/${locale}.ts`).toEqual([])
    })

    it(`${locale} has no key that en does not have`, () => {
      const known = new Set(englishKeys)
      expect(keysOf(catalogue).filter((key) => !known.has(key)), `stale keys in lib/i18n/messages/${locale}.ts`).toEqual([])
    })

    it(`${locale} keeps the placeholders of each message`, () => {
      const wrong = englishKeys.filter((key) => {
        const own = lookup(catalogue, key)
        return typeof own === 'string' && placeholders(own).join() !== placeholders(lookup(english, key) as string).join()
      })
      expect(wrong, `messages of ${locale} whose {placeholders} differ from English`).toEqual([])
    })
  }

  it('falls back to English for a key a language lacks', () => {
    // Every merged catalogue has the full shape of English.
    for (const locale of LOCALES) expect(keysOf(messagesFor(locale) as unknown as Tree)).toEqual(englishKeys)
    expect(translator(messagesFor('fr'))('publication.draftMark')).toBe('PROJET')
    expect(translator(messagesFor('es'))('publication.pageOf', { page: 1, pages: 3 })).toBe('Página 1 de 3')
  })
})
