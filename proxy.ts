// Runs before every answer but static files (Next.js 16's proxy, the former middleware, in Node.js):
// - gives each page its Content-Security-Policy, with a fresh nonce for pages rendered per request
//   (lib/security/content-security-policy: one policy per kind of route);
// - sends Strict-Transport-Security when the application is served over https;
// - refuses a server action that does not say which page sent it (no Origin header). Browsers always
//   send Origin with a POST; Next.js checks it against the host, but lets a request without one through.
import { NextResponse, type NextRequest } from 'next/server'
import { servedOverHttps } from '@/lib/auth/client-address'
import { env } from '@/lib/env'
import { filePolicy, pagePolicy, routeKind, STRICT_TRANSPORT_SECURITY } from '@/lib/security/content-security-policy'

export function proxy(request: NextRequest) {
  const e = env()
  const https = servedOverHttps(request.headers, e.TRUST_PROXY, e.NEXTAUTH_URL)
  const finish = (response: NextResponse, policy: string) => {
    response.headers.set('Content-Security-Policy', policy)
    if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
    return response
  }

  if (request.method === 'POST' && request.headers.has('next-action') && !request.headers.get('origin')) {
    return finish(new NextResponse('A server action must come from a page of this site (the request has no Origin header).', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }), filePolicy())
  }

  if (routeKind(request.nextUrl.pathname) === 'file') return finish(NextResponse.next(), filePolicy())

  // Pages, the public programme's included while it is rendered per request (see cachedPagePolicy).
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = pagePolicy(nonce, { dev: e.NODE_ENV === 'development' })
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  headers.set('x-nonce', nonce)
  return finish(NextResponse.next({ request: { headers } }), policy)
}

export const config = {
  // Everything but the build's static files (scripts and styles need no policy of their own).
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
