// Pseudo-languages for tests: every English message transformed, so that a word shown on a page that
// did not come through the catalogue stands out. `en-XA` accents and brackets ("Save" → "[Śàvé]");
// `ar-XB` writes the letters in Arabic script, right to left, to check the layout mirrors.
// Offered only when the server runs with I18N_PSEUDO=1 (the end-to-end server), never in production.

export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number]

export const pseudoEnabled = () => process.env.I18N_PSEUDO === '1'

export const isPseudoLocale = (v: unknown): v is PseudoLocale =>
  pseudoEnabled() && (PSEUDO_LOCALES as readonly unknown[]).includes(v)

/** The writing direction of a language tag: right to left for Arabic, Hebrew, Persian, Urdu. */
export const direction = (tag: string): 'rtl' | 'ltr' => (/^(ar|he|fa|ur)(-|$)/.test(tag) ? 'rtl' : 'ltr')

const ACCENTED: Record<string, string> = {
  a: 'à', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'À', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
}
const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'
const arabic = (c: string) => {
  const i = c.toLowerCase().charCodeAt(0) - 97
  return i >= 0 && i < 26 ? ARABIC[i]! : c
}

const letter = (locale: PseudoLocale) => (locale === 'en-XA' ? (c: string) => ACCENTED[c] ?? c : arabic)

/** The index of the `}` closing the `{` at `start`, or -1. */
function closing(text: string, start: number): number {
  let depth = 0
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i
  }
  return -1
}

/** The text with its letters replaced; `{placeholders}`, ICU arguments and `<tags>` kept as they are. */
function transformText(text: string, map: (c: string) => string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '{') {
      const end = closing(text, i)
      if (end < 0) return out + text.slice(i)
      out += transformArgument(text.slice(i, end + 1), map)
      i = end
    } else if (c === '<') {
      const end = text.indexOf('>', i)
      if (end < 0) return out + text.slice(i)
      out += text.slice(i, end + 1)
      i = end
    } else out += map(c)
  }
  return out
}

/** `{name}` as it is; `{count, plural, one {…} other {…}}`: the head kept, each option's text transformed. */
function transformArgument(argument: string, map: (c: string) => string): string {
  const inner = argument.slice(1, -1)
  const firstBrace = inner.indexOf('{')
  if (firstBrace < 0) return argument
  let out = '{' + inner.slice(0, firstBrace)
  for (let i = firstBrace; i < inner.length; i++) {
    if (inner[i] === '{') {
      const end = closing(inner, i)
      if (end < 0) return argument
      out += '{' + transformText(inner.slice(i + 1, end), map) + '}'
      i = end
    } else out += inner[i]
  }
  return out + '}'
}

/** One message in a pseudo-language: "Save" → "[Śàvé]"; "one|other" alternatives bracketed each. */
export function pseudoMessage(text: string, locale: PseudoLocale): string {
  const map = letter(locale)
  return text
    .split('|')
    .map((part) => (part.trim() === '' ? part : `[${transformText(part, map)}]`))
    .join('|')
}

/** A whole catalogue in a pseudo-language, same keys. */
export function pseudoCatalogue<T>(catalogue: T, locale: PseudoLocale): T {
  if (typeof catalogue === 'string') return pseudoMessage(catalogue, locale) as T
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(catalogue as Record<string, unknown>)) out[key] = pseudoCatalogue(value, locale)
  return out as T
}

const made = new Map<PseudoLocale, unknown>()

/** The catalogue of a pseudo-language, made once from the given English one. */
export function pseudoMessages<T>(english: T, locale: PseudoLocale): T {
  if (!made.has(locale)) made.set(locale, pseudoCatalogue(english, locale))
  return made.get(locale) as T
}
