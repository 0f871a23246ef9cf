// fast-check programmes against the import (through the server action's pipeline, on SQLite and
// PostgreSQL) and the checker: any file, valid, broken in one field, or full of hostile text, never
// makes either throw; an invalid file stores nothing; a valid one is stored with every text as written,
// and the checker finds the same in the stored programme as in the file.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resultOf, type ActionResult } from '@/lib/actions'
import type { Db } from '@/lib/db'
import { importProgramme } from '@/lib/meetings/create'
import { documentFromProgramme } from '@/lib/meetings/documents'
import { findProgrammeByYear } from '@/lib/programme-store'
import { parseProgramme, type Programme, type ProgrammeInput } from '@/lib/programme'
import { checkParsedProgramme, checkProgramme } from '@/lib/rules'
import { isStorableText, unstorableTextPaths } from '@/lib/storable-text'
import type { SessionUser } from '@/lib/auth/user'
import { anyMutatedProgramme, anyValidProgramme, cleanProgramme } from '../fixtures/programmes/arbitraries'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'
import { PAYLOADS } from './payloads'

const RUNS = { sqlite: 120, postgresql: 60, checker: 300 }

/** Any text: hostile payloads (not the 1 MB one), any code points, any UTF-16 units (lone surrogates too). */
const hostileText = fc.oneof(
  fc.constantFrom(...PAYLOADS.filter((p) => p.text.length < 20_000).map((p) => p.text)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.nat(0xffff).map((code) => String.fromCharCode(code)), maxLength: 20 }),
)

/** A valid programme with hostile text in its title, venue, item titles, descriptions, speakers and other meetings. */
const hostileProgramme: fc.Arbitrary<ProgrammeInput> = fc
  .tuple(cleanProgramme, fc.array(hostileText, { minLength: 8, maxLength: 8 }))
  .map(([{ doc }, [title, venue, itemTitle, description, speaker, name, rationale, decidedBy]]) => ({
    ...doc,
    title: title!.trim() ? title! : `x${title}`,
    venue: venue!.trim() ? venue! : `x${venue}`,
    formatDecision: doc.formatDecision ? { ...doc.formatDecision, rationale: rationale!, decidedBy: decidedBy! } : null,
    days: doc.days.map((day, i) => (i ? day : { ...day, items: day.items.map((item, j) => (j ? item : { ...item, title: itemTitle!, description: description!, speakers: [speaker!] })) })),
    otherMeetings: [...(doc.otherMeetings ?? []), { name: name!, start: doc.days[0]!.date, end: doc.days[0]!.date }],
  }))

/** What an import file may be: a programme (valid, broken in one field, hostile), any JSON, any text. */
const anyFile = fc.oneof(
  { weight: 3, arbitrary: anyValidProgramme.map((doc) => JSON.stringify(doc)) },
  { weight: 3, arbitrary: anyMutatedProgramme.map((doc) => JSON.stringify(doc)) },
  { weight: 3, arbitrary: hostileProgramme.map((doc) => JSON.stringify(doc)) },
  { weight: 1, arbitrary: fc.json() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
)

/** Every text of a programme, in a fixed order: what the import must keep as written. */
function texts(p: Programme): string[] {
  const items = p.days.flatMap((d) => d.items.map((i) => [d.date, i.start, i.end, i.title, i.description ?? '', ...(i.speakers ?? [])].join('\u0001')))
  return [p.title, p.venue, p.formatDecision?.rationale ?? '', p.formatDecision?.decidedBy ?? '', ...items.sort(), ...p.otherMeetings.map((m) => `${m.start} ${m.end} ${m.name}`).sort()]
}

const findingsOf = (p: Programme) => checkParsedProgramme(p).map((f) => `${f.level} ${f.rule}`).sort()

describe('the checker, on any file', () => {
  it('never throws, on any JSON, broken or hostile programme', () => {
    fc.assert(
      fc.property(fc.oneof(anyMutatedProgramme, hostileProgramme, fc.jsonValue()), (doc) => {
        expect(Array.isArray(checkProgramme(doc))).toBe(true)
      }),
      { numRuns: RUNS.checker },
    )
  })
})

describe.each(PROVIDERS)('the import on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  let db: Db
  let isu: SessionUser
  const outcomes = { stored: 0, refused: 0 }

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    db = t.db
    const u = await db.user.create({ data: { email: 'isu@import.test', name: 'The ISU', role: 'isu' } })
    isu = { id: u.id, email: u.email, name: u.name, role: 'isu', admin: false }
  })
  afterAll(async () => {
    if (!skip) console.log(`[reliability] import properties (${provider}): ${RUNS[provider]} runs, ${outcomes.stored} stored, ${outcomes.refused} refused`)
    await t?.drop()
  })

  it.skipIf(skip)('never throws; stores a valid file with its texts and findings unchanged, and nothing of an invalid one', { timeout: 120_000 }, async () => {
    // As importAction does: a file that is not a programme is answered with its problem.
    const run = async (text: string): Promise<ActionResult<unknown>> => {
      const answer = await resultOf(importProgramme, db, isu, { text })
      return !answer.ok && answer.reason === 'invalidImport' ? { ok: true, data: answer.details } : answer
    }
    await fc.assert(
      fc.asyncProperty(anyFile, async (text) => {
        const before = await db.programme.count()
        const result = await run(text)
        let doc: unknown
        let json = true
        try {
          doc = JSON.parse(text.replace(/^\uFEFF/, ''))
        } catch {
          json = false
        }
        const parsed = json ? parseProgramme(doc) : null
        // Storable as written: no NUL, no half of a surrogate pair, in the file or in any of its texts.
        const storable = isStorableText(text) && (!json || unstorableTextPaths(doc).length === 0)
        const acceptable = parsed?.ok === true && storable
        if (result.ok && 'id' in (result.data as object)) {
          outcomes.stored += 1
          expect(acceptable).toBe(true)
          const stored = documentFromProgramme((await findProgrammeByYear(db, (result.data as { year: number }).year))!)
          const file = (parsed as { ok: true; programme: Programme }).programme
          expect(texts(stored)).toEqual(texts(file))
          expect(findingsOf(stored)).toEqual(findingsOf(file))
          await db.programme.deleteMany({ where: { year: file.year } })
        } else {
          outcomes.refused += 1
          // Refused with a reason (a problem and its findings, or field errors), and nothing stored.
          expect(result.ok ? (result.data as { problem?: string }).problem : result.error).toMatch(/^(too-large|empty|not-json|invalid|validation)$/)
          expect(await db.programme.count()).toBe(before)
          // Only what is not a programme, or holds text no database can keep, is refused (no year is taken here).
          expect(acceptable).toBe(false)
        }
      }),
      { numRuns: RUNS[provider] },
    )
  })
})
