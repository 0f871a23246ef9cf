// The words of a public page's language, from its address; a language we do not have is not found.
import { notFound } from 'next/navigation'
import { isPageLanguage, pageWords } from '@/lib/i18n/page-language'

export const wordsOf = (language: string) => (isPageLanguage(language) ? pageWords(language) : notFound())
