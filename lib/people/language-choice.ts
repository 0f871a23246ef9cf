'use server'
import { revalidatePath } from 'next/cache'
import { chooseLanguage } from './choose-language'

/**
 * Keeps the reader's language in the `locale` cookie, signed in or not, and shows every page again
 * in it. An unknown language is ignored (the page stays as it was). The public programme pages post
 * the same form to /api/language (app/api/language/route.ts), which calls chooseLanguage.
 */
export async function setLocale(formData: FormData): Promise<void> {
  if (await chooseLanguage(formData)) revalidatePath('/', 'layout')
}
