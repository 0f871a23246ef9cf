import { cookies, headers } from 'next/headers'
import { localeDirection, LOCALE_COOKIE, messagesFor, translator, type Locale, type Messages } from './index'
import { readerLocale } from './negotiate'
import { direction, isPseudoLocale, pseudoMessages } from './pseudo'

const chosenLocale = async () => (await cookies()).get(LOCALE_COOKIE)?.value

/** The reader's language: their choice (a cookie), else their browser's (Accept-Language), else English. */
export async function getLocale(): Promise<Locale> {
  const [chosen, asked] = await Promise.all([chosenLocale(), headers()])
  return readerLocale({ chosen, acceptLanguage: asked.get('accept-language') })
}

/** The messages of the reader's language; a pseudo-language's when the tests chose one (./pseudo.ts). */
export async function getMessages(): Promise<Messages> {
  const chosen = await chosenLocale()
  return isPseudoLocale(chosen) ? pseudoMessages(messagesFor('en'), chosen) : messagesFor(await getLocale())
}

/** The page's writing direction: the language's, or the pseudo-language's under the tests. */
export async function getDirection(): Promise<'ltr' | 'rtl'> {
  const chosen = await chosenLocale()
  return isPseudoLocale(chosen) ? direction(chosen) : localeDirection(await getLocale())
}

export async function getT() {
  return translator(await getMessages())
}
