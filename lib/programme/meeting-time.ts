// Time, counted (issue 16): the minutes of the formal meeting of a programme, per Committee, per core
// objective, per segment and per kind of speaker, and the share of time in which States Parties
// speak. Pure: the editor counts the draft as it is typed, the approval page, /meetings/time and its
// CSV count the stored programmes with this one function. How an item's minutes are shared is
// decision record "time-counted" (docs/decisions): in short, the formal meeting is every item neither
// `break` nor `side-event` whose times are valid; an item's minutes go whole to its Committee and to
// its segment; they are shared equally, in whole minutes, among its objectives and among its
// speakers (the first ones listed get the minutes left over), so that every table adds up to the total.
import { parseTime } from './time'
import {
  COMMITTEE_IDS,
  INFORMAL_SEGMENTS,
  OBJECTIVE_IDS,
  SEGMENT_IDS,
  SPEAKER_KINDS,
  type CommitteeId,
  type ObjectiveId,
  type Segment,
  type SpeakerKind,
} from './vocabulary'

/** The segments of the formal meeting, in the rulebook's order. */
export const FORMAL_SEGMENT_IDS = SEGMENT_IDS.filter((s) => !INFORMAL_SEGMENTS.has(s)) as Exclude<Segment, 'side-event' | 'break'>[]
export type FormalSegment = (typeof FORMAL_SEGMENT_IDS)[number]

/** Rows of the table "per Committee": the four Committees, then items of no Committee. */
export const COMMITTEE_ROWS = [...COMMITTEE_IDS, 'none'] as const
export type CommitteeRow = (typeof COMMITTEE_ROWS)[number]
/** Rows "per core objective": the four objectives, then items that name none. */
export const OBJECTIVE_ROWS = [...OBJECTIVE_IDS, 'none'] as const
export type ObjectiveRow = (typeof OBJECTIVE_ROWS)[number]
/** Rows "per kind of speaker": the eight kinds, then items that list no speaker. */
export const SPEAKER_ROWS = [...SPEAKER_KINDS, 'unlisted'] as const
export type SpeakerRow = (typeof SPEAKER_ROWS)[number]

/** Speaker kinds that speak for a State (States Parties and observer States). */
const STATE_KINDS: ReadonlySet<SpeakerKind> = new Set<SpeakerKind>(['state-party', 'observer-state'])

/** What the count reads of a programme: any version of the interchange format, or the editor's draft. */
export interface CountableProgramme {
  year: number
  days: readonly {
    items: readonly {
      start: string
      end: string
      segment?: Segment
      committee?: CommitteeId | null
      objectives?: readonly ObjectiveId[]
      speakers?: readonly (string | { kind: SpeakerKind })[]
    }[]
  }[]
}

export interface MeetingTime {
  year: number
  /** Minutes of the formal meeting: every item neither `break` nor `side-event` with valid times, each counted whole (overlapping items are the rulebook's `item-overlap` error, not subtracted here). */
  total: number
  /** Items of the formal meeting left out because their times are not valid (an `item-times` finding). */
  uncountedItems: number
  byCommittee: Record<CommitteeRow, number>
  byObjective: Record<ObjectiveRow, number>
  bySegment: Record<FormalSegment, number>
  bySpeaker: Record<SpeakerRow, number>
  /** Minutes with at least one speaker listed: `total` less `bySpeaker.unlisted`. */
  attributed: number
  /** Minutes of States Parties over the attributed minutes, from 0 to 1; null when no minute is attributed. */
  statePartyShare: number | null
  /** The same for States Parties and observer States together. */
  statesShare: number | null
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>

/**
 * `minutes` shared among `parts` in whole minutes, as equally as possible: every part gets the
 * quotient, and the first `minutes mod parts` parts one minute more (largest remainder, ties to the
 * first listed). The parts add up to `minutes` exactly.
 */
export function shareMinutes(minutes: number, parts: number): number[] {
  if (parts <= 0) return []
  const base = Math.floor(minutes / parts)
  const rest = minutes - base * parts
  return Array.from({ length: parts }, (_, i) => base + (i < rest ? 1 : 0))
}

const kindOf = (speaker: string | { kind: SpeakerKind }): SpeakerKind => (typeof speaker === 'string' ? 'other' : speaker.kind)

/** The time of a programme's formal meeting, counted (see the file's head). */
export function countMeetingTime(programme: CountableProgramme): MeetingTime {
  const byCommittee = zeros(COMMITTEE_ROWS)
  const byObjective = zeros(OBJECTIVE_ROWS)
  const bySegment = zeros(FORMAL_SEGMENT_IDS)
  const bySpeaker = zeros(SPEAKER_ROWS)
  let total = 0
  let uncountedItems = 0
  for (const day of programme.days) {
    for (const item of day.items) {
      const segment = item.segment ?? 'general'
      if (INFORMAL_SEGMENTS.has(segment)) continue
      const start = parseTime(item.start)
      const end = parseTime(item.end)
      if (start === null || end === null || end <= start) {
        uncountedItems += 1
        continue
      }
      const minutes = end - start
      total += minutes
      bySegment[segment as FormalSegment] += minutes
      byCommittee[item.committee ?? 'none'] += minutes
      // An objective named twice counts once (the format refuses repeats; a draft may hold one).
      const objectives = [...new Set(item.objectives ?? [])]
      if (objectives.length === 0) byObjective.none += minutes
      const objectiveShares = shareMinutes(minutes, objectives.length)
      objectives.forEach((objective, i) => (byObjective[objective] += objectiveShares[i] ?? 0))
      const speakers = item.speakers ?? []
      if (speakers.length === 0) bySpeaker.unlisted += minutes
      const speakerShares = shareMinutes(minutes, speakers.length)
      speakers.forEach((speaker, i) => (bySpeaker[kindOf(speaker)] += speakerShares[i] ?? 0))
    }
  }
  const attributed = total - bySpeaker.unlisted
  const states = [...STATE_KINDS].reduce((sum, kind) => sum + bySpeaker[kind], 0)
  return {
    year: programme.year,
    total,
    uncountedItems,
    byCommittee,
    byObjective,
    bySegment,
    bySpeaker,
    attributed,
    statePartyShare: attributed ? bySpeaker['state-party'] / attributed : null,
    statesShare: attributed ? states / attributed : null,
  }
}

/** A share as a whole percentage for people (half up); null stays null. */
export const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 100))

/** The tables of a count, in the order the screens, the chart and the CSV show them. */
export const TIME_TABLES = [
  { id: 'committee', rows: COMMITTEE_ROWS, of: (t: MeetingTime) => t.byCommittee as Record<string, number> },
  { id: 'objective', rows: OBJECTIVE_ROWS, of: (t: MeetingTime) => t.byObjective as Record<string, number> },
  { id: 'segment', rows: FORMAL_SEGMENT_IDS, of: (t: MeetingTime) => t.bySegment as Record<string, number> },
  { id: 'speaker', rows: SPEAKER_ROWS, of: (t: MeetingTime) => t.bySpeaker as Record<string, number> },
] as const
export type TimeTableId = (typeof TIME_TABLES)[number]['id']
