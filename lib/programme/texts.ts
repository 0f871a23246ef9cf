// The programme's own texts in the languages of TRANSLATION_LANGUAGES (interchange format version 2):
// which texts of an item still wait for a translation, how many items of a programme do per
// language, and a text in a reader's language with whether it is the English original. Pure: the
// editor, the public page and their tests share it (the PDF has its own in lib/pdf/printable.ts).
import type { ItemTranslations, ProgrammeTranslations, SubItem } from './schema'
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from './vocabulary'

/** An item as far as its texts go. */
export type ItemTexts = { title: string; description?: string | null; subItems?: readonly SubItem[] | null; translations?: ItemTranslations | null }

export type MissingText = 'title' | 'description' | 'subItems'

const filled = (text: string | null | undefined) => !!text?.trim()

/** The texts of an item that have an original but no translation in `language` (an untitled item has none). */
export function missingTexts(item: ItemTexts, language: TranslationLanguage): MissingText[] {
  const own = item.translations?.[language]
  const missing: MissingText[] = []
  if (filled(item.title) && !filled(own?.title)) missing.push('title')
  if (filled(item.description) && !filled(own?.description)) missing.push('description')
  if ((item.subItems ?? []).some((sub, index) => filled(sub.title) && !filled(own?.subItems?.[index]?.title))) missing.push('subItems')
  return missing
}

/** The languages in which an item misses a text, in the order of TRANSLATION_LANGUAGES. */
export const languagesMissing = (item: ItemTexts): TranslationLanguage[] => TRANSLATION_LANGUAGES.filter((language) => missingTexts(item, language).length > 0)

export type ProgrammeTexts = { title: string; venue: string; translations?: ProgrammeTranslations | null; days: readonly { items: readonly ItemTexts[] }[] }

/** Per language: how many items miss a text, and whether the programme's title or venue does. */
export function missingByLanguage(programme: ProgrammeTexts): Record<TranslationLanguage, { items: number; title: boolean; venue: boolean }> {
  const items = programme.days.flatMap((day) => day.items)
  return Object.fromEntries(
    TRANSLATION_LANGUAGES.map((language) => {
      const own = programme.translations?.[language]
      return [
        language,
        {
          items: items.filter((item) => missingTexts(item, language).length > 0).length,
          title: filled(programme.title) && !filled(own?.title),
          venue: filled(programme.venue) && !filled(own?.venue),
        },
      ]
    }),
  ) as Record<TranslationLanguage, { items: number; title: boolean; venue: boolean }>
}

/** A text as a reader of `language` gets it: the translation when there is one, else the English original, marked so. */
export function textIn(original: string, translations: Partial<Record<TranslationLanguage, string | undefined>>, language: string): { text: string; original: boolean } {
  if (language === 'en') return { text: original, original: false }
  const own = translations[language as TranslationLanguage]?.trim()
  return own ? { text: own, original: false } : { text: original, original: filled(original) }
}

/** The item's texts in `language`: each translated one, or the original marked as such. */
export function itemTextsIn(item: ItemTexts, language: string) {
  const lang = language as TranslationLanguage
  const own = language === 'en' ? undefined : item.translations?.[lang]
  return {
    title: textIn(item.title, { [lang]: own?.title }, language),
    description: item.description?.trim() ? textIn(item.description, { [lang]: own?.description }, language) : null,
    subItems: (item.subItems ?? []).map((sub, index) => ({
      title: textIn(sub.title, { [lang]: own?.subItems?.[index]?.title }, language),
      description: sub.description?.trim() ? textIn(sub.description, { [lang]: own?.subItems?.[index]?.description }, language) : null,
    })),
  }
}
