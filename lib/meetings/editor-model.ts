// The programme as the editor holds it: plain, serialisable, with the ids and versions the saves
// need. Pure (runs in the browser too): the editor checks this shape live with the rulebook.
import {
  ChairSchema,
  CURRENT_VERSION,
  InvitationSchema,
  ItemTranslationsSchema,
  ProgrammeTranslationsSchema,
  SpeakerSchema,
  SubItemSchema,
  type Chair,
  type Format,
  type Invitation,
  type ItemTranslations,
  type Programme,
  type ProgrammeInput,
  type ProgrammeTranslations,
  type Segment,
  type Speaker,
  type SubItem,
} from '@/lib/programme'

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

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

// A stored JSON value read back as what it should be; what is not (a hand-edited row) reads as nothing.
const speakersOf = (v: unknown): Speaker[] => (Array.isArray(v) ? v.filter((x): x is Speaker => SpeakerSchema.safeParse(x).success) : [])
const actionsOf = (v: unknown): number[] | null => (Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : null)
const subItemsOf = (v: unknown): SubItem[] | null => (Array.isArray(v) ? v.filter((x): x is SubItem => SubItemSchema.safeParse(x).success) : null)
function parsedOrNull<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, v: unknown): T | null {
  if (v === null || v === undefined) return null
  const parsed = schema.safeParse(v)
  return parsed.success ? parsed.data : null
}

type ItemRow = Omit<EditorItem, 'segment' | 'objectives' | 'speakers' | 'invited' | 'actions' | 'subItems' | 'translations'> & {
  segment: string
  objectives: unknown
  speakers: unknown
  invited?: unknown
  actions?: unknown
  subItems?: unknown
  translations?: unknown
}
type DayRow = { id: string; date: string; thematic: boolean; chairMorning?: string | null; chairAfternoon?: string | null; room?: string | null; items: ItemRow[] }
type Row = Omit<EditorProgramme, 'days' | 'format' | 'formatProposal' | 'translations'> & {
  format: string | null
  formatProposal: unknown
  translations?: unknown
  days: DayRow[]
}

export function editorItemOf(i: ItemRow): EditorItem {
  return {
    id: i.id,
    version: i.version,
    start: i.start,
    end: i.end,
    title: i.title,
    description: i.description,
    segment: i.segment as Segment,
    committee: i.committee,
    objectives: strings(i.objectives),
    speakers: speakersOf(i.speakers),
    invited: parsedOrNull(InvitationSchema, i.invited),
    actions: actionsOf(i.actions),
    subItems: subItemsOf(i.subItems),
    translations: parsedOrNull(ItemTranslationsSchema, i.translations),
  }
}

/** The chair of a day from its two columns; null when the President presides all day. */
function chairOf(d: DayRow): Chair | null {
  const chair = parsedOrNull(ChairSchema, {
    ...(d.chairMorning != null ? { morning: d.chairMorning } : {}),
    ...(d.chairAfternoon != null ? { afternoon: d.chairAfternoon } : {}),
  })
  return chair && (chair.morning !== undefined || chair.afternoon !== undefined) ? chair : null
}

/** The fields of version 2 an item keeps while its other fields are edited (the editor's draft). */
export const itemExtrasOf = (item: EditorItem | null | undefined): Pick<EditorItem, 'invited' | 'actions' | 'subItems' | 'translations'> => ({
  invited: item?.invited ?? null,
  actions: item?.actions ?? null,
  subItems: item?.subItems ?? null,
  translations: item?.translations ?? null,
})

/** The editor's shape of a stored programme (days by date, items by time then position). */
export function editorProgrammeOf(row: Row): EditorProgramme {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    venue: row.venue,
    format: (row.format as Format | null) ?? null,
    formatDecidedBy: row.formatDecidedBy,
    formatDecidedOn: row.formatDecidedOn,
    formatRationale: row.formatRationale,
    formatConsultedCC: row.formatConsultedCC,
    formatConsultationId: row.formatConsultationId,
    formatConsultedOn: row.formatConsultedOn,
    formatConsultationNote: row.formatConsultationNote,
    formatProposal: (row.formatProposal as FormatProposal | null) ?? null,
    translations: parsedOrNull(ProgrammeTranslationsSchema, row.translations),
    status: row.status,
    revision: row.revision,
    version: row.version,
    days: [...row.days]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((d) => ({
        id: d.id,
        date: d.date,
        thematic: d.thematic,
        chair: chairOf(d),
        room: d.room ?? null,
        items: d.items.map(editorItemOf),
      })),
    otherMeetings: row.otherMeetings.map((m) => ({ id: m.id, name: m.name, start: m.start, end: m.end })),
  }
}

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
