// The item form's fields and what an item stores, both ways. Pure: the form fills itself from an item,
// the editor drafts the item being typed (so that the findings and the time counts follow), and the
// server writes what was sent; each of the optional fields, absent, leaves the item as it was.
import { speakerKind, speakerName, speakerState, speakersFromNames } from '@/lib/programme/speakers'
import { TRANSLATION_LANGUAGES } from '@/lib/programme/vocabulary'
import type { Invitation, ItemTranslations, ProgrammeTranslations, Speaker, SubItem } from '@/lib/programme/schema'
import type { EditorItem } from './editor-model'
import type { InvitedFields, ItemFields, ItemTextsFields, SettingsFields, SpeakerKindFields } from './schema'

/** The form's values for an item (a new one: empty, at the given times). */
export function itemFieldsOf(item: EditorItem | null, start = '10:00', end = '11:00'): ItemFields {
  const subItems = item?.subItems ?? []
  return {
    start: item?.start ?? start,
    end: item?.end ?? end,
    title: item?.title ?? '',
    description: item?.description ?? '',
    segment: item?.segment ?? 'general',
    committee: (item?.committee ?? '') as ItemFields['committee'],
    objectives: (item?.objectives ?? []) as ItemFields['objectives'],
    speakers: (item?.speakers ?? []).map(speakerName).join('\n'),
    subItems: subItems.map((s) => ({ title: s.title, description: s.description ?? '' })),
    translations: Object.fromEntries(
      TRANSLATION_LANGUAGES.map((language) => {
        const own = item?.translations?.[language]
        return [language, { title: own?.title ?? '', description: own?.description ?? '', subItems: subItems.map((_, index) => own?.subItems?.[index]?.title ?? '') }]
      }),
    ),
    speakerKinds: (item?.speakers ?? []).map((s) => ({ name: speakerName(s), kind: speakerKind(s), state: speakerState(s) ?? '' })),
    actions: item?.actions ?? [],
    invited: { states: item?.invited?.states ?? [], basis: item?.invited?.basis ?? '' },
  }
}

/**
 * The speakers named one per line, each with the kind (and State) the form gives its name; a name
 * the form gives no kind keeps the one it had (speakersFromNames). A speaker of kind "other" is a name alone.
 */
export function speakersFromFields(names: readonly string[], kinds: readonly SpeakerKindFields[] | undefined, previous: readonly Speaker[] | undefined): Speaker[] {
  const kept = speakersFromNames(names, previous)
  if (!kinds) return kept
  const unused = [...kinds]
  return names.map((name, index) => {
    const at = unused.findIndex((k) => k.name?.trim() === name)
    if (at < 0) return kept[index]!
    const [k] = unused.splice(at, 1)
    if (k!.kind === 'other') return name
    return k!.kind === 'state-party' || k!.kind === 'observer-state' ? { name, kind: k!.kind, state: (k!.state ?? '').trim() } : { name, kind: k!.kind }
  })
}

/** One language's texts as stored: empty texts left out; sub-items cut to the item's; null when nothing is left. */
function storedTexts(fields: ItemTextsFields, previous: NonNullable<ItemTranslations['fr']> | undefined, subItems: readonly SubItem[]) {
  const subs = subItems.map((_, index) => {
    const title = fields.subItems?.[index]?.trim()
    const description = previous?.subItems?.[index]?.description
    return { ...(title ? { title } : {}), ...(description ? { description } : {}) }
  })
  while (subs.length && Object.keys(subs.at(-1)!).length === 0) subs.pop()
  const texts = {
    ...(fields.title?.trim() ? { title: fields.title.trim() } : {}),
    ...(fields.description?.trim() ? { description: fields.description.trim() } : {}),
    ...(subs.length ? { subItems: subs } : {}),
  }
  return Object.keys(texts).length ? texts : null
}

/** The item's translations after a save: each language the form sent replaces the stored one, the others stay. */
export function translationsFromFields(fields: ItemFields['translations'], previous: ItemTranslations | null | undefined, subItems: readonly SubItem[]): ItemTranslations | null {
  const result: ItemTranslations = {}
  for (const language of TRANSLATION_LANGUAGES) {
    const sent = fields?.[language]
    const texts = sent ? storedTexts(sent, previous?.[language], subItems) : previous?.[language]
    if (texts) result[language] = texts
  }
  return Object.keys(result).length ? result : null
}

/** The invitation after a save: no State left, no invitation. */
export function invitedFromFields(fields: InvitedFields | undefined, previous: Invitation | null): Invitation | null {
  if (!fields) return previous
  const states = [...new Set(fields.states.map((s) => s.trim()))]
  return states.length ? { states, basis: fields.basis.trim() } : null
}

/** The actions after a save, in order, each once; none: null. */
export function actionsFromFields(fields: readonly number[] | undefined, previous: number[] | null): number[] | null {
  if (!fields) return previous
  const actions = [...new Set(fields)].sort((a, b) => a - b)
  return actions.length ? actions : null
}

/** The programme's title and venue per language after a save: each language sent replaces the stored one. */
export function programmeTranslationsFromFields(fields: SettingsFields['translations'], previous: unknown): ProgrammeTranslations | null {
  const stored = (previous && typeof previous === 'object' ? previous : {}) as ProgrammeTranslations
  const result: ProgrammeTranslations = {}
  for (const language of TRANSLATION_LANGUAGES) {
    const sent = fields?.[language]
    const texts = sent ? { ...(sent.title.trim() ? { title: sent.title.trim() } : {}), ...(sent.venue.trim() ? { venue: sent.venue.trim() } : {}) } : stored[language]
    if (texts && Object.keys(texts).length) result[language] = texts
  }
  return Object.keys(result).length ? result : null
}
