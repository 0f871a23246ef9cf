import type { NextRequest } from 'next/server'

/**
 * Whether a request is a browser's load of a page (an address typed or opened, a reload), which may
 * be answered with a kept page's HTML, and not the client router's request for the page's data (a
 * navigation, a prefetch, a refresh), which Next.js answers. Next.js takes the router's `rsc` header
 * and `_rsc` parameter away before the proxy sees the request, so the proxy tells them apart as the
 * browser does: a page load asks for HTML (Accept) and, where the browser says so, for a document
 * (Sec-Fetch-Dest); the router's fetch asks for anything (`*∕*`) and is an "empty" destination.
 */
export function isPageLoad(request: NextRequest): boolean {
  const headers = request.headers
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    (headers.get('sec-fetch-dest') ?? 'document') === 'document' &&
    /\btext\/html\b/.test(headers.get('accept') ?? '') &&
    !headers.has('next-action')
  )
}
