// What proxy.ts does to every request but static files, as a function of the request and the
// settings (tested without a server): refuse a server action without an Origin, give the answer its
// Content-Security-Policy (a fresh nonce for pages), and Strict-Transport-Security over https; send a
// public programme page to its cached rendering (lib/publication/public-pages.ts); answer a kept public
// page or release file itself (lib/publication/kept-pages.mjs).
import { NextResponse, type NextRequest } from 'next/server'
import { servedOverHttps } from '@/lib/auth/client-address'
import { freshPage, NOT_MODIFIED_HEADERS, type KeptPage } from '@/lib/publication/kept-pages.mjs'
import { isPageLoad } from './page-load'
import { filePolicy, pagePolicy, routeKind, STRICT_TRANSPORT_SECURITY } from './content-security-policy'

export type SecuritySettings = { trustProxy: number; publicUrl: string | undefined; dev: boolean }

export const NO_ORIGIN_MESSAGE = 'A server action must come from a page of this site (the request has no Origin header).'

/** An answer with Strict-Transport-Security when the request came over https. */
export function withTransportSecurity<R extends Response>(response: R, https: boolean): R {
  if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
  return response
}

export const isHttps = (request: NextRequest, settings: SecuritySettings) => servedOverHttps(request.headers, settings.trustProxy, settings.publicUrl)

/** `cachedPage`: the internal address of the cached rendering this request is answered from, if any. */
export function secureAnswer(request: NextRequest, settings: SecuritySettings, cachedPage: string | null = null): NextResponse {
  const https = isHttps(request, settings)
  const finish = (response: NextResponse, policy: string) => {
    response.headers.set('Content-Security-Policy', policy)
    return withTransportSecurity(response, https)
  }

  // Browsers always send Origin with a POST; Next.js checks it against the host, but lets a request without one through.
  if (request.method === 'POST' && request.headers.has('next-action') && !request.headers.get('origin')) {
    return finish(new NextResponse(NO_ORIGIN_MESSAGE, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }), filePolicy())
  }

  if (routeKind(request.nextUrl.pathname) === 'file') {
    // A release's file asked in the address's language, as its route handler last answered it.
    const kept = request.method === 'GET' || request.method === 'HEAD' ? freshPage(request.nextUrl.pathname + request.nextUrl.search) : undefined
    return finish(kept ? keptAnswer(request, kept) : NextResponse.next(), filePolicy())
  }

  // A cached page is stored with its own policy (lib/cached-pages.mjs); a second policy here (a
  // per-request nonce) would be enforced as well and block the page's own scripts, which carry none.
  if (cachedPage && (request.method === 'GET' || request.method === 'HEAD')) {
    // While the page is fresh, answered here as a static file would be (lib/publication/kept-pages.mjs):
    // "not modified" when the browser or a proxy has it as it is, else the page itself. A client
    // navigation asks for the page's data, not its HTML: Next.js answers it (./page-load.ts).
    const kept = isPageLoad(request) ? freshPage(cachedPage) : undefined
    if (kept) return withTransportSecurity(keptAnswer(request, kept), https)
    const answer = NextResponse.rewrite(new URL(cachedPage, request.url))
    if (https) answer.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
    return answer
  }

  // Pages, the public programme's included while it is rendered per request (see cachedPagePolicy).
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = pagePolicy(nonce, { dev: settings.dev })
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  headers.set('x-nonce', nonce)
  return finish(NextResponse.next({ request: { headers } }), policy)
}

/** A kept answer as a static file is answered: "not modified" when the reader has it as it is, else the answer itself. */
function keptAnswer(request: NextRequest, kept: KeptPage): NextResponse {
  const notModified = request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === kept.etag) ?? false
  const headers = new Headers({ ETag: kept.etag })
  for (const [name, value] of Object.entries(kept.headers)) if (!notModified || NOT_MODIFIED_HEADERS.includes(name)) headers.set(name, value)
  if (notModified) return new NextResponse(null, { status: 304, headers })
  // Next.js compresses it for a client that accepts it (it drops any Content-Encoding of the proxy's own).
  return new NextResponse(request.method === 'HEAD' ? null : (kept.body as Uint8Array<ArrayBuffer>), { status: 200, headers })
}
