import { cookies, headers } from 'next/headers'
import { cache } from 'react'
import { LOCALE_COOKIE, translator, type Locale, type Messages } from './index'
import { pageLanguageOf, pageWords } from './page-language'

/** The language of the page this request renders: the reader's choice, their browser's, or English. Read once per request. */
const pageWordsOfRequest = cache(async () => {
  const [jar, asked] = await Promise.all([cookies(), headers()])
  return pageWords(pageLanguageOf({ chosen: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: asked.get('accept-language') }))
})

/** The reader's language: their choice (a cookie), else their browser's (Accept-Language), else English. */
export async function getLocale(): Promise<Locale> {
  return (await pageWordsOfRequest()).locale
}

/** The messages of the reader's language; a pseudo-language's when the tests chose one (./pseudo.ts). */
export async function getMessages(): Promise<Messages> {
  return (await pageWordsOfRequest()).messages
}

/** The page's writing direction. */
export async function getDirection(): Promise<'ltr' | 'rtl'> {
  return (await pageWordsOfRequest()).dir
}

export async function getT() {
  return translator(await getMessages())
}
