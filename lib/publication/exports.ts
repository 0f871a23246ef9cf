// The files that leave the application (PDF, iCalendar, JSON), as route handlers answer them. The
// access rule is decided here, on the server, for every request:
// - `public` routes (/programme/YEAR/...): the latest release only (release-files.ts), for anyone
//   signed in or not, whatever the working copy is doing; a year never published is answered 404,
//   so a draft's existence is not revealed either;
// - `members` routes (/meetings/YEAR/...): signed-in members who may read drafts (president, ISU,
//   Coordinating Committee); anonymous visitors get 401 and observers 403, whatever the status.
import 'server-only'
import { can, canView } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { isLocale, messagesFor, translator, type Locale } from '@/lib/i18n'
import { requestLocale } from '@/lib/i18n/negotiate'
import { requestPseudoLanguage } from '@/lib/i18n/page-language'
import { isFinal, pdfErrorMessage, pdfErrorStatus, PdfLimitError } from '@/lib/pdf'
import { programmeCalendar } from './ics'
import { programmePdf } from './pdf'
import { yearFromParam } from '@/lib/programme'
import { programmeHeadOfYear } from '@/lib/programme-store'
import { requirePublication, type PublicationHead } from './queries'
import { releaseFileResponse } from './release-files'
import { attachmentDisposition, documentSymbol, programmeFileName, type ExportExtension } from './symbol'

export type ExportScope = 'public' | 'members'

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/** The language of a file: `?lang=` when valid, else the reader's (lib/i18n/negotiate). */
export function exportLocale(request: Request): Locale {
  const url = new URL(request.url)
  const asked = url.searchParams.get('lang')
  if (isLocale(asked)) return asked
  return requestLocale(request)
}

/** Who may have the programme of the year; a Response when refused or absent. */
async function allowedHead(yearParam: string): Promise<PublicationHead | Response> {
  const year = yearFromParam(yearParam)
  const user = await currentUser()
  if (!user) return text(401, 'Sign in to download this programme.')
  if (!can(user, 'programme.viewDraft')) return text(403, 'Your role does not allow you to download drafts. Published programmes are at /programme.')
  const head = year === null ? null : await programmeHeadOfYear(year)
  if (!head) return text(404, 'There is no programme for this year.')
  if (!canView(user, head)) return text(403, 'Your role does not allow you to download this programme.')
  return head
}

function fileHeaders(head: PublicationHead, extension: ExportExtension, contentType: string, length: number): HeadersInit {
  return {
    'Content-Type': contentType,
    'Content-Length': String(length),
    'Content-Disposition': attachmentDisposition(programmeFileName(head.year, head.revision, extension)),
    // The language comes from a cookie: a shared cache must not hand one reader's language to another.
    'Cache-Control': 'private, no-store',
  }
}

export async function pdfResponse(request: Request, scope: ExportScope, yearParam: string): Promise<Response> {
  if (scope === 'public') return releaseFileResponse(request, 'pdf', { year: yearParam })
  const head = await allowedHead(yearParam)
  if (head instanceof Response) return head
  const locale = exportLocale(request)
  try {
    const { pdf, cached } = await programmePdf(head, locale, requestPseudoLanguage(request))
    return new Response(new Uint8Array(pdf.buffer as ArrayBuffer, pdf.byteOffset, pdf.byteLength), {
      headers: { ...fileHeaders(head, 'pdf', 'application/pdf', pdf.length), 'X-PDF-Cache': cached ? 'hit' : 'miss' },
    })
  } catch (error) {
    // A draft too large or too slow, or too many drafts at once: said in words, with a status to match.
    if (error instanceof PdfLimitError) {
      const status = pdfErrorStatus(error)
      return new Response(pdfErrorMessage(error, locale), {
        status,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...(status === 503 ? { 'Retry-After': '5' } : {}) },
      })
    }
    console.error('PDF of the programme failed', head.year, error)
    return text(500, 'The PDF could not be made. The error has been logged; try again in a moment.')
  }
}

export async function calendarResponse(request: Request, scope: ExportScope, yearParam: string): Promise<Response> {
  if (scope === 'public') return releaseFileResponse(request, 'ics', { year: yearParam })
  const head = await allowedHead(yearParam)
  if (head instanceof Response) return head
  const publication = await requirePublication(db(), head)
  const locale = exportLocale(request)
  const t = translator(messagesFor(locale))
  const symbol = documentSymbol(head.symbol, head.revision)
  const body = programmeCalendar(publication.programme, {
    fullSymbol: symbol.fullSymbol,
    revision: head.revision,
    final: isFinal(head.status),
    now: new Date(),
    language: locale,
    labels: {
      speakers: t('publication.speakers', { names: '{names}' }),
      item: t('publication.page.item', { number: '{number}' }),
      sideEvent: t('publication.segments.side-event'),
      calendarName: symbol.fullSymbol ? `${t('publication.meetings')} ${head.year} (${symbol.fullSymbol})` : `${t('publication.meetings')} ${head.year}`,
    },
  })
  const bytes = new TextEncoder().encode(body)
  return new Response(bytes, { headers: fileHeaders(head, 'ics', 'text/calendar; charset=utf-8', bytes.length) })
}

export async function jsonResponse(request: Request, scope: ExportScope, yearParam: string): Promise<Response> {
  if (scope === 'public') return releaseFileResponse(request, 'json', { year: yearParam })
  const head = await allowedHead(yearParam)
  if (head instanceof Response) return head
  const publication = await requirePublication(db(), head)
  const bytes = new TextEncoder().encode(`${JSON.stringify(publication.programme, null, 2)}\n`)
  return new Response(bytes, { headers: fileHeaders(head, 'json', 'application/json; charset=utf-8', bytes.length) })
}
