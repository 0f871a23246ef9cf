import type { NextRequest } from 'next/server'

/**
 * Whether a request is a load of a page (an address typed or opened, a reload, a script's GET), which
 * may be answered with a kept page's HTML, and not the client router's request for the page's data (a
 * navigation, a prefetch, a refresh), which Next.js answers. Next.js takes the router's `rsc` header
 * and `_rsc` parameter away before the proxy sees the request, so the proxy tells them apart as the
 * browser says (Fetch Metadata, sent by every current browser): a page load is a `document`, the
 * router's fetch an `empty` destination. A client that says nothing (curl, a tool) loads the page.
 */
export function isPageLoad(request: NextRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    (request.headers.get('sec-fetch-dest') ?? 'document') === 'document' &&
    !request.headers.has('next-action')
  )
}
