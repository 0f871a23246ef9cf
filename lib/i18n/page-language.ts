// The language a page is rendered in: one of the application's languages, or, under the end-to-end
// tests only, a pseudo-language (./pseudo.ts). Its messages and its direction follow from it. Pure:
// the pages that read the request (lib/i18n/server.ts) and the cached public pages, whose address
// carries the language (proxy.ts → app/published), both take their words from here.
import { DEFAULT_LOCALE, isLocale, localeDirection, LOCALE_COOKIE, messagesFor, type Locale, type Messages } from './index'
import { cookieOf, readerLocale } from './negotiate'
import { direction, isPseudoLocale, pseudoMessages, type PseudoLocale } from './pseudo'

export type PageLanguage = Locale | PseudoLocale

export const isPageLanguage = (v: unknown): v is PageLanguage => isLocale(v) || isPseudoLocale(v)

/** The reader's language as the request says it: a pseudo-language the tests chose, else readerLocale. */
export function pageLanguageOf({ chosen, acceptLanguage }: { chosen?: string | null; acceptLanguage?: string | null }): PageLanguage {
  return isPseudoLocale(chosen) ? chosen : readerLocale({ chosen, acceptLanguage })
}

/** The page language of a request (proxy.ts): its cookie, else its Accept-Language. */
export function requestPageLanguage(request: Request): PageLanguage {
  return pageLanguageOf({ chosen: cookieOf(request.headers.get('cookie'), LOCALE_COOKIE), acceptLanguage: request.headers.get('accept-language') })
}

/** What a page in this language is written with: its locale (dates, numbers), messages and direction. */
export function pageWords(language: PageLanguage): { locale: Locale; messages: Messages; dir: 'ltr' | 'rtl' } {
  if (isPseudoLocale(language)) return { locale: DEFAULT_LOCALE, messages: pseudoMessages(messagesFor('en'), language), dir: direction(language) }
  return { locale: language, messages: messagesFor(language), dir: localeDirection(language) }
}

/**
 * The pseudo-language the tests chose for a file (a PDF): its cookie's, when the address asks for no
 * language of its own (`?lang=`); null otherwise, and always outside the end-to-end tests.
 */
export function requestPseudoLanguage(request: Request): PseudoLocale | null {
  if (isLocale(new URL(request.url).searchParams.get('lang'))) return null
  const chosen = cookieOf(request.headers.get('cookie'), LOCALE_COOKIE)
  return isPseudoLocale(chosen) ? chosen : null
}
