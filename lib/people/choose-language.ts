import 'server-only'
import { cookies } from 'next/headers'
import { z } from 'zod'
import { currentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { LOCALE_COOKIE, LOCALES } from '@/lib/i18n/languages'
import { rememberLanguage } from './language'

/** The form of the language switcher: one field, a language we offer. */
const LocaleInput = z.object({ locale: z.enum(LOCALES) })

const ONE_YEAR_S = 365 * 24 * 60 * 60

/** The language chosen in the switcher's form, kept (cookie, and the person's record): false when it is none we offer. */
export async function chooseLanguage(formData: FormData): Promise<boolean> {
  const parsed = LocaleInput.safeParse({ locale: formData.get('locale') })
  if (!parsed.success) return false
  ;(await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: '/', maxAge: ONE_YEAR_S, sameSite: 'lax', httpOnly: true })
  // Signed in: the person's e-mails and notifications follow the language they chose last.
  try {
    const user = await currentUser()
    if (user) await rememberLanguage(db(), user, { language: parsed.data.locale })
  } catch (e) {
    // The page still changes language; the e-mails keep the one recorded before.
    console.error(e)
  }
  return true
}
