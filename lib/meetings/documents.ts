// The programme in the interchange format (lib/programme) to and from the database's rows.
import type { Tx } from '@/lib/db'
import type { Format, Programme, ProgrammeInput } from '@/lib/programme'
import type { ProgrammeWithDays } from './queries'

export type ProgrammeDocument = ProgrammeInput

/** Writes a new programme from a valid document; the caller runs it in a transaction. */
export async function createProgrammeFromDocument(tx: Tx, doc: ProgrammeDocument, status = 'draft') {
  const d = doc.formatDecision
  return tx.programme.create({
    data: {
      year: doc.year,
      title: doc.title,
      venue: doc.venue,
      format: doc.format,
      formatDecidedBy: d?.decidedBy ?? null,
      formatDecidedOn: d?.decidedOn ?? null,
      formatRationale: d?.rationale ?? null,
      formatConsultedCC: d?.consultedCoordinatingCommittee ?? false,
      status,
      days: {
        create: doc.days.map((day) => ({
          date: day.date,
          thematic: day.thematic,
          items: {
            create: day.items.map((item, position) => ({
              position,
              start: item.start,
              end: item.end,
              title: item.title,
              description: item.description ?? null,
              segment: item.segment ?? 'general',
              committee: item.committee ?? null,
              objectives: item.objectives ?? [],
              speakers: item.speakers ?? [],
            })),
          },
        })),
      },
      otherMeetings: { create: (doc.otherMeetings ?? []).map((m) => ({ name: m.name, start: m.start, end: m.end })) },
    },
  })
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/** The document of a stored programme, as exported and as checked by the rulebook. */
export function documentFromProgramme(p: ProgrammeWithDays): Programme {
  const decided = p.formatDecidedBy != null && p.formatDecidedOn != null
  return {
    version: 1,
    year: p.year,
    title: p.title,
    venue: p.venue,
    format: (p.format as Format | null) ?? null,
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
        segment: i.segment as Programme['days'][number]['items'][number]['segment'],
        committee: i.committee as Programme['days'][number]['items'][number]['committee'],
        objectives: strings(i.objectives) as Programme['days'][number]['items'][number]['objectives'],
        ...(i.description ? { description: i.description } : {}),
        ...(strings(i.speakers).length ? { speakers: strings(i.speakers) } : {}),
      })),
    })),
    otherMeetings: p.otherMeetings.map((m) => ({ name: m.name, start: m.start, end: m.end })),
  }
}
