// The editor's programme read from the database's rows: the stored JSON values checked with the
// programme's schemas (the server's side; the browser's editor holds the result, ./editor-model.ts).
import { ChairSchema, InvitationSchema, ItemTranslationsSchema, ProgrammeTranslationsSchema, SpeakerSchema, SubItemSchema, type Chair, type Speaker, type SubItem } from '@/lib/programme/schema'
import type { Format, Segment } from '@/lib/programme/vocabulary'
import type { EditorItem, EditorProgramme, FormatProposal } from './editor-model'

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

