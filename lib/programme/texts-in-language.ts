// The programme's texts in the reader's language: the translation where the ISU entered one
// (`translations.fr|es|ar`, interchange format version 2), else the English original, marked as
// such so that the page can say "(English only)" in the reader's words. Pure: the public page uses
// it; the PDF has its own pick (lib/pdf/printable.ts) with the same rule.
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from './vocabulary'

/** A text and the language it is written in: the reader's, or English when not translated. */
export type TextInLanguage = { text: string; lang: string; translated: boolean }

type Texts = { title?: string | null; description?: string | null; venue?: string | null }
type WithTranslations = Texts & { translations?: Partial<Record<TranslationLanguage, Texts | null | undefined>> | null }

const isTranslationLanguage = (locale: string): locale is TranslationLanguage => (TRANSLATION_LANGUAGES as readonly string[]).includes(locale)

/** A field of an item or a programme in `locale`; null when the original is empty. */
export function textIn(source: WithTranslations, field: keyof Texts, locale: string): TextInLanguage | null {
  const original = source[field]?.trim()
  if (!original) return null
  if (locale === 'en' || !isTranslationLanguage(locale)) return { text: original, lang: 'en', translated: locale === 'en' }
  const own = source.translations?.[locale]?.[field]?.trim()
  return own ? { text: own, lang: locale, translated: true } : { text: original, lang: 'en', translated: false }
}

/** Whether any of the texts is left in English on a page in another language. */
export const anyUntranslated = (locale: string, ...texts: (TextInLanguage | null)[]) => locale !== 'en' && texts.some((text) => text !== null && !text.translated)
