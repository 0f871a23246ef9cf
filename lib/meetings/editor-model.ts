// The programme as the editor holds it: plain, serialisable, with the ids and versions the saves
// need. Pure (runs in the browser too): the editor checks this shape live with the rulebook. Free of
// zod, which the editor's first load does without: reading it from the database is ./editor-rows.ts.
import type { Chair, Invitation, ItemTranslations, Programme, ProgrammeInput, ProgrammeTranslations, Speaker, SubItem } from '@/lib/programme/schema'
import { CURRENT_VERSION } from '@/lib/programme/format-version'
import type { Format, Segment } from '@/lib/programme/vocabulary'

export type EditorItem = {
  id: string
  version: number
  start: string
  end: string
  title: string
  description: string | null
  segment: Segment
  committee: string | null
  objectives: string[]
  /** Names, or speaker objects with their kind and State (interchange format version 2); screens show the names. */
  speakers: Speaker[]
  /** The fields of version 2, null when the item has none. */
  invited: Invitation | null
  actions: number[] | null
  subItems: SubItem[] | null
  translations: ItemTranslations | null
}

export type EditorDay = { id: string; date: string; thematic: boolean; chair: Chair | null; room: string | null; items: EditorItem[] }

export type FormatProposal = { format: Format; rationale: string; proposedBy: string; proposedOn: string }

export type EditorProgramme = {
  id: string
  year: number
  title: string
  venue: string
  format: Format | null
  formatDecidedBy: string | null
  formatDecidedOn: string | null
  formatRationale: string | null
  formatConsultedCC: boolean
  formatConsultationId: string | null
  /** The Committee's meeting where the format was consulted, when not a round of this application. */
  formatConsultedOn: string | null
  formatConsultationNote: string | null
  formatProposal: FormatProposal | null
  translations: ProgrammeTranslations | null
  status: string
  revision: number
  version: number
  days: EditorDay[]
  otherMeetings: { id: string; name: string; start: string; end: string }[]
}

/** The fields of version 2 an item keeps while its other fields are edited (the editor's draft). */
export const itemExtrasOf = (item: EditorItem | null | undefined): Pick<EditorItem, 'invited' | 'actions' | 'subItems' | 'translations'> => ({
  invited: item?.invited ?? null,
  actions: item?.actions ?? null,
  subItems: item?.subItems ?? null,
  translations: item?.translations ?? null,
})

/** The interchange document of the editor's programme: what the rulebook checks and the export writes. */
export function documentOf(p: EditorProgramme): Programme {
  const decided = p.formatDecidedBy != null && p.formatDecidedOn != null
  const doc: ProgrammeInput = {
    version: CURRENT_VERSION,
    year: p.year,
    title: p.title,
    venue: p.venue,
    ...(p.translations ? { translations: p.translations } : {}),
    format: p.format,
    formatDecision: decided
      ? { decidedBy: p.formatDecidedBy!, decidedOn: p.formatDecidedOn!, consultedCoordinatingCommittee: p.formatConsultedCC, rationale: p.formatRationale ?? '' }
      : null,
    days: p.days.map((day) => ({
      date: day.date,
      thematic: day.thematic,
      ...(day.chair ? { chair: day.chair } : {}),
      ...(day.room !== null ? { room: day.room } : {}),
      items: day.items.map((i) => ({
        start: i.start,
        end: i.end,
        title: i.title,
        segment: i.segment,
        committee: i.committee as never,
        objectives: i.objectives as never,
        ...(i.description ? { description: i.description } : {}),
        ...(i.speakers.length ? { speakers: i.speakers } : {}),
        ...(i.invited ? { invited: i.invited } : {}),
        ...(i.actions ? { actions: i.actions } : {}),
        ...(i.subItems?.length ? { subItems: i.subItems } : {}),
        ...(i.translations ? { translations: i.translations } : {}),
      })),
    })),
    otherMeetings: p.otherMeetings.map((m) => ({ name: m.name, start: m.start, end: m.end })),
  }
  return doc as Programme
}

/** Where a finding's path points in the editor: a day, an item, or the programme's settings. */
export function targetOfPath(p: EditorProgramme, path: string): { dayId?: string; itemId?: string; field?: string } {
  const m = /^days\[(\d+)\](?:\.items\[(\d+)\])?(?:\.(\w+))?/.exec(path)
  if (!m) return { field: path.split(/[.[]/)[0] }
  const day = p.days[Number(m[1])]
  const item = m[2] !== undefined ? day?.items[Number(m[2])] : undefined
  return { dayId: day?.id, itemId: item?.id, field: m[3] }
}
