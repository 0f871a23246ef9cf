// The languages of the application and the translator that formats a catalogue's messages, without
// the catalogues themselves: what the browser's modules import (lib/i18n/index.ts adds the catalogues,
// which a browser receives only as the namespaces a page hands it, components/client-messages.tsx).
import { _createCache, _createIntlFormatters, createTranslator, type IntlError } from 'next-intl'
// Relative, not '@/': npm run check imports this module from any folder, where the alias is unknown.
import { GENEVA } from '../geneva-time'
import type { MessageKey, Messages } from './types'

type Language = {
  /** The BCP 47 tag Intl writes the language with (plurals, dates, numbers). */
  tag: string
  /** The language in its own words, whatever the page's language (the switcher). */
  name: string
  /** Its direction of writing: `dir` of the page. */
  dir: 'ltr' | 'rtl'
}

/**
 * The languages of the application, one line each: everything else derives from this table. Adding a
 * language is its catalogue in messages/ and its line here (and its import in CATALOGUES, lib/i18n/index.ts, which the type
 * checker asks for).
 */
export const LANGUAGES = {
  en: { tag: 'en-GB', name: 'English', dir: 'ltr' },
  fr: { tag: 'fr-FR', name: 'Français', dir: 'ltr' },
  es: { tag: 'es-ES', name: 'Español', dir: 'ltr' },
  // Arabic with Western digits in the interface; the public page and the PDF follow the year's choice
  // of digits (lib/i18n/digits.ts).
  ar: { tag: 'ar-u-nu-latn', name: 'العربية', dir: 'rtl' },
} as const satisfies Record<string, Language>

export type Locale = keyof typeof LANGUAGES
export const LOCALES = Object.keys(LANGUAGES) as [Locale, ...Locale[]]
export const DEFAULT_LOCALE: Locale = 'en'
export const LOCALE_COOKIE = 'locale'
/** The BCP 47 tag each language is written with by Intl (dates, numbers). */
export const LOCALE_TAGS = Object.fromEntries(LOCALES.map((locale) => [locale, LANGUAGES[locale].tag])) as Readonly<Record<Locale, string>>
/** `rtl` for a language written right to left. */
export const localeDirection = (locale: Locale): Language['dir'] => LANGUAGES[locale].dir

export const isLocale = (v: unknown): v is Locale => (LOCALES as readonly unknown[]).includes(v)

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

/** The language each merged catalogue is written in (lib/i18n/index.ts's messagesFor): its plural rules and formats follow it. */
export const languageOf = new WeakMap<Messages, Locale>()

// One cache of compiled messages and Intl formatters for every translator of the process.
const cache = _createCache()
const formatters = _createIntlFormatters(cache)

/**
 * Formats the messages of a catalogue (ICU: `{name}`, `{count, plural, one {…} other {…}}`, select,
 * selectordinal) with next-intl, by the rules of its language (given, or the one `messagesFor` made it
 * for, else English). A missing message or value shows the key rather than nothing.
 */
export function translator(messages: Messages, locale: Locale = languageOf.get(messages) ?? DEFAULT_LOCALE): Translate {
  const t = createTranslator({
    locale: LOCALE_TAGS[locale],
    messages: messages as Record<string, unknown>,
    timeZone: GENEVA,
    _cache: cache,
    _formatters: formatters,
    onError: reportMissing,
    getMessageFallback: ({ namespace, key }) => (namespace ? `${namespace}.${key}` : key),
  })
  return (key, vars) => t(key as never, vars as never)
}

function reportMissing(error: IntlError): void {
  if (process.env.NODE_ENV !== 'production') console.error(`[i18n] ${error.message}`)
}
