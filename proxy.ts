// Next.js 16's proxy (the former middleware, in Node.js), before every answer but static files:
// refuses a server action without an Origin header, sets the Content-Security-Policy of each kind of
// route (a fresh nonce for pages) and, over https, Strict-Transport-Security (lib/security); sends a
// public programme page to its cached rendering in the reader's language (lib/publication/public-pages).
import type { NextRequest } from 'next/server'
import { env } from '@/lib/env'
import { requestPageLanguage } from '@/lib/i18n/page-language'
import { publishedPageAddress } from '@/lib/publication/public-pages'
import { secureAnswer } from '@/lib/security/answer-headers'

export function proxy(request: NextRequest) {
  const e = env()
  const cached = publishedPageAddress(request.nextUrl.pathname, requestPageLanguage(request))
  return secureAnswer(request, { trustProxy: e.TRUST_PROXY, publicUrl: e.NEXTAUTH_URL, dev: e.NODE_ENV === 'development' }, cached)
}

export const config = {
  // Everything but the build's static files (scripts and styles need no policy of their own).
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
