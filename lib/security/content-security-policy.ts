// The Content-Security-Policy of each kind of answer, one function per kind, so that a kind of route
// can be given its own policy without touching the others. proxy.ts picks the kind from the path.
//
// - Pages rendered for each request carry this request's nonce: Next.js puts it on its own scripts
//   (it reads the policy of the request), and 'strict-dynamic' lets those scripts load the rest.
//   No 'unsafe-inline' for scripts: an injected <script> or onerror= never runs.
// - A page served from a cache (the same HTML for everyone) cannot carry a per-request nonce:
//   `cachedPagePolicy` allows scripts of this site only, plus the hashes of its inline scripts. The
//   public programme pages (/programme/YEAR…) are cached: their policy is stored with each rendering
//   (lib/cached-pages.mjs), so proxy.ts gives them none of its own.
// - Files and data (PDF, JSON, iCalendar, next-auth's answers) run no script of ours.
// Styles keep 'unsafe-inline': React's style attributes need it, and a style cannot run code.

import { cachedPagePolicy as cachedPolicy, commonDirectives } from './policy-directives.mjs'

export type RouteKind = 'page' | 'public-page' | 'file'

const common = commonDirectives

const join = (directives: string[]) => directives.join('; ')

/** A page rendered for this request only. React's development build needs eval (never in production). */
export function pagePolicy(nonce: string, { dev = false } = {}): string {
  return join([...common(dev), `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`])
}

/** A page served from a cache (lib/cached-pages.mjs gives each its hashes when it is stored). */
export const cachedPagePolicy: (inlineScriptHashes?: readonly string[]) => string = cachedPolicy

/** A file or data answered by a route handler. */
export function filePolicy(): string {
  return join([...common(false), "script-src 'self'"])
}

/** Which kind of answer a path gets (see above). */
export function routeKind(pathname: string): RouteKind {
  if (pathname.startsWith('/api/')) return 'file'
  if (/^\/meetings\/[^/]+\/(pdf|export|findings)\/?$/.test(pathname)) return 'file'
  if (/^\/programme\/[^/]+(\/releases\/[^/]+)?\/(pdf|ics|json)\/?$/.test(pathname)) return 'file'
  if (pathname === '/programme' || pathname.startsWith('/programme/')) return 'public-page'
  return 'page'
}

/** Strict-Transport-Security, for answers served over https: a year, this host and its subdomains. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains'
