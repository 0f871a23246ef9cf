import { cookies, headers } from 'next/headers'
import { LOCALE_COOKIE, messagesFor, translator, type Locale } from './index'
import { readerLocale } from './negotiate'

/** The reader's language: their choice (a cookie), else their browser's (Accept-Language), else English. */
export async function getLocale(): Promise<Locale> {
  const [jar, asked] = await Promise.all([cookies(), headers()])
  return readerLocale({ chosen: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: asked.get('accept-language') })
}

export async function getT() {
  return translator(messagesFor(await getLocale()))
}
