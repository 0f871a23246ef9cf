// The programme in the interchange format (lib/programme) to and from the database's rows.
import type { Tx } from '@/lib/db'
import type { Programme, ProgrammeInput } from '@/lib/programme'
import { documentOf } from './editor-model'
import { editorProgrammeOf } from './editor-rows'
import type { StoredProgramme } from '@/lib/programme-store'

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
      // The fields of version 2 are left NULL when the document has none.
      ...(doc.translations ? { translations: doc.translations } : {}),
      status,
      days: {
        create: doc.days.map((day) => ({
          date: day.date,
          thematic: day.thematic,
          chairMorning: day.chair?.morning ?? null,
          chairAfternoon: day.chair?.afternoon ?? null,
          room: day.room ?? null,
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
              ...(item.invited ? { invited: item.invited } : {}),
              ...(item.actions ? { actions: item.actions } : {}),
              ...(item.subItems ? { subItems: item.subItems } : {}),
              ...(item.translations ? { translations: item.translations } : {}),
            })),
          },
        })),
      },
      otherMeetings: { create: (doc.otherMeetings ?? []).map((m) => ({ name: m.name, start: m.start, end: m.end })) },
    },
  })
}

/** The document of a stored programme, as exported and as checked by the rulebook. */
export function documentFromProgramme(p: StoredProgramme): Programme {
  return documentOf(editorProgrammeOf(p))
}
