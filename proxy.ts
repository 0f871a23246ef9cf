// Next.js 16's proxy (the former middleware, in Node.js), before every answer but static files:
// refuses a server action without an Origin header, sets the Content-Security-Policy of each kind of
// route (a fresh nonce for pages) and, over https, Strict-Transport-Security (lib/security); sends a
// public programme page to its cached rendering in the reader's language (lib/publication/public-pages);
// answers a signed-in reader's editor page from the copy kept for them while the database is unchanged
// (lib/reader-answers).
import type { NextRequest } from 'next/server'
import { env } from '@/lib/env'
import { requestPageLanguage } from '@/lib/i18n/page-language'
import { publishedPageAddress } from '@/lib/publication/public-pages'
import { answerForReader, isReaderAnswerRequest } from '@/lib/reader-answers'
import { isHttps, secureAnswer, withTransportSecurity } from '@/lib/security/answer-headers'

export async function proxy(request: NextRequest) {
  const e = env()
  const settings = { trustProxy: e.TRUST_PROXY, publicUrl: e.NEXTAUTH_URL, dev: e.NODE_ENV === 'development' }
  if (!settings.dev && isReaderAnswerRequest(request)) {
    // The server's own address, where the page is rendered when it is not kept (set by `next start`).
    const kept = await answerForReader(request, process.env.__NEXT_PRIVATE_ORIGIN)
    if (kept) return withTransportSecurity(kept, isHttps(request, settings))
  }
  const cached = publishedPageAddress(request.nextUrl.pathname, requestPageLanguage(request))
  return secureAnswer(request, settings, cached)
}

export const config = {
  // Everything but the build's static files (scripts and styles need no policy of their own).
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
