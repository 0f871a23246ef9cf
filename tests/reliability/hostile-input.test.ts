// Every hostile payload (payloads.ts) in every text field of every form, through the server actions'
// own pipeline (resultOf: the guard against unstorable text, the form's schema, the mutation with
// its policy) on SQLite and PostgreSQL: each is stored literally (read back equal) or refused with
// a validation message, never an unexpected error. The HTTP and rendering side is in
// e2e/reliability/hostile-input.spec.ts.
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resultOf, type ActionResult, type Mutation } from '@/lib/actions'
import type { Role } from '@/lib/auth/permissions'
import { createThread } from '@/lib/comments/threads'
import { closeRound, openRound } from '@/lib/consultation/rounds'
import type { Db } from '@/lib/db'
import { importProgramme } from '@/lib/meetings/create'
import { createProgrammeFromDocument, documentFromProgramme, type ProgrammeDocument } from '@/lib/meetings/documents'
import { recordFormat, saveItem, saveSettings } from '@/lib/meetings/editing'
import { addOtherMeeting } from '@/lib/meetings/other-meetings'
import { findProgrammeByYear } from '@/lib/programme-store'
import { fieldError } from '@/lib/field-errors'
import { isStorableText } from '@/lib/storable-text'
import type { SessionUser } from '@/lib/auth/user'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'
import { PAYLOADS, storedLiterally } from './payloads'

const demo = JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8')) as ProgrammeDocument
const YEAR = 2026

type Field = {
  name: string
  /** Sends the text through the action; the answer, and the text as stored when it was saved. */
  send: (text: string) => Promise<{ result: ActionResult<unknown>; stored: () => Promise<unknown> }>
}

describe.each(PROVIDERS)('hostile input on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  let db: Db
  const users = {} as Record<Role, SessionUser>
  let programmeId: string
  let dayId: string
  const outcomes = { stored: 0, refused: 0 }

  const programme = () => db.programme.findUniqueOrThrow({ where: { id: programmeId } })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const action = (role: Role, m: Mutation<any, unknown>, raw: unknown) => resultOf(m, db, users[role], raw)

  const item = (field: 'title' | 'description' | 'speakers'): Field => ({
    name: `item ${field}`,
    async send(text) {
      const fields = { start: '09:00', end: '09:30', title: 'Hostile', description: '', segment: 'general', committee: '', objectives: [], speakers: '', [field]: text }
      const result = await action('isu', saveItem, { programmeId, dayId, fields, shiftFollowing: false })
      return {
        result,
        stored: async () => {
          const row = await db.item.findUniqueOrThrow({ where: { id: (result as { data: { itemId: string } }).data.itemId } })
          return field === 'speakers' ? (row.speakers as string[])[0] : row[field]
        },
      }
    },
  })

  const settings = (field: 'title' | 'venue'): Field => ({
    name: `settings ${field}`,
    async send(text) {
      const p = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, include: { days: { orderBy: { date: 'asc' } } } })
      const fields = { title: p.title, venue: p.venue, days: p.days.map((d) => ({ id: d.id, date: d.date, thematic: d.thematic })), [field]: text }
      const result = await action('isu', saveSettings, { programmeId, version: p.version, fields })
      return { result, stored: async () => (await programme())[field] }
    },
  })

  const fields: Field[] = [
    item('title'),
    item('description'),
    item('speakers'),
    settings('title'),
    settings('venue'),
    {
      name: 'format rationale',
      async send(text) {
        const fields = { format: 'thematic-day', decidedOn: '2026-01-10', rationale: text, consultedCoordinatingCommittee: false, consultationId: null }
        const result = await action('president', recordFormat, { programmeId, version: (await programme()).version, kind: 'decide', fields })
        return { result, stored: async () => (await programme()).formatRationale }
      },
    },
    {
      name: 'other meeting name',
      async send(text) {
        const result = await action('isu', addOtherMeeting, { programmeId, name: text, start: '2026-06-10', end: '2026-06-11' })
        return { result, stored: async () => (await db.otherMeeting.findUniqueOrThrow({ where: { id: (result as { data: { id: string } }).data.id } })).name }
      },
    },
    {
      name: 'comment body',
      async send(text) {
        const result = await action('committee', createThread, { programmeId, itemId: null, body: text })
        return { result, stored: async () => (await db.comment.findUniqueOrThrow({ where: { id: (result as { data: { commentId: string } }).data.commentId } })).body }
      },
    },
    {
      name: 'consultation message',
      async send(text) {
        const raw = { programmeId, version: (await programme()).version, message: text, deadline: new Date(Date.now() + 86_400_000).toISOString(), silenceProcedure: true }
        const result = await action('isu', openRound, raw)
        if (result.ok) await closeRound(db, users.isu, { roundId: (result.data as { roundId: string }).roundId })
        return { result, stored: async () => (await db.consultationRound.findUniqueOrThrow({ where: { id: (result as { data: { roundId: string } }).data.roundId } })).message }
      },
    },
  ]

  // The import: the payload in each text field of a programme file, one file (one year) per payload.
  const importFields = ['title', 'venue', 'days[0].items[0].title', 'days[0].items[0].description', 'days[0].items[0].speakers[0]', 'otherMeetings[0].name', 'formatDecision.rationale'] as const
  let importYear = 2300
  async function importWith(text: string) {
    const year = importYear++
    const doc = structuredClone(demo) as unknown as Record<string, unknown> & ProgrammeDocument
    const first = doc.days[0]!.items[0]! as unknown as Record<string, unknown>
    Object.assign(doc, { year, title: text, venue: text, otherMeetings: [{ name: text, start: doc.days[0]!.date, end: doc.days[0]!.date }] })
    doc.days = doc.days.map((d) => ({ ...d, date: `${year}${d.date.slice(4)}` }))
    doc.otherMeetings = [{ name: text, start: doc.days[0]!.date, end: doc.days[0]!.date }]
    doc.formatDecision = { decidedBy: 'President', decidedOn: `${year}-01-10`, consultedCoordinatingCommittee: true, rationale: text }
    Object.assign(first, { title: text, description: text, speakers: [text] })
    doc.days[0]!.items[0] = first as never
    // As importAction does: a file that is not a programme is answered with its findings.
    const answer = await action('isu', importProgramme, { text: JSON.stringify(doc) })
    const result: ActionResult<unknown> = !answer.ok && answer.reason === 'invalidImport' ? { ok: true, data: answer.details } : answer
    return { year, result }
  }

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    db = t.db
    for (const role of ['president', 'isu', 'committee'] as const) {
      const u = await db.user.create({ data: { email: `${role}@hostile.test`, name: `The ${role}`, role } })
      users[role] = { id: u.id, email: u.email, name: u.name, role, admin: false }
    }
    const created = await db.$transaction((tx) => createProgrammeFromDocument(tx, { ...demo, year: YEAR }))
    programmeId = created.id
    dayId = (await db.day.findFirstOrThrow({ where: { programmeId }, orderBy: { date: 'asc' } })).id
  })
  afterAll(async () => {
    if (!skip) console.log(`[reliability] hostile input (${provider}): ${PAYLOADS.length} payloads × ${fields.length + importFields.length} fields, ${outcomes.stored} stored literally, ${outcomes.refused} refused`)
    await t?.drop()
  })

  for (const payload of PAYLOADS) {
    it.skipIf(skip)(`${payload.name}: stored literally or refused with a message in every field`, { timeout: 60_000 }, async () => {
      const wrong: string[] = []
      const check = (where: string, ok: boolean, result: ActionResult<unknown>, storedOk: () => Promise<boolean>) => async () => {
        if (ok) {
          if (!(await storedOk())) wrong.push(`${where}: saved, but not stored as sent`)
          else outcomes.stored += 1
        } else if (result.ok === false && result.error === 'validation' && (result.message || Object.keys(result.fieldErrors ?? {}).length)) {
          outcomes.refused += 1
          if (!isStorableText(payload.text) && !Object.values(result.fieldErrors ?? {}).flat().some((m) => m === fieldError('unstorable') || /cannot be stored/.test(m))) wrong.push(`${where}: refused without saying why`)
        } else wrong.push(`${where}: ${JSON.stringify(result).slice(0, 300)}`)
      }
      for (const field of fields) {
        const { result, stored } = await field.send(payload.text)
        await check(field.name, result.ok, result, async () => storedLiterally(payload.text, (await stored()) as string))()
      }
      const { year, result } = await importWith(payload.text)
      // A file that is not a programme is an answer too: its findings, each naming its field.
      const data = result.ok ? (result.data as { problem?: string; findings?: { message: string }[] }) : undefined
      const refusal = data?.problem ? { problem: data.problem, findings: data.findings ?? [] } : undefined
      const imported = result.ok && !refusal
      const asAnswer: ActionResult<unknown> = refusal ? { ok: false, error: 'validation', reason: 'invalidImport', message: refusal.problem, fieldErrors: { text: refusal.findings.map((f) => f.message) } } : result
      await check('import', imported, asAnswer, async () => {
        const doc = documentFromProgramme((await findProgrammeByYear(db, year))!)
        const item = doc.days[0]!.items[0]!
        return [doc.title, doc.venue, item.title, item.description, item.speakers?.[0], doc.otherMeetings[0]?.name, doc.formatDecision?.rationale].every((v) => v === payload.text)
      })()
      if (!imported) outcomes.refused += importFields.length - 1
      else outcomes.stored += importFields.length - 1
      expect(wrong).toEqual([])
    })
  }
})
