// The words of the rulebook (rulebook.md, "Vocabulary"), as ids for the interchange format and as
// labels for the screens. The id lists are tuples so the zod schemas and the types derive from them.

export const SEGMENT_IDS = [
  'opening',
  'thematic',
  'preparatory',
  'committee',
  'general',
  'closing',
  'side-event',
  'break',
] as const
export type Segment = (typeof SEGMENT_IDS)[number]

export const SEGMENT_LABELS: Readonly<Record<Segment, string>> = {
  opening: 'Opening',
  thematic: 'Thematic segment',
  preparatory: 'Preparatory segment',
  committee: 'Committee',
  general: 'General',
  closing: 'Closing',
  'side-event': 'Side event',
  break: 'Break',
}

/** Segments held beside the formal meeting: they may overlap other items and need no interpreters. */
export const INFORMAL_SEGMENTS: ReadonlySet<Segment> = new Set<Segment>(['side-event', 'break'])

// The four Committees set up by the Third Review Conference (2014), used from 2015. Earlier
// Standing Committees are named in item titles with `committee: null`.
export const COMMITTEE_IDS = [
  'article-5',
  'cooperative-compliance',
  'victim-assistance',
  'cooperation-assistance',
] as const
export type CommitteeId = (typeof COMMITTEE_IDS)[number]

export const COMMITTEE_NAMES: Readonly<Record<CommitteeId, string>> = {
  'article-5': 'Committee on Article 5 Implementation',
  'cooperative-compliance': 'Committee on Cooperative Compliance',
  'victim-assistance': 'Committee on Victim Assistance',
  // The Background page calls it the Committee on Enhancing Cooperation and Assistance; the
  // Convention's own name, the one shown to people (rulebook, Vocabulary), is this one.
  'cooperation-assistance': 'Committee on the Enhancement of Cooperation and Assistance',
}

// The core humanitarian objectives named in the President's Paper of the Fourth Meeting of the States Parties.
export const OBJECTIVE_IDS = [
  'stockpile-destruction',
  'clearance',
  'victim-assistance',
  'universalization',
] as const
export type ObjectiveId = (typeof OBJECTIVE_IDS)[number]

export const OBJECTIVE_LABELS: Readonly<Record<ObjectiveId, string>> = {
  'stockpile-destruction': 'Stockpile destruction',
  clearance: 'Mine clearance',
  'victim-assistance': 'Victim assistance',
  universalization: 'Universalization',
}

/** The objective in the words of the President's Paper, for explanations. */
export const OBJECTIVE_AIMS: Readonly<Record<ObjectiveId, string>> = {
  'stockpile-destruction': 'to destroy anti-personnel mines that remain in stockpiles',
  clearance: 'to clear areas containing anti-personnel mines',
  'victim-assistance': 'to provide assistance to landmine survivors',
  universalization: 'to ensure universal acceptance of the ban on anti-personnel mines',
}

// The two options the Fourth Review Conference (2019) asked the President to decide between each year.
export const FORMAT_IDS = ['thematic-segment', 'thematic-day'] as const
export type Format = (typeof FORMAT_IDS)[number]

export const FORMAT_LABELS: Readonly<Record<Format, string>> = {
  'thematic-segment': 'A thematic segment during the two-day meetings',
  'thematic-day': 'A day of thematic discussions added to the two days',
}

// Who speaks on an item (interchange format version 2): a kind, and the State for a State.
export const SPEAKER_KINDS = [
  'president',
  'committee-chair',
  'state-party',
  'observer-state',
  'isu',
  'international-organisation',
  'civil-society',
  'other',
] as const
export type SpeakerKind = (typeof SPEAKER_KINDS)[number]

/** The kinds of speaker that speak for a State, and name it by its ISO 3166-1 alpha-3 code. */
export const STATE_SPEAKER_KINDS: ReadonlySet<SpeakerKind> = new Set<SpeakerKind>(['state-party', 'observer-state'])


/** The languages a programme's texts may be translated into (interchange format version 2); the original is English. */
export const TRANSLATION_LANGUAGES = ['fr', 'es', 'ar'] as const
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number]

/** Choice lists for dropdowns, in the rulebook's order. */
export interface Choice<Id extends string> {
  id: Id
  label: string
}

const choices = <Id extends string>(ids: readonly Id[], labels: Readonly<Record<Id, string>>): readonly Choice<Id>[] =>
  ids.map((id) => ({ id, label: labels[id] }))

export const SEGMENTS = choices(SEGMENT_IDS, SEGMENT_LABELS)
export const COMMITTEES = choices(COMMITTEE_IDS, COMMITTEE_NAMES)
export const OBJECTIVES = choices(OBJECTIVE_IDS, OBJECTIVE_LABELS)
export const FORMATS = choices(FORMAT_IDS, FORMAT_LABELS)
