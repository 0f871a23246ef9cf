// The files of a release (PDF, iCalendar, JSON), answered like static files: a release never changes,
// so each file is made once per language and kept, with an ETag (a hash of its bytes), a
// Last-Modified (the moment of publication) and a Cache-Control that lets a proxy or a CDN keep it.
// No session is read: a release is public. The latest release's address (/programme/YEAR/pdf) moves
// to the next release when it is published, so it is kept briefly and revalidated by its ETag; a
// numbered release's address (/programme/YEAR/releases/N/pdf) is kept for good. A file asked in the
// address's language is kept for proxy.ts too, which answers it without this handler while what the
// public pages show is unchanged (lib/publication/kept-pages.mjs).
import 'server-only'
import { digitsFor } from '@/lib/i18n/digits'
import crypto from 'node:crypto'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { isLocale, messagesFor, translator, type Locale } from '@/lib/i18n'
import { requestLocale } from '@/lib/i18n/negotiate'
import { requestPseudoLanguage } from '@/lib/i18n/page-language'
import type { PseudoLocale } from '@/lib/i18n/pseudo'
import { listedStateName } from '@/lib/states/pdf-names'
import { cachedProgrammePdf, pdfErrorMessage, pdfErrorStatus, PdfLimitError, renderProgrammePdf } from '@/lib/pdf'
import { yearFromParam } from '@/lib/programme'
import { documentSymbol } from '@/lib/programme/document-symbol'
import { cancelledSince, programmeCalendar } from './ics'
import { releaseChangeLines, releaseChanges } from './release-changes'
import { keepPage } from './kept-pages.mjs'
import { rememberRelease } from './release-memo'
import { earlierReleases, findRelease, latestRelease, type Release } from './releases'
import { attachmentDisposition, programmeFileName, type ExportExtension } from './symbol'

/** Which release an address names: the latest, or one by its number. */
export type ReleaseAddress = { year: string; number?: string }

const CONTENT_TYPES: Record<ExportExtension, string> = {
  pdf: 'application/pdf',
  ics: 'text/calendar; charset=utf-8',
  json: 'application/json; charset=utf-8',
}

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/** The language asked in the address (`?lang=`), which a shared cache may key on; else the reader's (lib/i18n/negotiate). */
function fileLocale(request: Request): { locale: Locale; fromAddress: boolean } {
  const asked = new URL(request.url).searchParams.get('lang')
  if (isLocale(asked)) return { locale: asked, fromAddress: true }
  return { locale: requestLocale(request), fromAddress: false }
}

/** The release an address names, or null. */
export async function releaseAt(address: ReleaseAddress): Promise<Release | null> {
  const year = yearFromParam(address.year)
  if (year === null) return null
  if (address.number === undefined) return rememberRelease(`${year}`, () => latestRelease(db(), year))
  if (!/^\d{1,3}$/.test(address.number)) return null
  const number = Number(address.number)
  return rememberRelease(`${year}/${number}`, () => findRelease(db(), year, number))
}

type Made = { bytes: Uint8Array; etag: string }

const MAX_KEPT = 256
/** As long as a public page is fresh (app/published's revalidation time); then the stamp decides (kept-pages.mjs). */
const KEPT_FRESH_MS = 5_000
const kept = new Map<string, Made>()

function made(bytes: Uint8Array): Made {
  return { bytes, etag: `"${crypto.createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"` }
}

async function keptFile(key: string, make: () => Promise<Uint8Array>): Promise<Made> {
  const hit = kept.get(key)
  if (hit) return hit
  const file = made(await make())
  kept.set(key, file)
  for (const oldKey of kept.keys()) {
    if (kept.size <= MAX_KEPT) break
    kept.delete(oldKey)
  }
  return file
}

/** What a revision's first page and the public page say of the release it replaces. */
export async function previousOf(release: Release): Promise<Release | null> {
  if (release.number === 0) return null
  return (await earlierReleases(db(), release.year, release.number)).at(-1) ?? null
}

async function releasePdf(release: Release, locale: Locale, pseudo: PseudoLocale | null): Promise<Uint8Array> {
  const previous = await previousOf(release)
  const { pdf } = await cachedProgrammePdf(
    { programmeId: release.id, revision: release.number, status: 'published', updatedAt: release.publishedAt, locale, digits: digitsFor(locale, release.arabicDigits), pseudo },
    () =>
      renderProgrammePdf(release.programme, {
        symbol: release.symbol,
        revision: release.number,
        status: 'published',
        issuedOn: release.issuedOn,
        locale,
        pseudo,
        digits: digitsFor(locale, release.arabicDigits),
        replaces: previous ? { issuedOn: previous.issuedOn, symbol: documentSymbol(previous.symbol, previous.number).fullSymbol || null } : null,
        changes: previous ? releaseChangeLines(releaseChanges(previous.snapshot, release.snapshot, locale, 12), locale) : null,
      }, { stateName: listedStateName }),
  )
  return new Uint8Array(pdf.buffer as ArrayBuffer, pdf.byteOffset, pdf.byteLength)
}

async function releaseCalendar(release: Release, locale: Locale, request: Request): Promise<Uint8Array> {
  const t = translator(messagesFor(locale))
  const symbol = documentSymbol(release.symbol, release.number).fullSymbol
  const origin = env().NEXTAUTH_URL?.replace(/\/$/, '') ?? new URL(request.url).origin
  const earlier = await earlierReleases(db(), release.year, release.number)
  const body = programmeCalendar(release.programme, {
    fullSymbol: symbol,
    revision: release.number,
    final: true,
    // The file is the same for every request: stamped with the moment of publication.
    now: release.publishedAt,
    language: locale,
    labels: {
      speakers: t('publication.speakers', { names: '{names}' }),
      item: t('publication.page.item', { number: '{number}' }),
      sideEvent: t('publication.segments.side-event'),
      calendarName: `${t('publication.meetings')} ${release.year}${symbol ? ` (${symbol})` : ''}`,
    },
    url: `${origin}/programme/${release.year}`,
    itemIds: release.snapshot.itemIds,
    cancelled: cancelledSince(
      earlier.map((r) => ({ programme: r.programme, itemIds: r.snapshot.itemIds })),
      release.snapshot.itemIds ?? [],
    ),
  })
  return new TextEncoder().encode(body)
}

/** A file of a release, as a route handler answers it (304 when the reader's copy is current). */
export async function releaseFileResponse(request: Request, extension: ExportExtension, address: ReleaseAddress): Promise<Response> {
  const release = await releaseAt(address)
  if (!release) return text(404, 'There is no published programme at this address.')
  const { locale, fromAddress } = fileLocale(request)
  const pseudo = extension === 'pdf' ? requestPseudoLanguage(request) : null
  let file: Made
  try {
    file = await keptFile(`${release.id}|${extension}|${locale}${pseudo ? `|${pseudo}` : ''}`, async () => {
      if (extension === 'pdf') return releasePdf(release, locale, pseudo)
      if (extension === 'ics') return releaseCalendar(release, locale, request)
      return new TextEncoder().encode(`${JSON.stringify(release.programme, null, 2)}\n`)
    })
  } catch (error) {
    if (error instanceof PdfLimitError) {
      const status = pdfErrorStatus(error)
      return new Response(pdfErrorMessage(error, locale), {
        status,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...(status === 503 ? { 'Retry-After': '5' } : {}) },
      })
    }
    console.error('A file of a release failed', release.year, release.number, extension, error)
    return text(500, 'The file could not be made. The error has been logged; try again in a moment.')
  }
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[extension],
    'Content-Disposition': attachmentDisposition(programmeFileName(release.year, release.number, extension)),
    ETag: file.etag,
    'Last-Modified': release.publishedAt.toUTCString(),
    'Cache-Control':
      address.number === undefined ? 'public, max-age=60, stale-while-revalidate=86400' : 'public, max-age=31536000, immutable',
  }
  // A language taken from the cookie differs from reader to reader: a shared cache must key on it.
  if (!fromAddress) headers.Vary = 'Cookie, Accept-Language'
  // The same for every reader of this address (and only this one: other parameters are not kept).
  const url = new URL(request.url)
  if (fromAddress && !pseudo && url.search === `?lang=${locale}`) {
    keepPage(url.pathname + url.search, { body: file.bytes, etag: file.etag, headers: { ...headers }, freshUntil: Date.now() + KEPT_FRESH_MS })
  }
  if (request.headers.get('if-none-match')?.split(/\s*,\s*/).includes(file.etag)) return new Response(null, { status: 304, headers })
  headers['Content-Length'] = String(file.bytes.byteLength)
  return new Response(file.bytes as BodyInit, { headers })
}
