// The editor checks a saved programme, and a move on its timetable, without the schema's parse
// (components/editor/programme-editor.tsx): exact only if the parse changes nothing in the editor's
// document of a valid programme, and a move keeps it valid.
import { describe, expect, it } from 'vitest'
import { clean2026, clean2026v2 } from '../../tests/fixtures/programmes/build'
import errors2026 from '../../tests/fixtures/programmes/errors-2026.json'
import rulebookV2 from '../../tests/fixtures/programmes/rulebook-v2-2025.json'
import warnings2014 from '../../tests/fixtures/programmes/warnings-2014.json'
import { parseProgramme } from '../programme/parse'
import type { Programme } from '../programme/schema'
import { checkProgrammeReport } from '../rules/check'
import { checkParsedProgrammeReport } from '../rules/report'
import { documentOf, type EditorProgramme } from './editor-model'

/** The editor's programme of a valid document, as the database would give it back. */
function editorOf(doc: unknown): EditorProgramme {
  const parsed = parseProgramme(doc)
  if (!parsed.ok) throw new Error('invalid fixture')
  const p: Programme = parsed.programme
  return {
    id: 'p',
    year: p.year,
    title: p.title,
    venue: p.venue,
    format: p.format,
    formatDecidedBy: p.formatDecision?.decidedBy ?? null,
    formatDecidedOn: p.formatDecision?.decidedOn ?? null,
    formatRationale: p.formatDecision?.rationale ?? null,
    formatConsultedCC: p.formatDecision?.consultedCoordinatingCommittee ?? false,
    formatConsultationId: null,
    formatConsultedOn: null,
    formatConsultationNote: null,
    formatProposal: null,
    translations: ('translations' in p && p.translations) || null,
    status: 'draft',
    revision: 0,
    version: 1,
    days: p.days.map((d, di) => ({
      id: `d${di}`,
      date: d.date,
      thematic: d.thematic,
      chair: ('chair' in d && d.chair) || null,
      room: ('room' in d && d.room) || null,
      items: d.items.map((i, ii) => ({
        id: `d${di}i${ii}`,
        version: 1,
        start: i.start,
        end: i.end,
        title: i.title,
        description: i.description ?? null,
        segment: i.segment,
        committee: i.committee,
        objectives: i.objectives,
        speakers: i.speakers ?? [],
        invited: ('invited' in i && i.invited) || null,
        actions: ('actions' in i && i.actions) || null,
        subItems: ('subItems' in i && i.subItems) || null,
        translations: ('translations' in i && i.translations) || null,
      })),
    })),
    otherMeetings: p.otherMeetings.map((m, mi) => ({ id: `m${mi}`, ...m })),
  }
}

/** The first item of the first day moved to the last day, an hour later, as a drop places it. */
function moved(p: EditorProgramme): EditorProgramme {
  const item = p.days[0]!.items[0]!
  const later = { ...item, start: '20:00', end: '20:45' }
  return { ...p, days: p.days.map((d, i) => ({ ...d, items: [...d.items.filter((x) => x.id !== item.id), ...(i === p.days.length - 1 ? [later] : [])] })) }
}

const FIXTURES = { clean2026: clean2026(), clean2026v2: clean2026v2(), errors2026, rulebookV2, warnings2014 }

describe("the editor's document of a valid programme", () => {
  for (const [name, doc] of Object.entries(FIXTURES)) {
    it(`is what the schema reads, and checked alike without the parse, moved or not (${name})`, () => {
      for (const programme of [editorOf(doc), moved(editorOf(doc))]) {
        const document = documentOf(programme)
        const parsed = parseProgramme(document)
        expect(parsed.ok && parsed.programme).toEqual(document)
        expect(checkParsedProgrammeReport(document)).toEqual(checkProgrammeReport(document))
      }
    })
  }

  it('has findings to compare in the fixtures with mistakes', () => {
    expect(checkParsedProgrammeReport(documentOf(editorOf(errors2026))).findings.length).toBeGreaterThan(0)
    expect(checkParsedProgrammeReport(documentOf(moved(editorOf(clean2026())))).findings.length).toBeGreaterThan(0)
  })
})
