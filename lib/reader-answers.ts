// The two answers of a programme that cost the most to make for a signed-in reader, kept for that
// reader and answered again by proxy.ts while nothing in the database has changed (issue 18: the
// editor page's p95 at most 8x a static file's, the findings' 3x; made for every request they
// allowed about 3x less than that):
// - the editor page (/meetings/YEAR): a whole programme, its findings and its panels, about 40 ms of
//   CPU and 280 kB of HTML for 80 items;
// - its findings as JSON (/meetings/YEAR/findings), for tools: the session and the programme read
//   again for a few kB.
// How:
// - Kept per reader: the key is the address, the whole Cookie header (the session, the language) and
//   Accept-Language. Nobody is answered what was made for another cookie.
// - Answered again only while the database's change stamp (lib/db/change-stamp.ts, read for every
//   such request) is the one read before the answer was made: any commit, on any server, by the
//   reader or anybody else (an edit, a comment, a notification, a role, signing out), makes it again.
// - For 10 s at most, for what changes with the time alone (the day, a round past its deadline).
// - Of the page, only a browser's load of it (lib/security/page-load.ts), not the client router's
//   request for its data (a navigation, a refresh after an edit): Next.js answers those, as for
//   every page.
// An answer not yet kept is made by this server for the request (a request of its own to its own
// address, marked with a secret of this process so that it goes on to Next.js), its bytes kept and
// sent; readers asking for the same one at once wait for the one making. Only a 200 is kept. The
// page keeps the nonce of its Content-Security-Policy while it is kept: only its reader receives it.
import { createHash, randomBytes } from 'node:crypto'
import type { NextRequest } from 'next/server'
import type { ChangeStamp } from '@/lib/db/change-stamp'
import { isPageLoad } from '@/lib/security/page-load'

/** What is kept: the editor page (a browser's load of it) and the findings. */
const KEPT = [
  { address: /^\/meetings\/\d{4}$/, page: true },
  { address: /^\/meetings\/\d{4}\/findings$/, page: false },
]
export const KEPT_AT_MOST_MS = 10_000
/** Readers' answers kept at once (a page about 280 kB); the oldest goes first. */
const ANSWERS_AT_MOST = 32
const FILL_HEADER = 'x-planner-fill'
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/
// Set again by the server on every answer, or meaningless for one sent from memory.
const NOT_KEPT_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date'])

type Rendering = { status: number; headers: [string, string][]; body: Uint8Array<ArrayBuffer> }
type KeptAnswer = Rendering & { stamp: string; keptAt: number }
type State = {
  answers: Map<string, KeptAnswer>
  renderings: Map<string, Promise<Rendering>>
  secret: string
  stamp?: ChangeStamp
}

// One state per process, on globalThis: the proxy and instrumentation.ts load separate copies of a module.
const state: State = ((globalThis as Record<symbol, State>)[Symbol.for('intersessional-planner.reader-answers')] ??= {
  answers: new Map(),
  renderings: new Map(),
  secret: randomBytes(16).toString('hex'),
})

/** instrumentation.ts gives the database's change stamp; nothing is kept without one. */
export function registerChangeStamp(stamp: ChangeStamp) {
  state.stamp = stamp
}

/** Whether a request is for an answer kept for its reader: a signed-in reader's GET of one of them. */
export function isReaderAnswerRequest(request: NextRequest): boolean {
  const headers = request.headers
  const kept = KEPT.find((k) => k.address.test(request.nextUrl.pathname))
  return (
    kept !== undefined &&
    (request.method === 'GET' || request.method === 'HEAD') &&
    (!kept.page || isPageLoad(request)) &&
    headers.get(FILL_HEADER) !== state.secret &&
    SESSION_COOKIE.test(headers.get('cookie') ?? '')
  )
}

const keyOf = (request: NextRequest) =>
  createHash('sha256')
    .update(`${request.nextUrl.pathname}${request.nextUrl.search}\n${request.headers.get('cookie') ?? ''}\n${request.headers.get('accept-language') ?? ''}`)
    .digest('base64url')

/**
 * The answer to a request for a kept answer (isReaderAnswerRequest): the one kept, or the one made now
 * by this server at `origin` (its own address) and kept. Null when there is no change stamp or it
 * cannot be read: the request goes on to Next.js as any other.
 */
export async function answerForReader(request: NextRequest, origin: string | undefined, now = Date.now()): Promise<Response | null> {
  if (!state.stamp || !origin) return null
  let stamp: string
  try {
    stamp = await state.stamp()
  } catch (e) {
    console.error('[reader answers]', e instanceof Error ? e.message : e)
    return null
  }
  const key = keyOf(request)
  const kept = state.answers.get(key)
  if (kept && kept.stamp === stamp && now - kept.keptAt < KEPT_AT_MOST_MS) return answerOf(kept, request.method)
  // One making per answer and stamp, however many readers ask for it at once.
  const once = `${key} ${stamp}`
  let rendering = state.renderings.get(once)
  if (!rendering) {
    rendering = render(request, origin)
      .then((page) => {
        if (page.status === 200 && !page.headers.some(([name]) => name === 'set-cookie')) keep(key, { ...page, stamp, keptAt: Date.now() })
        return page
      })
      .finally(() => state.renderings.delete(once))
    state.renderings.set(once, rendering)
  }
  const page = await rendering
  // Not a page (a redirection to sign in, an error): Next.js answers the request itself.
  return page.status === 200 ? answerOf(page, request.method) : null
}

async function render(request: NextRequest, origin: string): Promise<Rendering> {
  const headers = new Headers(request.headers)
  for (const name of ['host', 'connection', 'content-length', 'accept-encoding']) headers.delete(name)
  headers.set(FILL_HEADER, state.secret)
  const address = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, origin)
  const response = await fetch(address, { method: 'GET', headers, redirect: 'manual', cache: 'no-store' })
  const body = new Uint8Array(await response.arrayBuffer())
  return { status: response.status, headers: [...response.headers].filter(([name]) => !NOT_KEPT_HEADERS.has(name)), body }
}

function keep(key: string, page: KeptAnswer) {
  state.answers.delete(key)
  for (const [old, kept] of state.answers) {
    if (state.answers.size < ANSWERS_AT_MOST && page.keptAt - kept.keptAt < KEPT_AT_MOST_MS) break
    state.answers.delete(old)
  }
  state.answers.set(key, page)
}

function answerOf(page: Rendering, method: string): Response {
  const headers = new Headers()
  for (const [name, value] of page.headers) headers.append(name, value)
  return new Response(method === 'HEAD' ? null : page.body, { status: page.status, headers })
}

/** Forgets every kept answer (tests). */
export function forgetReaderAnswers() {
  state.answers.clear()
}
