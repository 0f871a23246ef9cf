import { cookies } from 'next/headers'
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, messagesFor, translator, type Locale, type Messages } from './index'
import { direction, isPseudoLocale, pseudoMessages } from './pseudo'

const chosenLocale = async () => (await cookies()).get(LOCALE_COOKIE)?.value

/** The language the user chose (a cookie), else English (and English under a pseudo-language of the tests). */
export async function getLocale(): Promise<Locale> {
  const chosen = await chosenLocale()
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE
}

/** The messages of the reader's language; a pseudo-language's when the tests chose one (./pseudo.ts). */
export async function getMessages(): Promise<Messages> {
  const chosen = await chosenLocale()
  return isPseudoLocale(chosen) ? pseudoMessages(messagesFor('en'), chosen) : messagesFor(isLocale(chosen) ? chosen : DEFAULT_LOCALE)
}

/** The page's writing direction: right to left only under the Arabic pseudo-language for now. */
export async function getDirection(): Promise<'ltr' | 'rtl'> {
  return direction((await chosenLocale()) ?? DEFAULT_LOCALE)
}

export async function getT() {
  return translator(await getMessages())
}
