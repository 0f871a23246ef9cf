// The public answers kept by address, so that proxy.ts answers them itself: the answer (200) or, for
// a conditional request whose tag matches, "not modified" (304), without Next.js's routing and page or
// route handler (issues 13 and 18: public answers at the speed of a static file):
// - the public programme pages, by internal address (/published/en/2025): lib/cached-pages.mjs keeps
//   each when Next.js stores it, as bytes (about 43 kB): nothing is rendered or encoded again per request;
// - a release's files (PDF, iCalendar, JSON) asked in a language of the address
//   (/programme/2025/pdf?lang=en): lib/publication/release-files.ts keeps each it answers.
//
// How long a kept answer is given from here:
// - while it is fresh (the page's revalidation time, 5 s);
// - after that, as long as what the public pages show has not changed: lib/publication/public-stamp.ts
//   reads a small stamp of it from the database every 5 s from the first answer kept (the releases, the
//   years' digits), on every server, and a new stamp forgets every kept answer. So another server's
//   publication shows here within 5 s, as before, and Next.js does not render an unchanged page again
//   every 5 s under load;
// - at most a minute in all: then Next.js answers it again once, whatever the stamp says.
// A publication on this server forgets them at once. One map per process, on globalThis: Next.js loads
// the proxy, the cache handler and the server's own code as separate copies of a module. One entry per
// language, year, release and file that was asked for, 256 at most (the oldest kept goes first).
const KEY = Symbol.for('intersessional-planner.kept-pages')
const STAMP_KEY = Symbol.for('intersessional-planner.public-stamp')

/** How often the stamp is read (public-stamp.ts); a stamp older than three readings is not trusted. */
export const STAMP_INTERVAL_MS = 5_000
const STAMP_TRUSTED_MS = 3 * STAMP_INTERVAL_MS
const KEPT_AT_MOST_MS = 60_000
const KEPT_AT_MOST = 256

/**
 * `headers`: every header of the answer but its ETag and length; a "not modified" answer sends only
 * those of them that describe the copy (NOT_MODIFIED_HEADERS).
 * @typedef {{ body: Uint8Array, etag: string, headers: Record<string, string>, freshUntil: number }} PageToKeep
 * @typedef {PageToKeep & { keptAt: number, stamp: string | null }} KeptPage
 */

/** The headers a "not modified" answer repeats (RFC 9110, 15.4.5). */
export const NOT_MODIFIED_HEADERS = ['Cache-Control', 'Content-Location', 'Date', 'Expires', 'Last-Modified', 'Vary']

/** @type {Map<string, KeptPage>} */
const pages = (/** @type {any} */ (globalThis)[KEY] ??= new Map())
/** @type {{ value: string | null, readAt: number }} */
const stamp = (/** @type {any} */ (globalThis)[STAMP_KEY] ??= { value: null, readAt: 0 })

const WATCH_KEY = Symbol.for('intersessional-planner.public-stamp-watch')

/**
 * How the server starts reading the stamp (instrumentation.ts registers public-stamp.ts's watch): at
 * the first page kept, not at start, so that a server with no public reader does not read it.
 * @param {() => void} start
 */
export function registerStampWatch(start) {
  /** @type {any} */ (globalThis)[WATCH_KEY] = start
}

/** @param {string} address @param {PageToKeep} page @param {number} now */
export function keepPage(address, page, now = Date.now()) {
  pages.delete(address)
  pages.set(address, { ...page, keptAt: now, stamp: stamp.value })
  // The oldest kept first: a bound however many releases, languages and files are asked for.
  for (const oldest of pages.keys()) {
    if (pages.size <= KEPT_AT_MOST) break
    pages.delete(oldest)
  }
  const startWatch = /** @type {(() => void) | undefined} */ (/** @type {any} */ (globalThis)[WATCH_KEY])
  startWatch?.()
}

/**
 * The page while it may be answered from here (see above), else undefined: the request goes on to
 * Next.js, which serves it from its cache and renders it again if it is past its revalidation time.
 * @param {string} address @param {number} now
 * @returns {KeptPage | undefined}
 */
export function freshPage(address, now = Date.now()) {
  const kept = pages.get(address)
  if (!kept) return undefined
  if (now < kept.freshUntil) return kept
  const unchanged = kept.stamp !== null && kept.stamp === stamp.value && now - stamp.readAt < STAMP_TRUSTED_MS
  return unchanged && now - kept.keptAt < KEPT_AT_MOST_MS ? kept : undefined
}

/** A page was renewed (a publication on this server): nothing is answered from here until pages are stored again. */
export function forgetPages() {
  pages.clear()
}

/**
 * The stamp of what the public pages show, as just read from the database. Returns whether it changed
 * (the kept pages are then forgotten).
 * @param {string} value @param {number} now
 */
export function noteStamp(value, now = Date.now()) {
  const changed = stamp.value !== null && stamp.value !== value
  if (changed) pages.clear()
  stamp.value = value
  stamp.readAt = now
  return changed
}
