// The directives of the Content-Security-Policy shared by every kind of answer, and the policy of a
// page served from the cache. Read by lib/security/content-security-policy.ts (the application) and
// by lib/cached-pages.mjs (Next.js's cache handler, plain Node.js), so written once, in JavaScript.

/** @param {boolean} dev */
export const commonDirectives = (dev) => [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // Development's hot reload talks over a WebSocket to the same host.
  `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
]

/**
 * A page served from a cache: scripts from this site, and inline scripts only by their hash ('sha256-…').
 * @param {readonly string[]} inlineScriptHashes
 */
export function cachedPagePolicy(inlineScriptHashes = []) {
  return [...commonDirectives(false), ["script-src 'self'", ...inlineScriptHashes.map((h) => `'${h}'`)].join(' ')].join('; ')
}
