import { ar } from './messages/ar'
import { en } from './messages/en'
import { es } from './messages/es'
import { fr } from './messages/fr'
import type { Messages, PartialMessages } from './types'

export type { MessageKey, Messages, PartialMessages } from './types'

// The translation layer: messages per language as typed objects in ICU syntax, formatted by next-intl.
// French and Spanish are files beside en.ts; a key they lack falls back to English (so a key added
// to en.ts never breaks the build), and tests/publication/translations.test.ts lists what is missing.

export * from './languages'
import { languageOf, type Locale } from './languages'

/** The catalogues as written: English in full, the others possibly partial. */
export const CATALOGUES: Readonly<Record<Locale, PartialMessages>> = { en, fr, es, ar }

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
    languageOf.set(messages, locale)
  }
  return messages
}

