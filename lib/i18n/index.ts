import { ar } from './messages/ar'
import { en } from './messages/en'
import { es } from './messages/es'
import { fr } from './messages/fr'
import type { MessageKey, Messages, PartialMessages } from './types'

export type { MessageKey, Messages, PartialMessages } from './types'

// A small translation layer: messages per language as typed objects, `{name}` placeholders.
// French and Spanish are files beside en.ts; a key they lack falls back to English (so a key added
// to en.ts never breaks the build), and tests/publication/translations.test.ts lists what is missing.
export const LOCALES = ['en', 'fr', 'es', 'ar'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'
export const LOCALE_COOKIE = 'locale'
/** The BCP 47 tag each language is written with by Intl (dates, numbers). */
// Arabic with Western digits: the interface's numbers, dates and times read as the ISU writes them;
// the public page and the PDF follow the year's choice of digits (lib/publication/digits.ts).
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ar: 'ar-u-nu-latn' }
/** The direction each language is written in: Arabic right to left (`dir` on <html>). */
export const LOCALE_DIRECTIONS: Readonly<Record<Locale, 'ltr' | 'rtl'>> = { en: 'ltr', fr: 'ltr', es: 'ltr', ar: 'rtl' }
/** Each language in its own words, whatever the page's language (the switcher, the invitation form). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية' }

/** The catalogues as written: English in full, the others possibly partial. */
export const CATALOGUES: Readonly<Record<Locale, PartialMessages>> = { en, fr, es, ar }



export const isLocale = (v: unknown): v is Locale => (LOCALES as readonly unknown[]).includes(v)

function withFallback(reference: Record<string, unknown>, translated: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, english] of Object.entries(reference)) {
    const own = translated?.[key]
    if (typeof english === 'string') out[key] = typeof own === 'string' ? own : english
    else out[key] = withFallback(english as Record<string, unknown>, own && typeof own === 'object' ? (own as Record<string, unknown>) : undefined)
  }
  return out
}

const merged = new Map<Locale, Messages>()

/** The messages of a language, English for any key it lacks. */
export function messagesFor(locale: Locale): Messages {
  let messages = merged.get(locale)
  if (!messages) {
    messages = locale === 'en' ? en : (withFallback(en, CATALOGUES[locale] as Record<string, unknown>) as Messages)
    merged.set(locale, messages)
  }
  return messages
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

export function translator(messages: Messages): Translate {
  return (key, vars) => {
    let node: unknown = messages
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
    let text = typeof node === 'string' ? node : key
    // "one form|other form": the first when {count} is 1.
    if (text.includes('|') && vars && typeof vars.count === 'number') text = text.split('|')[vars.count === 1 ? 0 : 1] ?? text
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text
  }
}
