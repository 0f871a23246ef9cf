// Speakers of an item (interchange format version 2): a name alone is a speaker of kind `other`;
// a speaker object names its kind, and its State when it speaks for one. Screens that show only
// names (the editor's list, a plain-text field) read them through these functions.
import type { Speaker, SpeakerObject } from './schema'
import type { SpeakerKind } from './vocabulary'

export const speakerName = (speaker: Speaker): string => (typeof speaker === 'string' ? speaker : speaker.name)

export const speakerNames = (speakers: readonly Speaker[] | undefined): string[] => (speakers ?? []).map(speakerName)

/** The names for a reader: a State that speaks under its name in the reader's language (`nameOfState`), any other speaker as entered. */
export const speakerNamesIn = (speakers: readonly Speaker[] | undefined, nameOfState: (iso: string) => string | undefined): string[] =>
  (speakers ?? []).map((speaker) => {
    const iso = speakerState(speaker)
    return (iso && nameOfState(iso)) || speakerName(speaker)
  })

export const speakerKind = (speaker: Speaker): SpeakerKind => (typeof speaker === 'string' ? 'other' : speaker.kind)

/** The State a speaker speaks for (ISO 3166-1 alpha-3), or null. */
export const speakerState = (speaker: Speaker): string | null => (typeof speaker === 'string' ? null : (speaker.state ?? null))

/**
 * Speakers from names typed one per line, keeping what was known of each name already listed: a
 * speaker object whose name is still there stays an object (its kind and State are kept), a new
 * name is a plain name. So editing an item's names never loses the kinds entered elsewhere.
 */
export function speakersFromNames(names: readonly string[], previous: readonly Speaker[] | undefined): Speaker[] {
  const known = new Map<string, SpeakerObject[]>()
  for (const speaker of previous ?? []) {
    if (typeof speaker === 'string') continue
    const same = known.get(speaker.name)
    if (same) same.push(speaker)
    else known.set(speaker.name, [speaker])
  }
  return names.map((name) => known.get(name)?.shift() ?? name)
}
