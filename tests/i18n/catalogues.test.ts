// The catalogues as ICU messages: each parses in every language, takes the same arguments as English,
// and counts the way the language counts (French 0 is singular; Spanish and English say "0 errors").
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { CATALOGUES, LOCALES, messagesFor, translator, type Locale } from '@/lib/i18n'

type Tree = { [key: string]: string | Tree }
const entries = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`)))

/** The names of the arguments a message takes, at any depth (inside plural and select branches too). */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value)
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value)
      for (const option of Object.values(el.options)) argumentsOf(option.value, into)
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, into)
  }
  return into
}
const sorted = (set: Set<string>) => [...set].sort()

const english = new Map(entries(CATALOGUES.en as Tree))

describe('the catalogues', () => {
  it('have messages', () => {
    expect(english.size).toBeGreaterThan(900)
  })

  for (const locale of LOCALES) {
    it(`${locale}: every message parses as ICU, and takes the arguments of the English one`, () => {
      const unparsable: string[] = []
      const different: string[] = []
      for (const [key, text] of entries(messagesFor(locale) as unknown as Tree)) {
        let ast: MessageFormatElement[]
        try {
          ast = parse(text)
        } catch (error) {
          unparsable.push(`${key}: ${(error as Error).message}`)
          continue
        }
        const reference = english.get(key)
        if (reference !== undefined && sorted(argumentsOf(ast)).join() !== sorted(argumentsOf(parse(reference))).join()) different.push(key)
      }
      expect(unparsable).toEqual([])
      expect(different, `messages of ${locale} whose arguments differ from English`).toEqual([])
    })
  }

  it('have no lazy plural left ("comment(s)", "non lue(s)", "objeción(es)")', () => {
    const lazy = LOCALES.flatMap((locale) => entries(CATALOGUES[locale] as Tree).filter(([, text]) => /\w\((s|es|e|x)\)/.test(text) && !/Président\(e\)/.test(text)).map(([key]) => `${locale}: ${key}`))
    expect(lazy).toEqual([])
  })
})

describe('counting in each language (0, 1, 2, 5, 21)', () => {
  const say = (locale: Locale, key: Parameters<ReturnType<typeof translator>>[0]) => [0, 1, 2, 5, 21].map((count) => translator(messagesFor(locale))(key, { count }))

  it('English: one for 1 only', () => {
    expect(say('en', 'editor.errorCount')).toEqual(['0 errors', '1 error', '2 errors', '5 errors', '21 errors'])
    expect(say('en', 'comments.count')).toEqual(['0 comments', '1 comment', '2 comments', '5 comments', '21 comments'])
    expect(say('en', 'releases.moreChanges')).toEqual(['and 0 other changes.', 'and 1 other change.', 'and 2 other changes.', 'and 5 other changes.', 'and 21 other changes.'])
  })

  it('French: 0 and 1 are singular', () => {
    expect(say('fr', 'editor.errorCount')).toEqual(['0 erreur', '1 erreur', '2 erreurs', '5 erreurs', '21 erreurs'])
    expect(say('fr', 'notifications.unreadCount')).toEqual(['0 non lue', '1 non lue', '2 non lues', '5 non lues', '21 non lues'])
    expect(say('fr', 'comments.showEarlier')).toEqual([
      'Afficher 0 commentaire plus ancien',
      'Afficher 1 commentaire plus ancien',
      'Afficher 2 commentaires plus anciens',
      'Afficher 5 commentaires plus anciens',
      'Afficher 21 commentaires plus anciens',
    ])
  })

  it('Spanish: one for 1 only', () => {
    expect(say('es', 'editor.errorCount')).toEqual(['0 errores', '1 error', '2 errores', '5 errores', '21 errores'])
    expect(say('es', 'comments.count')).toEqual(['0 comentarios', '1 comentario', '2 comentarios', '5 comentarios', '21 comentarios'])
  })

  it('with two counts in one sentence, each by its own number', () => {
    expect(translator(messagesFor('fr'))('comments.itemThreads', { total: 1, open: 0 })).toBe('1 fil sur ce point, 0 ouvert')
    expect(translator(messagesFor('es'))('consultation.answersSummary', { answers: 2, objections: 1 })).toBe('2 respuestas, 1 objeción')
  })
})
