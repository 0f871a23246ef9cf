// Releases, through the workflow's own mutations on both databases: what is published stays
// published. While a revision is drafted, consulted and approved, the public files keep serving the
// last release; publishing it makes a new release, which says what it replaces and what changed, and
// the earlier one stays readable at its own address, unchanged. The calendars of two releases, read
// by ical.js one after the other as a calendar application would, keep one event per item.
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findingKey, reviewForApproval } from '@/lib/workflow/approval'
import { approveProgramme, publishProgramme, startRevision } from '@/lib/workflow/transitions'
import { PROVIDERS } from '../support/databases'
import { workflowFixture, type Fixture } from '../workflow/support'
import { readPdfText, squash } from './pdf-text'

const ISSUED_0 = new Date('2026-05-12T10:00:00Z')
const ISSUED_1 = new Date('2026-06-02T10:00:00Z')

const request = (url: string, headers?: Record<string, string>) => new Request(`http://localhost${url}`, headers ? { headers } : undefined)

type CalendarEvent = { uid: string; sequence: number; status: string | null; start: string; summary: string }

/** The VEVENTs of an .ics file, read by ical.js. */
function readCalendar(text: string): CalendarEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const zone = calendar.getFirstSubcomponent('vtimezone')
  if (zone) ICAL.TimezoneService.register(zone)
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return { uid: event.uid, sequence: event.sequence, status: (component.getFirstPropertyValue('status') as string | null) ?? null, start: event.startDate.toString(), summary: event.summary }
  })
}

/** What a calendar application keeps after importing files in turn: one event per UID, the highest SEQUENCE winning, cancelled ones removed. */
function importInTurn(...files: CalendarEvent[][]): Map<string, CalendarEvent> {
  const kept = new Map<string, CalendarEvent>()
  for (const events of files) {
    for (const event of events) {
      const known = kept.get(event.uid)
      if (known && known.sequence > event.sequence) continue
      if (event.status === 'CANCELLED') kept.delete(event.uid)
      else kept.set(event.uid, event)
    }
  }
  return kept
}

describe.each(PROVIDERS)('releases on $provider', ({ provider, skip }) => {
  let f: Fixture
  let files: typeof import('@/lib/publication/release-files')
  let releases: typeof import('@/lib/publication/releases')
  beforeAll(async () => {
    if (skip) return
    f = await workflowFixture(provider)
    ;(globalThis as { plannerDb?: unknown }).plannerDb = f.db
    files = await import('@/lib/publication/release-files')
    releases = await import('@/lib/publication/releases')
    // A new database: what the process remembers of the previous provider's releases (2 s) is not of this one.
    ;(await import('@/lib/publication/release-memo')).forgetReleases()
    // The demo draft's one error fixed as the editor's format panel does.
    await f.db.programme.update({ where: { id: f.programmeId }, data: { formatConsultedCC: true } })
  })
  afterAll(async () => {
    delete (globalThis as { plannerDb?: unknown }).plannerDb
    await f?.drop()
  })

  const version = async () => (await f.db.programme.findUniqueOrThrow({ where: { id: f.programmeId } })).version
  const approve = async (now: Date) => {
    const review = await reviewForApproval(f.db, f.programmeId, now)
    return approveProgramme(f.db, f.users.president, { programmeId: f.programmeId, version: review.programme.version, fingerprint: review.fingerprint, acknowledged: review.warnings.map(findingKey) }, now)
  }
  const json = async (url: string) => JSON.parse(await (await files.releaseFileResponse(request(url), 'json', parse(url))).text()) as { days: { items: { title: string; start: string }[] }[] }
  const parse = (url: string) => {
    const [, , year, , number] = url.split('?')[0]!.split('/')
    return number !== undefined && url.includes('/releases/') ? { year: year!, number } : { year: year! }
  }
  const ics = async (url: string) => readCalendar(await (await files.releaseFileResponse(request(url), 'ics', parse(url))).text())

  let release0Json = ''
  let retimedTitle = ''
  let removedTitle = ''

  it.skipIf(skip)('nothing is public before the first publication; publishing makes release 0, issued that day', async () => {
    expect((await files.releaseFileResponse(request(`/programme/${f.year}/json`), 'json', { year: String(f.year) })).status).toBe(404)
    await approve(new Date(ISSUED_0.getTime() - 3600_000))
    expect((await files.releaseFileResponse(request(`/programme/${f.year}/json`), 'json', { year: String(f.year) })).status).toBe(404)
    await publishProgramme(f.db, f.users.president, { programmeId: f.programmeId, version: await version() }, ISSUED_0)
    const latest = await releases.latestRelease(f.db, f.year)
    expect(latest).toMatchObject({ number: 0, issuedOn: '2026-05-12', symbol: '' })
    const res = await files.releaseFileResponse(request(`/programme/${f.year}/json`), 'json', { year: String(f.year) })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('public')
    expect(res.headers.get('last-modified')).toBe(ISSUED_0.toUTCString())
    release0Json = await res.text()
  })

  it.skipIf(skip)('while Rev.1 is drafted and approved, the public files still serve release 0', async () => {
    await startRevision(f.db, f.users.isu, { programmeId: f.programmeId, version: await version() })
    const items = await f.db.item.findMany({ where: { day: { programmeId: f.programmeId }, segment: { notIn: ['break', 'side-event'] } }, orderBy: [{ day: { date: 'asc' } }, { position: 'asc' }] })
    const retimed = items.filter((i) => i.start === '15:00').at(-1)!
    const removed = items.find((i) => i.title.startsWith('Universalization'))!
    retimedTitle = retimed.title
    removedTitle = removed.title
    await f.db.item.update({ where: { id: retimed.id }, data: { start: '15:30', end: '17:30' } })
    await f.db.item.delete({ where: { id: removed.id } })

    // The ISU sets the year's symbol meanwhile: printed from the next release on, never on release 0.
    const { setDocumentSymbol } = await import('@/lib/publication/document-symbol-setting')
    await expect(setDocumentSymbol(f.db, f.users.observer, { programmeId: f.programmeId, version: await version(), symbol: 'X' })).rejects.toThrow(/not allowed/)
    await expect(setDocumentSymbol(f.db, f.users.isu, { programmeId: f.programmeId, version: await version(), symbol: 'APLC<script>' })).rejects.toThrow(/symbol/)
    await setDocumentSymbol(f.db, f.users.isu, { programmeId: f.programmeId, version: await version(), symbol: ' APLC/MSP.23/2026/INF.1 ' })
    expect((await releases.latestRelease(f.db, f.year))?.symbol).toBe('')

    for (const step of ['draft', 'approved'] as const) {
      if (step === 'approved') await approve(new Date(ISSUED_1.getTime() - 3600_000))
      expect((await f.db.programme.findUniqueOrThrow({ where: { id: f.programmeId } })).status).toBe(step)
      const res = await files.releaseFileResponse(request(`/programme/${f.year}/json`), 'json', { year: String(f.year) })
      expect(await res.text()).toBe(release0Json)
      expect((await releases.latestRelease(f.db, f.year))?.number).toBe(0)
    }
    // A reader's copy of release 0 is still current: 304.
    const first = await files.releaseFileResponse(request(`/programme/${f.year}/json`), 'json', { year: String(f.year) })
    const again = await files.releaseFileResponse(request(`/programme/${f.year}/json`, { 'if-none-match': first.headers.get('etag')! }), 'json', { year: String(f.year) })
    expect(again.status).toBe(304)
  })

  it.skipIf(skip)("a file asked in the address's language is kept for the proxy at that address, and at no other", async () => {
    const { forgetPages, freshPage } = await import('@/lib/publication/kept-pages.mjs')
    forgetPages()
    const ask = (url: string) => files.releaseFileResponse(request(url), 'json', { year: String(f.year) })
    const answer = await ask(`/programme/${f.year}/json?lang=fr`)
    const kept = freshPage(`/programme/${f.year}/json?lang=fr`)
    expect(Buffer.from(kept!.body).toString()).toBe(await answer.text())
    expect(kept!.etag).toBe(answer.headers.get('etag'))
    expect(kept!.headers['Content-Disposition']).toBe(answer.headers.get('content-disposition'))
    // The language from the cookie differs from reader to reader; other parameters would make addresses without end.
    await ask(`/programme/${f.year}/json`)
    await ask(`/programme/${f.year}/json?lang=fr&x=1`)
    await ask(`/programme/${f.year}/json?lang=xx`)
    expect([`/programme/${f.year}/json`, `/programme/${f.year}/json?lang=fr&x=1`, `/programme/${f.year}/json?lang=xx`].map((a) => freshPage(a))).toEqual([undefined, undefined, undefined])
    forgetPages()
  })

  it.skipIf(skip)('publishing Rev.1 makes release 1; release 0 stays readable, unchanged, at its own address', async () => {
    // What every server reads every 5 s to know that the public pages changed (lib/publication/public-stamp.ts).
    const { publicStamp } = await import('@/lib/publication/public-stamp')
    const stampBefore = await publicStamp(f.db)
    await publishProgramme(f.db, f.users.president, { programmeId: f.programmeId, version: await version() }, ISSUED_1)
    expect((await releases.listReleases(f.db, f.year)).map((r) => [r.number, r.issuedOn])).toEqual([
      [0, '2026-05-12'],
      [1, '2026-06-02'],
    ])
    const latest = await json(`/programme/${f.year}/json`)
    const titles = latest.days.flatMap((d) => d.items.map((i) => i.title))
    expect(titles).not.toContain(removedTitle)
    expect(latest.days.flatMap((d) => d.items).find((i) => i.title === retimedTitle)?.start).toBe('15:30')
    expect((await releases.latestRelease(f.db, f.year))?.symbol).toBe('APLC/MSP.23/2026/INF.1')
    const zero = await files.releaseFileResponse(request(`/programme/${f.year}/releases/0/json`), 'json', { year: String(f.year), number: '0' })
    expect(await zero.text()).toBe(release0Json)
    expect(zero.headers.get('cache-control')).toContain('immutable')
    expect((await files.releaseFileResponse(request(`/programme/${f.year}/releases/7/json`), 'json', { year: String(f.year), number: '7' })).status).toBe(404)
    expect(await publicStamp(f.db)).not.toBe(stampBefore)
  })

  it.skipIf(skip)("the public pages' stamp moves with the year's Arabic digits, not with an edit of the working copy", async () => {
    const { publicStamp } = await import('@/lib/publication/public-stamp')
    const before = await publicStamp(f.db)
    await f.db.item.updateMany({ where: { day: { programmeId: f.programmeId } }, data: { title: 'Edited while nobody publishes', version: { increment: 1 } } })
    expect(await publicStamp(f.db)).toBe(before)
    await f.db.programme.update({ where: { id: f.programmeId }, data: { arabicDigits: 'arabic-indic' } })
    const indic = await publicStamp(f.db)
    expect(indic).not.toBe(before)
    await f.db.programme.update({ where: { id: f.programmeId }, data: { arabicDigits: 'western' } })
    expect(await publicStamp(f.db)).toBe(before)
  })

  it.skipIf(skip)('the page says in plain words what changed since the release it replaces', async () => {
    const { releaseView } = await import('@/lib/publication/release-view')
    const view = (await releaseView({ year: String(f.year) }, 'en'))!
    expect(view.previous).toMatchObject({ number: 0, issuedOn: '2026-05-12' })
    expect(view.changes!.sentences).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^Retimed: ${escape(retimedTitle)}, .*: now 15:30–17:30 \\(was 15:00–`)), expect.stringMatching(new RegExp(`^Removed: ${escape(removedTitle)} \\(`))]),
    )
    const fr = (await releaseView({ year: String(f.year) }, 'fr'))!
    expect(fr.changes!.sentences.join(' ')).toContain('Nouvel horaire')
  })

  it.skipIf(skip)('ical.js: release 0 then release 1 leave one event per item, the retimed one at its new time, the removed one gone', async () => {
    const zero = await ics(`/programme/${f.year}/releases/0/ics`)
    const one = await ics(`/programme/${f.year}/ics`)
    const retimed0 = zero.find((e) => e.summary === retimedTitle)!
    const retimed1 = one.find((e) => e.summary === retimedTitle)!
    expect(retimed1.uid).toBe(retimed0.uid)
    expect(retimed1.sequence).toBeGreaterThan(retimed0.sequence)
    const removed = one.find((e) => e.summary === removedTitle)!
    expect(removed.status).toBe('CANCELLED')
    expect(removed.uid).toBe(zero.find((e) => e.summary === removedTitle)!.uid)

    const calendar = importInTurn(zero, one)
    const retimedEvents = [...calendar.values()].filter((e) => e.summary === retimedTitle)
    expect(retimedEvents).toHaveLength(1)
    expect(retimedEvents[0]!.start).toMatch(/T15:30:00$/)
    expect([...calendar.values()].some((e) => e.summary === removedTitle)).toBe(false)
    expect(calendar.size).toBe(zero.length - 1)
  })

  it.skipIf(skip)('the PDF of release 1 reads as an official revision, in English and in French', async () => {
    const pdf = async (lang: string) => {
      const res = await files.releaseFileResponse(request(`/programme/${f.year}/pdf?lang=${lang}`), 'pdf', { year: String(f.year) })
      expect(res.status).toBe(200)
      return readPdfText(new Uint8Array(await res.arrayBuffer()))
    }
    const en = await pdf('en')
    const first = squash(en.pages[0]!)
    expect(first).toContain('APLC/MSP.23/2026/INF.1/Rev.1')
    expect(first).toContain('Issued on 2 June 2026')
    expect(first).toContain('This revision replaces the programme issued on 12 May 2026.')
    expect(first).toMatch(/Retimed: .*now 15:30–17:30/)
    expect(en.text).not.toContain('APLC/ISM')
    expect(en.text).not.toMatch(/DRAFT|Draft/)
    const fr = squash((await pdf('fr')).pages[0]!)
    expect(fr).toContain('La présente révision remplace le programme diffusé le 12 mai 2026.')
    expect(fr).toContain('Nouvel horaire')
  })
})

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
