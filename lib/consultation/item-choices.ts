// The items a member may answer about (an objection on one item goes into that item's discussion),
// and an item's title in the reader's language (its translation, else the English original, marked).
import { ItemTranslationsSchema, textIn } from '@/lib/programme'

export type ItemChoice = { id: string; label: string }

type Item = { id: string; start: string; end: string; title: string; segment?: string | null; translations?: unknown }
type Day = { date: string; items: readonly Item[] }

/** An item's title as a reader of `language` gets it: the translation entered, else the English original (`original: true`). */
export function itemTitleIn(item: Pick<Item, 'title' | 'translations'>, language: string): { text: string; original: boolean } {
  const parsed = item.translations == null ? null : ItemTranslationsSchema.safeParse(item.translations)
  const own = parsed?.success ? parsed.data[language as keyof typeof parsed.data]?.title : undefined
  return textIn(item.title, { [language]: own }, language)
}

/**
 * Every item of the programme but the breaks, in order, labelled by its day and time and its title in
 * `language`, an English original followed by `englishOnly` (the catalogue's "(English only)").
 */
export function itemChoices(days: readonly Day[], dayLabel: (date: string) => string, language = 'en', englishOnly = ''): ItemChoice[] {
  return days.flatMap((d) =>
    d.items
      .filter((i) => i.segment !== 'break')
      .map((i) => {
        const title = itemTitleIn(i, language)
        return { id: i.id, label: `${dayLabel(d.date)}, ${i.start}–${i.end} ${title.text}${title.original && englishOnly ? ` ${englishOnly}` : ''}` }
      }),
  )
}
