// What proxy.ts does to every request but static files, as a function of the request and the
// settings (tested without a server): refuse a server action without an Origin, give the answer its
// Content-Security-Policy (a fresh nonce for pages), and Strict-Transport-Security over https; send a
// public programme page to its cached rendering (lib/publication/public-pages.ts).
import { NextResponse, type NextRequest } from 'next/server'
import { servedOverHttps } from '@/lib/auth/client-address'
import { freshValidators } from '@/lib/publication/page-validators.mjs'
import { filePolicy, pagePolicy, routeKind, STRICT_TRANSPORT_SECURITY } from './content-security-policy'

export type SecuritySettings = { trustProxy: number; publicUrl: string | undefined; dev: boolean }

export const NO_ORIGIN_MESSAGE = 'A server action must come from a page of this site (the request has no Origin header).'

/** `cachedPage`: the internal address of the cached rendering this request is answered from, if any. */
export function secureAnswer(request: NextRequest, settings: SecuritySettings, cachedPage: string | null = null): NextResponse {
  const https = servedOverHttps(request.headers, settings.trustProxy, settings.publicUrl)
  const finish = (response: NextResponse, policy: string) => {
    response.headers.set('Content-Security-Policy', policy)
    if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
    return response
  }

  // Browsers always send Origin with a POST; Next.js checks it against the host, but lets a request without one through.
  if (request.method === 'POST' && request.headers.has('next-action') && !request.headers.get('origin')) {
    return finish(new NextResponse(NO_ORIGIN_MESSAGE, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }), filePolicy())
  }

  if (routeKind(request.nextUrl.pathname) === 'file') return finish(NextResponse.next(), filePolicy())

  // A cached page is stored with its own policy (its inline scripts by hash: lib/cached-pages.mjs);
  // a second policy here would be enforced as well and block them.
  if (cachedPage && (request.method === 'GET' || request.method === 'HEAD')) {
    // The browser or a proxy has this page as it is cached, and it is fresh: "not modified", without the page.
    const known = request.headers.has('rsc') ? undefined : freshValidators(cachedPage)
    if (known && request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === known.etag)) {
      const notModified = new NextResponse(null, { status: 304, headers: { ETag: known.etag, 'Last-Modified': known.lastModified, 'Cache-Control': known.cacheControl, Vary: 'Cookie, Accept-Language' } })
      if (https) notModified.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
      return notModified
    }
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
  // A server action posted from a cached page (its language switcher) runs at the page's address.
  if (cachedPage) return finish(NextResponse.rewrite(new URL(cachedPage, request.url), { request: { headers } }), policy)
  return finish(NextResponse.next({ request: { headers } }), policy)
}
