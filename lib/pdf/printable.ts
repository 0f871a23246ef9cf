// Text as the PDF can print it. A programme's text is entered by people and may hold anything:
// characters that no font of the document has are printed as U+FFFD (a run of them as one), rather
// than as the wrong glyph react-pdf would otherwise pick; control characters are dropped, and so
// are the invisible formatting characters that could make printed text read differently from
// what was entered (bidirectional overrides and isolates, zero-width characters, variation selectors).
// Right-to-left scripts themselves are kept: the layout orders them.
import type { Item, Programme } from '@/lib/programme'

const DROPPED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f\ufeff]/u
const REPLACEMENT = '\ufffd'

export function printableText(text: string, canPrint: (codePoint: number) => boolean): string {
  let out = ''
  for (const character of text) {
    if (character === '\t') {
      out += ' '
      continue
    }
    if (DROPPED.test(character)) continue
    const codePoint = character.codePointAt(0)!
    if (character === '\n' || character === ' ' || canPrint(codePoint)) out += character
    else if (!out.endsWith(REPLACEMENT)) out += REPLACEMENT
  }
  return out
}

/** The programme with every text a person entered made printable (titles, descriptions, speakers, venue). */
export function printableProgramme(programme: Programme, canPrint: (codePoint: number) => boolean): Programme {
  const p = (text: string) => printableText(text, canPrint)
  const item = (i: Item): Item => ({
    ...i,
    title: p(i.title),
    ...(i.description !== undefined ? { description: p(i.description) } : {}),
    ...(i.speakers !== undefined ? { speakers: i.speakers.map((s) => (typeof s === 'string' ? p(s) : { ...s, name: p(s.name) })) } : {}),
  })
  return {
    ...programme,
    title: p(programme.title),
    venue: p(programme.venue),
    days: programme.days.map((day) => ({ ...day, items: day.items.map(item) })),
  }
}
