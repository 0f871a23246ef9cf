// The routes' access rules and answers, run against a migrated SQLite database with the session
// replaced: who gets which file of which programme, in which language, under which name.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SessionUser } from '@/lib/auth/user'
import { migratedDatabase, type TestDatabase } from '../support/databases'
import { readPdfText, squash } from './pdf-text'

const session = vi.hoisted(() => ({ user: null as SessionUser | null }))
vi.mock('@/lib/auth/session', () => ({ currentUser: async () => session.user }))

const as = (role: SessionUser['role']): SessionUser => ({ id: `u-${role}`, email: `${role}@test`, name: role, role, admin: false })

let database: TestDatabase
let exports: typeof import('@/lib/publication/exports')

const template = JSON.parse(fs.readFileSync(path.join(__dirname, '../../prisma/demo/programme-2025.json'), 'utf8'))
const request = (url: string, cookie?: string) => new Request(`http://localhost${url}`, cookie ? { headers: { cookie } } : undefined)

beforeAll(async () => {
  database = await migratedDatabase('sqlite')
  process.env.DATABASE_URL = database.url
  ;(globalThis as { plannerDb?: unknown }).plannerDb = database.db
  const { createProgrammeFromDocument } = await import('@/lib/meetings/documents')
  const { moveToYear } = await import('@/lib/programme/move-year')
  await database.db.$transaction(async (tx) => {
    await createProgrammeFromDocument(tx, template, 'published')
    await createProgrammeFromDocument(tx, moveToYear(template, 2026), 'draft')
    await createProgrammeFromDocument(tx, moveToYear(template, 2027), 'approved')
  })
  await database.db.programme.update({ where: { year: 2025 }, data: { revision: 1 } })
  // The public files are the release's: 2025's Rev.1, published as it stands.
  const { releaseAsEntered } = await import('@/lib/publication/release-writes')
  const published = await database.db.programme.findUniqueOrThrow({ where: { year: 2025 } })
  await database.db.$transaction((tx) => releaseAsEntered(tx, published.id, { publishedAt: new Date('2025-05-12T10:00:00Z'), userId: 'u-president' }))
  exports = await import('@/lib/publication/exports')
})

afterAll(async () => {
  delete (globalThis as { plannerDb?: unknown }).plannerDb
  await database.drop()
})

beforeEach(() => {
  session.user = null
})

describe('public files (/programme/YEAR/...)', () => {
  it('gives the PDF of a published programme to anyone, under its file name', async () => {
    const res = await exports.pdfResponse(request('/programme/2025/pdf'), 'public', '2025')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain('filename="intersessional-programme-2025-rev1.pdf"')
    const pdf = new Uint8Array(await res.arrayBuffer())
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    expect(Number(res.headers.get('content-length'))).toBe(pdf.length)
    const text = squash((await readPdfText(pdf)).text)
    expect(text).toContain('Rev.1')
    expect(text).toContain('Issued on 12 May 2025')
    expect(text).not.toContain('APLC/ISM')
    expect(text).not.toContain('DRAFT')
  })

  it('makes the PDF of a published revision once per language, then serves it from the cache', async () => {
    const first = await exports.pdfResponse(request('/programme/2025/pdf?lang=es'), 'public', '2025')
    const second = await exports.pdfResponse(request('/programme/2025/pdf?lang=es'), 'public', '2025')
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(second.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=86400')
    expect(second.headers.get('vary')).toBeNull()
    expect(Buffer.from(await second.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer()))).toBe(true)
  })

  it('follows the locale cookie, and ?lang= before it', async () => {
    const fr = squash((await readPdfText(new Uint8Array(await (await exports.pdfResponse(request('/programme/2025/pdf', 'locale=fr'), 'public', '2025')).arrayBuffer()))).pages[0]!)
    expect(fr).toContain('Réunions intersessions')
    const es = squash((await readPdfText(new Uint8Array(await (await exports.pdfResponse(request('/programme/2025/pdf?lang=es', 'locale=fr'), 'public', '2025')).arrayBuffer()))).pages[0]!)
    expect(es).toContain('Reuniones entre períodos de sesiones')
    expect(exports.exportLocale(request('/x?lang=de', 'other=1; locale=xx'))).toBe('en')
  })

  it('never gives a draft or an approved programme, even to the President: 404, as for a year without one', async () => {
    for (const user of [null, as('president'), as('isu')]) {
      session.user = user
      for (const year of ['2026', '2027', '2030', 'abcd', '20255']) {
        for (const respond of [exports.pdfResponse, exports.calendarResponse, exports.jsonResponse]) {
          const res = await respond(request(`/programme/${year}/x`), 'public', year)
          expect(res.status, `${user?.role ?? 'anonymous'} ${year}`).toBe(404)
          expect(await res.text()).not.toContain('Opening')
        }
      }
    }
  })

  it('gives the calendar and the JSON of a published programme', async () => {
    const ics = await exports.calendarResponse(request('/programme/2025/ics'), 'public', '2025')
    expect(ics.status).toBe(200)
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(ics.headers.get('content-disposition')).toContain('intersessional-programme-2025-rev1.ics')
    const calendar = await ics.text()
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(calendar).toContain('DTSTART;TZID=Europe/Zurich:20250616T100000')
    expect(calendar).toContain('URL:http://localhost/programme/2025')

    const json = await exports.jsonResponse(request('/programme/2025/json'), 'public', '2025')
    expect(json.headers.get('content-disposition')).toContain('intersessional-programme-2025-rev1.json')
    const { ProgrammeSchema } = await import('@/lib/programme')
    // Written in version 2 of the format: the same programme as the version 1 template.
    const exported = await json.json()
    expect(exported.version).toBe(2)
    expect(ProgrammeSchema.parse(exported)).toEqual({ ...ProgrammeSchema.parse(template), version: 2 })
  })
})

describe('members files (/meetings/YEAR/pdf)', () => {
  it('asks anonymous visitors to sign in (401) and refuses observers (403), whatever the status', async () => {
    for (const year of ['2025', '2026']) {
      expect((await exports.pdfResponse(request(`/meetings/${year}/pdf`), 'members', year)).status).toBe(401)
      session.user = as('observer')
      const refused = await exports.pdfResponse(request(`/meetings/${year}/pdf`), 'members', year)
      expect(refused.status).toBe(403)
      expect(refused.headers.get('content-type')).not.toBe('application/pdf')
      session.user = null
    }
  })

  it('gives members the draft, marked DRAFT on every page', async () => {
    for (const role of ['president', 'isu', 'committee'] as const) {
      session.user = as(role)
      const res = await exports.pdfResponse(request('/meetings/2026/pdf'), 'members', '2026')
      expect(res.status, role).toBe(200)
      expect(res.headers.get('cache-control')).toBe('private, no-store')
      expect(res.headers.get('content-disposition')).toContain('intersessional-programme-2026.pdf')
      const { pages } = await readPdfText(new Uint8Array(await res.arrayBuffer()))
      for (const page of pages) expect(page).toContain('DRAFT')
    }
  })

  it("keeps a draft's PDF until an item changes, even when the programme's row does not", async () => {
    session.user = as('isu')
    const get = () => exports.pdfResponse(request('/meetings/2026/pdf?lang=es'), 'members', '2026')
    await get()
    expect((await get()).headers.get('x-pdf-cache')).toBe('hit')
    const item = await database.db.item.findFirstOrThrow({ where: { day: { programme: { year: 2026 } } }, orderBy: { position: 'asc' } })
    await database.db.item.update({ where: { id: item.id }, data: { title: 'Apertura — título cambiado' } })
    const changed = await get()
    expect(changed.headers.get('x-pdf-cache')).toBe('miss')
    expect(squash((await readPdfText(new Uint8Array(await changed.arrayBuffer()))).text)).toContain('Apertura — título cambiado')
  })

  it('gives an approved programme without the DRAFT mark', async () => {
    session.user = as('committee')
    const res = await exports.pdfResponse(request('/meetings/2027/pdf'), 'members', '2027')
    expect(res.status).toBe(200)
    expect((await readPdfText(new Uint8Array(await res.arrayBuffer()))).text).not.toContain('DRAFT')
  })

  it('answers 413 with a sentence in the reader\'s language for a draft too large to print, never a half-made file', async () => {
    session.user = as('isu')
    process.env.PDF_DRAFT_MAX_ENTRIES = '3'
    try {
      const res = await exports.pdfResponse(request('/meetings/2026/pdf?lang=fr'), 'members', '2026')
      expect(res.status).toBe(413)
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(await res.text()).toBe('Ce projet compte 14 points et sous-points\u202f; le PDF d’un projet en compte au plus 3. Supprimez ou regroupez des points, ou téléchargez le programme sous forme de données (.json).')
      // A published programme of the same size is printed.
      expect((await exports.pdfResponse(request('/programme/2025/pdf?lang=fr'), 'public', '2025')).status).toBe(200)
    } finally {
      delete process.env.PDF_DRAFT_MAX_ENTRIES
    }
  })

  it('answers 404 for a year without a programme', async () => {
    session.user = as('isu')
    expect((await exports.pdfResponse(request('/meetings/2040/pdf'), 'members', '2040')).status).toBe(404)
    expect((await exports.pdfResponse(request('/meetings/x/pdf'), 'members', 'x')).status).toBe(404)
  })
})
