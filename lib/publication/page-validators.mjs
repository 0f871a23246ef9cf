// The validators of the public pages as they are cached (lib/cached-pages.mjs writes them when a page
// is rendered), by internal address (/published/en/2025), so that proxy.ts can answer a conditional
// request with 304 without the page while it is fresh. One map per process, on globalThis: Next.js
// loads the proxy and the cache handler as separate copies of a module. A few entries: one per
// language, year and release that was asked for.
const KEY = Symbol.for('intersessional-planner.page-validators')

/** @typedef {{ etag: string, lastModified: string, cacheControl: string, freshUntil: number }} PageValidators */

/** @type {Map<string, PageValidators>} */
const validators = (/** @type {any} */ (globalThis)[KEY] ??= new Map())

/** @param {string} address @param {PageValidators} known */
export function rememberValidators(address, known) {
  validators.set(address, known)
}

/**
 * The validators of a cached page while it is fresh, else undefined: past its revalidation time the
 * request goes on to Next.js, which renders it again if the programme changed.
 * @param {string} address @param {number} now
 */
export function freshValidators(address, now = Date.now()) {
  const known = validators.get(address)
  return known && now < known.freshUntil ? known : undefined
}

/** A page was renewed (a publication on this server): nothing is "not modified" until pages are stored again. */
export function forgetValidators() {
  validators.clear()
}
