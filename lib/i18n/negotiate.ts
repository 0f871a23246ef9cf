// The reader's language: the one they chose with the switcher (a cookie) wins; without it, the first
// of the browser's languages (Accept-Language, by preference) that we offer, matched by region and
// script the way Intl does (fr-CH is French, es-419 Spanish); English otherwise. Signed in or out.
import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type Locale } from './index'

/** A language tag Intl accepts (Accept-Language may carry `*` or anything). */
function isWellFormed(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

export function readerLocale({ chosen, acceptLanguage }: { chosen?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(chosen)) return chosen
  if (!acceptLanguage) return DEFAULT_LOCALE
  const asked = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages().filter(isWellFormed)
  const found = match(asked, LOCALES, DEFAULT_LOCALE, { algorithm: 'lookup' })
  return isLocale(found) ? found : DEFAULT_LOCALE
}

/** The value of a cookie in a request's `Cookie` header. */
export function cookieOf(header: string | null, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}

/** The reader's language of a request that a route handler answers (files, exports). */
export function requestLocale(request: Request): Locale {
  return readerLocale({ chosen: cookieOf(request.headers.get('cookie'), LOCALE_COOKIE), acceptLanguage: request.headers.get('accept-language') })
}
