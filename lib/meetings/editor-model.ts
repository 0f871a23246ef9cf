// The programme as the editor holds it: plain, serialisable, with the ids and versions the saves
// need. Pure (runs in the browser too): the editor checks this shape live with the rulebook.
import type { Format, Programme, ProgrammeInput, Segment } from '@/lib/programme'

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
  speakers: string[]
}

export type EditorDay = { id: string; date: string; thematic: boolean; items: EditorItem[] }

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
  formatProposal: FormatProposal | null
  status: string
  revision: number
  version: number
  days: EditorDay[]
  otherMeetings: { id: string; name: string; start: string; end: string }[]
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

type ItemRow = Omit<EditorItem, 'segment' | 'objectives' | 'speakers'> & { segment: string; objectives: unknown; speakers: unknown }
type Row = Omit<EditorProgramme, 'days' | 'format' | 'formatProposal'> & {
  format: string | null
  formatProposal: unknown
  days: { id: string; date: string; thematic: boolean; items: ItemRow[] }[]
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
    speakers: strings(i.speakers),
  }
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
    formatProposal: (row.formatProposal as FormatProposal | null) ?? null,
    status: row.status,
    revision: row.revision,
    version: row.version,
    days: [...row.days]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((d) => ({
        id: d.id,
        date: d.date,
        thematic: d.thematic,
        items: d.items.map(editorItemOf),
      })),
    otherMeetings: row.otherMeetings.map((m) => ({ id: m.id, name: m.name, start: m.start, end: m.end })),
  }
}

/** The interchange document of the editor's programme: what the rulebook checks and the export writes. */
export function documentOf(p: EditorProgramme): Programme {
  const decided = p.formatDecidedBy != null && p.formatDecidedOn != null
  const doc: ProgrammeInput = {
    version: 1,
    year: p.year,
    title: p.title,
    venue: p.venue,
    format: p.format,
    formatDecision: decided
      ? { decidedBy: p.formatDecidedBy!, decidedOn: p.formatDecidedOn!, consultedCoordinatingCommittee: p.formatConsultedCC, rationale: p.formatRationale ?? '' }
      : null,
    days: p.days.map((day) => ({
      date: day.date,
      thematic: day.thematic,
      items: day.items.map((i) => ({
        start: i.start,
        end: i.end,
        title: i.title,
        segment: i.segment,
        committee: i.committee as never,
        objectives: i.objectives as never,
        ...(i.description ? { description: i.description } : {}),
        ...(i.speakers.length ? { speakers: i.speakers } : {}),
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
