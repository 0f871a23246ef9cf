// Two people saved one item: a merge by field against what the item was when this person opened it.
// The translations merge language by language: a French text and a Spanish one typed at the same
// time are both kept. Pure, so that it is tested without a browser.
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from '@/lib/programme'
import type { ItemFields } from './schema'

/** A field of the form, or one language of its translations (`translations.fr`). */
export type Field = Exclude<keyof ItemFields, 'translations'> | `translations.${TranslationLanguage}`
export type Clash = { field: Field; mine: unknown; theirs: unknown }

// A list of ids (objectives) is a set; a list of sub-items keeps its order.
const canonical = (v: unknown) => JSON.stringify(Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v].sort() : (v ?? null))
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b)

/** The value of a field (a language of the translations: that language's texts). */
export function valueOf(fields: ItemFields, field: Field): unknown {
  if (field.startsWith('translations.')) return fields.translations?.[field.slice('translations.'.length) as TranslationLanguage]
  return fields[field as keyof ItemFields]
}

/** The fields with one field set (a language of the translations: only that language). */
export function withValue(fields: ItemFields, field: Field, value: unknown): ItemFields {
  if (!field.startsWith('translations.')) return { ...fields, [field]: value }
  const language = field.slice('translations.'.length) as TranslationLanguage
  return { ...fields, translations: { ...fields.translations, [language]: value as NonNullable<ItemFields['translations']>[TranslationLanguage] } }
}

const fieldsIn = (theirs: ItemFields): Field[] =>
  (Object.keys(theirs) as (keyof ItemFields)[]).flatMap((key): Field[] => (key === 'translations' ? TRANSLATION_LANGUAGES.map((l) => `translations.${l}` as const) : [key]))

/**
 * `fields`: mine, with their changes taken where only they changed a field; `taken`: those fields;
 * `clashes`: the fields both changed to different values (mine is kept there until a choice is made).
 */
export function mergeFields(base: ItemFields, mine: ItemFields, theirs: ItemFields): { fields: ItemFields; taken: Field[]; clashes: Clash[] } {
  let fields = { ...mine }
  const taken: Field[] = []
  const clashes: Clash[] = []
  for (const field of fieldsIn(theirs)) {
    const [b, m, th] = [valueOf(base, field), valueOf(mine, field), valueOf(theirs, field)]
    const theyChanged = !same(th, b)
    const iChanged = !same(m, b)
    if (!theyChanged || same(m, th)) continue
    if (!iChanged) {
      fields = withValue(fields, field, th)
      taken.push(field)
    } else clashes.push({ field, mine: m, theirs: th })
  }
  return { fields, taken, clashes }
}
