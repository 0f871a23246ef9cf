// What the pseudo-language spec (every-word.spec.ts) counts as text that came through the catalogue
// or as data, and how it reads the visible words of a page.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { ACTION_PLANS } from '@/lib/programme/action-plans'
import { createRequire } from 'node:module'
import { DEMO_USERS } from '../scripts/seed-demo'

/** Every string of a value, deeply. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) strings(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out)
  return out
}

/**
 * The data a person typed or the application holds as data, from the seed of the demo and e2e
 * database: the programmes' texts, the users' names and e-mails, the Presidents, the States' names
 * and the Action Plans. Not picked by hand: whatever the seed holds.
 */
export function seedData(): string[] {
  const seed = path.resolve(import.meta.dirname, '../prisma/demo/seed')
  const programmes = fs.readdirSync(seed).map((file) => JSON.parse(fs.readFileSync(path.join(seed, file), 'utf8')) as unknown)
  const demo = path.resolve(import.meta.dirname, '../prisma/demo')
  const templates = fs.readdirSync(demo).filter((f) => f.endsWith('.json')).map((file) => JSON.parse(fs.readFileSync(path.join(demo, file), 'utf8')) as unknown)
  const seedScript = fs.readFileSync(path.resolve(import.meta.dirname, '../scripts/seed-demo.ts'), 'utf8')
  const quoted = [...seedScript.matchAll(/(?:president|state): '([^']+)'/g)].map((m) => m[1]!)
  // The States' names as lib/states/names.ts writes them: the package's names and the United Nations' own.
  const require = createRequire(import.meta.url)
  const countries = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getNames(l: string, o: { select: 'all' }): Record<string, string[]> }
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'))
  const unNames = [...fs.readFileSync(path.resolve(import.meta.dirname, '../lib/states/names.ts'), 'utf8').matchAll(/en: '([^']+)'/g)].map((m) => m[1]!)
  const states = [...Object.values(countries.getNames('en', { select: 'all' })).flat(), ...unNames]
  return [...strings(programmes), ...strings(templates), ...strings(DEMO_USERS), ...quoted, ...states, ...strings(ACTION_PLANS)].filter((s) => /\p{L}/u.test(s))
}

/** Words that Intl writes in dates and times (en-GB), which the pseudo-language keeps in English. */
export function dateWords(): Set<string> {
  const words = new Set<string>()
  for (let m = 0; m < 12; m++) {
    const at = new Date(Date.UTC(2026, m, 5))
    for (const month of ['long', 'short'] as const) words.add(at.toLocaleDateString('en-GB', { month, timeZone: 'UTC' }))
  }
  for (let d = 0; d < 7; d++) {
    const at = new Date(Date.UTC(2026, 0, 5 + d))
    for (const weekday of ['long', 'short'] as const) words.add(at.toLocaleDateString('en-GB', { weekday, timeZone: 'UTC' }))
  }
  for (const w of ['am', 'pm', 'AM', 'PM', 'CET', 'CEST', 'UTC', 'GMT']) words.add(w)
  return words
}

/** A bracketed pseudo segment with no bracket inside: "[Šàṽé]" (innermost first, as messages nest). */
const SEGMENT = /\[[^[\]]*\]/g
const EDGES = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu

/** The names of the languages offered, each in its own language ("English", "Français"): shown as such in every language. */
export function autonyms(): string[] {
  return ['en', 'fr', 'es', 'ar'].map((l) => {
    const name = new Intl.DisplayNames([l], { type: 'language' }).of(l)!
    return name.charAt(0).toLocaleUpperCase(l) + name.slice(1)
  })
}

export type Allowed = { data: string[]; dates: Set<string> }

export function allowed(): Allowed {
  // Longest first, so that a long text is taken out whole before a name inside it.
  const data = [...new Set([...seedData(), ...autonyms()])].filter((s) => s.trim().length > 1).sort((a, b) => b.length - a.length)
  return { data, dates: dateWords() }
}

/** A word a program writes rather than a sentence: a number, a time, a date's word, a symbol or a rule's id. */
function written(word: string, dates: Set<string>): boolean {
  return word === '' || /\d/.test(word) || dates.has(word) || /^[A-Z]{2,}$/.test(word) || /^[a-z0-9]+(-[a-z0-9]+)+$/.test(word)
}

/**
 * The parts of a text that neither came through the catalogue nor are data: none when all did.
 * Bracketed pseudo text is taken out, then every data text found in what is left; what remains
 * must be numbers, dates, times, symbols. `wrapped` (the PDF's lines): a part may also be the
 * beginning or end of a data text cut by the line's end.
 */
export function escapes(text: string, { data, dates }: Allowed, wrapped = false): string[] {
  let rest = text
  for (let before = ''; before !== rest; ) {
    before = rest
    rest = rest.replace(SEGMENT, '\u0000')
  }
  if (!/\p{L}/u.test(rest.replaceAll('\u0000', ''))) return []
  // Whole words only: a State's code "AUT" is not "UT" taken out of it.
  for (const d of data) if (rest.includes(d)) rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'), '\u0000')
  return rest
    .split(wrapped ? /[\u0000;,]/ : '\u0000')
    .map((part) => part.replace(EDGES, ''))
    .filter((part) => /\p{L}/u.test(part))
    .filter((part) => !written(part, dates) && !part.split(/[\s\p{P}\p{S}]+/u).every((word) => written(word, dates)))
    .filter((part) => !(wrapped && data.some((d) => d.startsWith(part) || d.endsWith(part))))
}

/**
 * The parts of a document's text (the PDF's, as pdftotext reads it in reading order) that neither came
 * through the catalogue nor are data. A message or a data text may be wrapped over several lines, and
 * the extraction cuts a rotated text (the draft's diagonal mark) into pieces: bracketed pseudo text is
 * taken out across lines; a line, or what is left of it between such segments, that is a piece of one
 * data text is data; and, en-XA writing no letter of the English alphabet, a piece without one is
 * pseudo text cut apart, never English.
 */
export function documentEscapes(text: string, allowed: Allowed): string[] {
  let rest = text
  for (let before = ''; before !== rest; ) {
    before = rest
    rest = rest.replace(SEGMENT, '\u0000')
  }
  const out: string[] = []
  for (const line of rest.split('\n')) {
    for (const piece of line.split('\u0000')) {
      const part = piece.replace(EDGES, '')
      if (!/[A-Za-z]/.test(part) || allowed.data.some((d) => d.includes(part))) continue
      out.push(...escapes(part, allowed, true).filter((escaped) => /[A-Za-z]/.test(escaped)))
    }
  }
  return out
}

export type Seen = { text: string; where: string }

/** The texts a reader sees or hears on the page: text nodes of visible elements, and accessible names. */
export function visibleTexts(page: Page): Promise<Seen[]> {
  return page.evaluate(() => {
    const out: { text: string; where: string }[] = []
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : ''
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''
      return `${el.tagName.toLowerCase()}${id}${cls}`
    }
    // A text explicitly marked as written in another language and left untranslated (an original
    // quoted verbatim, an e-mail as sent): its own element with `lang` and `translate="no"`.
    const original = (el: Element) => {
      const marked = el.closest('[lang]')
      return marked !== null && marked !== document.documentElement && marked.getAttribute('translate') === 'no'
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent?.trim()
      if (!parent || !text || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName) || original(parent)) continue
      const select = parent.closest('select')
      const seen = select ? select.checkVisibility() : parent.checkVisibility() || parent.closest('.sr-only') !== null
      if (seen) out.push({ text, where: describe(parent) })
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], input[type=submit], input[type=button]')) {
      if ((!el.checkVisibility() && el.closest('.sr-only') === null) || original(el)) continue
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const text = el.getAttribute(attribute)?.trim()
        if (text) out.push({ text, where: `${describe(el)}[${attribute}]` })
      }
      if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button') && el.value) out.push({ text: el.value, where: describe(el) })
    }
    return out
  })
}
