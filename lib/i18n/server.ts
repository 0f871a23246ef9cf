import { cookies } from 'next/headers'
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, messagesFor, translator, type Locale } from './index'

type CookieJar = { get(name: string): { value: string } | undefined }

/**
 * The reader's language: the one they chose (a cookie), else English. The one place the choice is
 * made: pages through getLocale, and proxy.ts for the cached public pages (it has the request's
 * cookies, not next/headers).
 */
export function chooseLocale(jar: CookieJar): Locale {
  const chosen = jar.get(LOCALE_COOKIE)?.value
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE
}

/** The language of the page being rendered for this request. */
export async function getLocale(): Promise<Locale> {
  return chooseLocale(await cookies())
}

export async function getT() {
  return translator(messagesFor(await getLocale()))
}
