// Issue 12, item 5: a comment of 4,000 characters (the most a comment may hold) must not stall the
// server. `https://a/` and 3,990 ")" took ~450 ms to parse (the brackets were recounted for every
// character trimmed); parsing must be linear. Random and adversarial texts up to the limit, with a
// bound on the time per character that a quadratic parser misses by far.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_COMMENT_LENGTH, parseComment, plainText } from '@/lib/comments/text'

/** Generous for a busy shared machine: 4,000 characters in 45 ms. The old parser needed ~110 µs a character. */
const MAX_MS_PER_CHARACTER = 0.01
/** A pause of the collector or of the machine, whatever the text's length. */
const SLACK_MS = 5
const budget = (length: number) => SLACK_MS + MAX_MS_PER_CHARACTER * length

/** The fastest of a few runs, in milliseconds (the others measure the machine's other work). */
function parseTime(text: string, runs = 3) {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    parseComment(text)
    best = Math.min(best, performance.now() - start)
  }
  return best
}

const fill = (unit: string, prefix = '') => prefix + unit.repeat(Math.floor((MAX_COMMENT_LENGTH - prefix.length) / unit.length))

const ADVERSARIAL: Record<string, string> = {
  'the reported one: https://a/ and 3,990 ")"': fill(')', 'https://a/'),
  'an address of "(" ': fill('(', 'https://a/'),
  'an address ending in ".)" pairs': fill('.)', 'https://a/'),
  'addresses, each opening a bracket': fill('https://a.b/( '),
  'addresses without spaces': fill('https://'),
  'opened link texts': fill('['),
  'link texts never closed': fill('[a]'),
  'link addresses never closed': fill('[a]('),
  'stars': fill('*'),
  'strong marks never closed': fill('**a'),
  'emphasis never closed': fill('(_a'),
  'nested marks': fill('**_*a*_** '),
  'at signs': fill('@'),
  'mentions': fill('@a.'),
  'a list of 1,000 items': fill('- a\n'),
  'a list item continued 1,000 times': fill('  b\n', '- a\n'),
  'every marker at once': fill('[*_**@https://a/(.)'),
}

describe('comment parsing is linear', () => {
  it.each(Object.entries(ADVERSARIAL))('%s', (_, text) => {
    expect(text.length).toBeGreaterThan(MAX_COMMENT_LENGTH - 20)
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    const ms = parseTime(text)
    expect(ms, `${ms.toFixed(2)} ms for ${text.length} characters`).toBeLessThan(budget(text.length))
  })

  it('keeps the reported address readable: the brackets that were never opened stay text', () => {
    const text = ADVERSARIAL['the reported one: https://a/ and 3,990 ")"']!
    expect(parseComment(text)).toEqual([
      { type: 'paragraph', children: [{ type: 'link', href: 'https://a/', children: [{ type: 'text', text: 'https://a/' }] }, { type: 'text', text: ')'.repeat(3990) }] },
    ])
    expect(plainText('(see https://a.org/x_(y)).')).toBe('(see https://a.org/x_(y)).')
    expect(parseComment('(see https://a.org/x_(y)).')[0]).toMatchObject({ children: [{ text: '(see ' }, { type: 'link', href: 'https://a.org/x_(y)' }, { text: ').' }] })
  })

  it('parses any text up to the limit in bounded time per character (property)', () => {
    const tokens = fc.constantFrom('(', ')', '[', ']', '*', '**', '_', '@', '.', ',', ' ', '\n', '\n\n', '- ', '1. ', '  ', 'a', 'é', 'https://', 'mailto:', 'x.org/', '](', '<', '"', '\u3000')
    const adversarial = fc.array(tokens, { minLength: 1, maxLength: 1200 }).map((t) => t.join('').slice(0, MAX_COMMENT_LENGTH))
    // A short random pattern repeated up to the limit: the shape that makes a parser quadratic.
    const repeated = fc.array(tokens, { minLength: 1, maxLength: 6 }).map((t) => fill(t.join('')))
    const random = fc.string({ unit: 'binary', maxLength: MAX_COMMENT_LENGTH })
    fc.assert(
      fc.property(fc.oneof(adversarial, repeated, random), (text) => {
        const ms = parseTime(text, 2)
        expect(ms, `${ms.toFixed(2)} ms for ${text.length} characters: ${JSON.stringify(text.slice(0, 60))}`).toBeLessThan(budget(text.length))
      }),
      { numRuns: 300 },
    )
  })
})
