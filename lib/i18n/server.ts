import { cookies } from 'next/headers'
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, messagesFor, translator, type Locale } from './index'

/** The language the user chose (a cookie), else English. */
export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE
}

export async function getT() {
  return translator(messagesFor(await getLocale()))
}
