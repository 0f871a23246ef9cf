import { expect, test, type APIRequestContext, type Dialog, type Page } from '@playwright/test'
import { releaseAsEntered } from '@/lib/publication/release-writes'
import { isStorableText } from '@/lib/storable-text'
import { readPdfText, squash } from '../../tests/publication/pdf-text'
import { PAYLOADS, storedLiterally, type Payload } from '../../tests/reliability/payloads'
import { programmeForSpec } from '../fixtures'
import { postAction, signedInContext, type ActionResponse } from './http'
import { PASSWORD, withDb } from './world'

// Hostile input through the production server: every payload of tests/reliability/payloads.ts in
// every text field of the forms, sent to the real server actions. Each is stored literally (read back
// from the database) or refused with a validation message, never a 500. Then the pages that show
// them (editor, calendar, consultation, history, notifications, the public page) render them as
// text: no element injected, no script run, no dialog; and the PDF prints them as text.

test.describe.configure({ mode: 'serial' })

const YEAR = 2095
/** A small programme of its own for the one-value fields (title, venue, rationale), checked one payload at a time. */
const SETTINGS_YEAR = 2096
const IMPORT_YEAR = 2097

type Session = 'isu' | 'president' | 'committee'
const sessions = {} as Record<Session, APIRequestContext>
let programme: { id: string; dayId: string; days: { id: string; date: string; thematic: boolean }[] }
/** Per field, the payloads it stored (the others were refused). */
const stored = new Map<string, Payload[]>()
const counts = { cases: 0, stored: 0, refused: 0 }
const roundIds: string[] = []

async function ids(year: number) {
  return withDb(async (db) => {
    const p = await db.programme.findUniqueOrThrow({ where: { year }, include: { days: { orderBy: { date: 'asc' } } } })
    return { id: p.id, dayId: p.days[0]!.id, days: p.days.map((d) => ({ id: d.id, date: d.date, thematic: d.thematic })), version: p.version }
  })
}

/** Stored literally, or refused with a message (and, for unstorable text, the reason). Anything else is wrong. */
async function judge(field: string, payload: Payload, res: ActionResponse, readBack: () => Promise<unknown>) {
  counts.cases += 1
  const result = res.result as { ok: boolean; error?: string; message?: string; fieldErrors?: Record<string, string[]> }
  if (res.answer === 'ok') {
    const value = await readBack()
    expect(storedLiterally(payload.text, value as string), `${field}, ${payload.name}: saved but stored as ${JSON.stringify(String(value).slice(0, 80))}`).toBe(true)
    stored.set(field, [...(stored.get(field) ?? []), payload])
    counts.stored += 1
    return true
  }
  expect(res.answer, `${field}, ${payload.name}: ${res.raw.slice(0, 300)}`).toBe('validation')
  expect(result.message).toBeTruthy()
  const messages = Object.values(result.fieldErrors ?? {}).flat()
  expect(messages.length, `${field}, ${payload.name}: refused without saying which field`).toBeGreaterThan(0)
  // A field message is a code the form says in the reader's words (lib/field-errors).
  if (!isStorableText(payload.text)) expect(messages).toContain('fieldErrors.unstorable')
  else expect(payload.oversize, `${field}, ${payload.name}: a storable payload of ordinary length was refused`).toBe(true)
  counts.refused += 1
  return false
}

/** The page shows what it shows as text: no element or attribute the payloads could have injected, no script run, no dialog. */
async function expectRenderedAsText(page: Page, url: string) {
  const dialogs: string[] = []
  const onDialog = (d: Dialog) => {
    dialogs.push(d.message())
    void d.dismiss()
  }
  page.on('dialog', onDialog)
  const res = await page.goto(url)
  expect(res?.status(), url).toBe(200)
  await page.waitForLoadState('load')
  await page.waitForTimeout(200)
  const seen = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
    injected: [
      ...document.querySelectorAll(
        'img[src="x"], svg[onload], iframe, details[ontoggle], [onerror], [onload], [onclick], [onmouseover], [ontoggle], a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]',
      ),
    ].map((e) => e.outerHTML.slice(0, 120)),
  }))
  page.off('dialog', onDialog)
  expect(seen, url).toEqual({ xss: null, injected: [] })
  expect(dialogs, url).toEqual([])
}

const plain = (p: Payload) => /^[\x20-\x7e]+$/.test(p.text) && !p.oversize

test.beforeAll(async ({ playwright }, info) => {
  test.setTimeout(120_000)
  await programmeForSpec(YEAR, 'programme-2026.json')
  await programmeForSpec(SETTINGS_YEAR, 'programme-2026.json')
  await withDb((db) => db.programme.deleteMany({ where: { year: { in: [IMPORT_YEAR, IMPORT_YEAR + 1] } } }))
  programme = await ids(YEAR)
  for (const role of ['isu', 'president', 'committee'] as const) sessions[role] = await signedInContext(playwright, info.project.use.baseURL!, `${role}@demo.test`, PASSWORD)
})

test.afterAll(async () => {
  await Promise.all(Object.values(sessions).map((s) => s.dispose()))
  await withDb(async (db) => {
    for (const year of [YEAR, SETTINGS_YEAR, IMPORT_YEAR]) {
      await db.notification.deleteMany({ where: { link: { contains: `/meetings/${year}/` } } })
      await db.outboxMessage.deleteMany({ where: { body: { contains: `/meetings/${year}/` } } })
    }
    await db.programme.deleteMany({ where: { year: { in: [YEAR, SETTINGS_YEAR, IMPORT_YEAR, IMPORT_YEAR + 1] } } })
  })
  console.log(`[reliability] hostile input over HTTP: ${PAYLOADS.length} payloads, ${counts.cases} payload × field cases, ${counts.stored} stored literally, ${counts.refused} refused with a message`)
})

test('every payload in the items, other meetings, comments and consultation: stored literally or refused with a message', async () => {
  test.setTimeout(120_000)
  const minutes = (n: number) => `${String(6 + Math.floor(n / 4)).padStart(2, '0')}:${String((n % 4) * 15).padStart(2, '0')}`
  let slot = 0
  for (const payload of PAYLOADS) {
    for (const field of ['title', 'description', 'speakers'] as const) {
      const start = minutes(slot++)
      const fields = { start, end: minutes(slot), title: `Hostile ${field}`, description: '', segment: 'general', committee: '', objectives: [], speakers: '', [field]: payload.text }
      const res = await postAction(sessions.isu, 'lib/meetings/actions.ts', 'saveItemAction', [{ programmeId: programme.id, dayId: programme.dayId, fields, shiftFollowing: false }])
      await judge(`item ${field}`, payload, res, () =>
        withDb(async (db) => {
          const item = await db.item.findUniqueOrThrow({ where: { id: (res.result as { data: { itemId: string } }).data.itemId } })
          return field === 'speakers' ? (item.speakers as string[])[0] : item[field]
        }),
      )
    }
    const date = programme.days[0]!.date
    const meeting = await postAction(sessions.isu, 'lib/meetings/actions.ts', 'addOtherMeetingAction', [{ programmeId: programme.id, name: payload.text, start: date, end: date }])
    await judge('other meeting name', payload, meeting, () =>
      withDb(async (db) => (await db.otherMeeting.findUniqueOrThrow({ where: { id: (meeting.result as { data: { id: string } }).data.id } })).name),
    )
    const thread = await postAction(sessions.committee, 'lib/comments/actions.ts', 'startThreadAction', [{ programmeId: programme.id, itemId: null, body: payload.text }])
    await judge('comment body', payload, thread, () =>
      withDb(async (db) => (await db.comment.findUniqueOrThrow({ where: { id: (thread.result as { data: { commentId: string } }).data.commentId } })).body),
    )

    // A round with the payload as its message; the Committee answers it with the payload as the note.
    const { version } = await ids(YEAR)
    const deadline = new Date(Date.now() + 86_400_000).toISOString()
    const round = await postAction(sessions.isu, 'lib/consultation/actions.ts', 'openRoundAction', [{ programmeId: programme.id, version, message: payload.text, deadline, silenceProcedure: true }])
    const roundId = (round.result as { data?: { roundId: string } }).data?.roundId
    const opened = await judge('consultation message', payload, round, () => withDb(async (db) => (await db.consultationRound.findUniqueOrThrow({ where: { id: roundId! } })).message))
    const openRound = opened ? roundId! : await withDb(async (db) => (await db.consultationRound.create({ data: { programmeId: programme.id, openedById: (await db.user.findUniqueOrThrow({ where: { email: 'isu@demo.test' } })).id, message: 'Round for the answer', deadline: new Date(deadline) } })).id)
    roundIds.push(openRound)
    const answer = await postAction(sessions.committee, 'lib/consultation/actions.ts', 'respondAction', [{ roundId: openRound, answer: 'comments', note: payload.text }])
    await judge('consultation answer note', payload, answer, () =>
      withDb(async (db) => (await db.consultationResponse.findFirstOrThrow({ where: { roundId: openRound } })).note),
    )
    const closed = await postAction(sessions.isu, 'lib/consultation/actions.ts', 'closeRoundAction', [{ roundId: openRound }])
    expect(closed.answer).toBe('ok')
  }
  // The oversize payloads were refused everywhere; the others were stored in each field.
  for (const [field, list] of stored) expect(list.length, field).toBe(PAYLOADS.filter((p) => !p.oversize && isStorableText(p.text)).length)
})

test('the pages show them as text: nothing injected, no script run', async ({ page, browser }, info) => {
  test.setTimeout(120_000)
  const members = await browser.newContext({ storageState: await sessions.isu.storageState() })
  const memberPage = await members.newPage()
  try {
    for (const path of ['', '/calendar', '/consultation', '/history']) await expectRenderedAsText(memberPage, `${info.project.use.baseURL}/meetings/${YEAR}${path}`)
    const editorText = squash(await memberPage.goto(`/meetings/${YEAR}`).then(() => memberPage.locator('main').innerText()))
    for (const payload of stored.get('item title')!.filter(plain)) expect(editorText, payload.name).toContain(squash(payload.text))
    await expectRenderedAsText(memberPage, `${info.project.use.baseURL}/meetings/${YEAR}/calendar`)
    const calendarText = squash(await memberPage.locator('main').innerText())
    for (const payload of stored.get('other meeting name')!.filter(plain)) expect(calendarText, payload.name).toContain(squash(payload.text))
    for (const roundId of roundIds) await expectRenderedAsText(memberPage, `${info.project.use.baseURL}/meetings/${YEAR}/consultation/${roundId}`)
    await expectRenderedAsText(memberPage, `${info.project.use.baseURL}/notifications`)
  } finally {
    await members.close()
  }
  // Published, the programme's public page, signed out.
  // Published as the workflow publishes: a release of what was entered (the public page serves releases only).
  await withDb(async (db) => {
    await db.programme.update({ where: { id: programme.id }, data: { status: 'published' } })
    const author = await db.user.findFirstOrThrow({ where: { email: { startsWith: 'isu' } } })
    await db.$transaction((tx) => releaseAsEntered(tx, programme.id, { publishedAt: new Date(), userId: author.id }))
  })
  await expectRenderedAsText(page, `/programme/${YEAR}`)
  const publicText = squash(await page.locator('main').innerText())
  for (const payload of stored.get('item title')!.filter(plain)) expect(publicText, payload.name).toContain(squash(payload.text))
})

test('the PDF prints them as text, and holds no script', async () => {
  test.setTimeout(120_000)
  const res = await sessions.isu.get(`/meetings/${YEAR}/pdf`, { timeout: 90_000 })
  expect(res.status()).toBe(200)
  const pdf = await res.body()
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(pdf.toString('latin1')).not.toMatch(/\/(JavaScript|JS|OpenAction|AA|Launch|SubmitForm)\b/)
  const text = squash((await readPdfText(new Uint8Array(pdf))).text)
  for (const payload of stored.get('item title')!.filter(plain)) expect(text, payload.name).toContain(squash(payload.text))
})

test('the settings and the format decision: each payload stored literally or refused, and shown as text', async ({ browser }) => {
  test.setTimeout(180_000)
  const editor = await browser.newContext({ storageState: await sessions.president.storageState() })
  const page = await editor.newPage()
  const target = await ids(SETTINGS_YEAR)
  try {
    for (const payload of PAYLOADS) {
      let shown = false
      for (const field of ['title', 'venue'] as const) {
        const { version, days } = await ids(SETTINGS_YEAR)
        const current = await withDb((db) => db.programme.findUniqueOrThrow({ where: { id: target.id } }))
        const fields = { title: current.title, venue: current.venue, days, [field]: payload.text }
        const res = await postAction(sessions.isu, 'lib/meetings/actions.ts', 'saveSettingsAction', [{ programmeId: target.id, version, fields }])
        shown = (await judge(`settings ${field}`, payload, res, () => withDb(async (db) => (await db.programme.findUniqueOrThrow({ where: { id: target.id } }))[field]))) || shown
      }
      const { version } = await ids(SETTINGS_YEAR)
      const format = { format: 'thematic-day', decidedOn: `${SETTINGS_YEAR}-01-10`, rationale: payload.text, consultedCoordinatingCommittee: false, consultationId: null }
      const res = await postAction(sessions.president, 'lib/meetings/actions.ts', 'recordFormatAction', [{ programmeId: target.id, version, kind: 'decide', fields: format }])
      shown = (await judge('format rationale', payload, res, () => withDb(async (db) => (await db.programme.findUniqueOrThrow({ where: { id: target.id } })).formatRationale))) || shown
      if (shown) {
        await expectRenderedAsText(page, `/meetings/${SETTINGS_YEAR}`)
        if (plain(payload)) {
          // The format decision is in the editor's settings view, drawn when first opened.
          await page.getByRole('button', { name: 'Settings and format', exact: true }).click()
          await expect(page.locator('#format-rationale')).toHaveValue(payload.text)
        }
      }
    }
  } finally {
    await editor.close()
  }
})

test('an import file full of payloads is stored literally; an oversize or unstorable one is refused with its reason', async () => {
  test.setTimeout(120_000)
  const doc = await withDb(async (db) => {
    const { documentFromProgramme } = await import('@/lib/meetings/documents')
    const { findProgrammeByYear } = await import('@/lib/programme-store')
    return documentFromProgramme((await findProgrammeByYear(db, SETTINGS_YEAR))!)
  })
  const ordinary = PAYLOADS.filter((p) => !p.oversize && isStorableText(p.text))
  const file = (texts: string[], year = IMPORT_YEAR, everywhere = true) => {
    const items = texts.map((text, i) => ({
      start: `${String(7 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      end: `${String(7 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '59' : '29'}`,
      title: text,
      ...(everywhere ? { description: text, speakers: [text] } : {}),
    }))
    return JSON.stringify({ ...doc, year, days: [{ ...doc.days[0]!, date: `${year}${doc.days[0]!.date.slice(4)}`, items }], otherMeetings: [], formatDecision: null })
  }
  const imported = await postAction(sessions.isu, 'lib/meetings/actions.ts', 'importAction', [{ text: file(ordinary.map((p) => p.text)) }])
  // A created programme opens at once: the answer is a redirect to it.
  expect(imported.status).toBe(200)
  expect(imported.raw.length).toBeGreaterThan(0)
  const items = await withDb(async (db) => (await db.item.findMany({ where: { day: { programme: { year: IMPORT_YEAR } } }, orderBy: { position: 'asc' } })).map((i) => [i.title, i.description, (i.speakers as string[])[0]]))
  expect(items).toEqual(ordinary.map((p) => [p.text, p.text, p.text]))
  counts.cases += ordinary.length
  counts.stored += ordinary.length
  for (const payload of PAYLOADS.filter((p) => p.oversize || !isStorableText(p.text))) {
    // Once in the file, as an item's title: a 1 MB text makes a file over the import's limit of 1 MB.
    const res = await postAction(sessions.isu, 'lib/meetings/actions.ts', 'importAction', [{ text: file([payload.text], IMPORT_YEAR + 1, false) }])
    counts.cases += 1
    const kept = await withDb(async (db) => (await db.item.findFirst({ where: { day: { programme: { year: IMPORT_YEAR + 1 } } } }))?.title)
    if (kept !== undefined) {
      // The interchange format has no limit on an item's title: a long one is kept as it is.
      expect(kept === payload.text && isStorableText(payload.text), payload.name).toBe(true)
      counts.stored += 1
      await withDb((db) => db.programme.deleteMany({ where: { year: IMPORT_YEAR + 1 } }))
      continue
    }
    const refusal = res.result as { ok: boolean; data?: { problem: string; findings: { message: string; path: string }[] }; fieldErrors?: Record<string, string[]> }
    expect(['ok', 'validation'], `${payload.name}: ${res.raw.slice(0, 200)}`).toContain(res.answer)
    const reasons = [refusal.data?.problem ?? '', ...(refusal.data?.findings ?? []).map((f) => `${f.path}: ${f.message}`), ...Object.values(refusal.fieldErrors ?? {}).flat()].join(' ')
    // Beyond the editor's limits (a title of 300 characters) or the file's size, or unstorable: each with its reason.
    expect(reasons, payload.name).toMatch(isStorableText(payload.text) ? /too-large|tooLarge|at most \d+ characters/ : /cannot be stored/)
    counts.refused += 1
  }
  // A request over the server actions' limit (2 MB) is refused before the action runs; nothing is stored.
  const huge = PAYLOADS.find((p) => p.name === '1 MB')!.text
  const tooBig = await postAction(sessions.isu, 'lib/meetings/actions.ts', 'importAction', [{ text: file([huge, huge, huge], IMPORT_YEAR + 1, false) }])
  expect(tooBig.answer === 'server-error' || tooBig.status === 413).toBe(true)
  expect(await withDb((db) => db.programme.count({ where: { year: IMPORT_YEAR + 1 } }))).toBe(0)
})
