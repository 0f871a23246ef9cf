// Next.js's cache handler (next.config.js `cacheHandler`): Next.js's own file-system cache, kept in
// memory only (`isrFlushToDisk: false`: a restarted server renders from its database again), which
// gives every page it stores the headers that a page served to everyone needs:
// - its Content-Security-Policy, allowing its inline scripts by their hashes: a cached page cannot
//   carry the per-request nonce of the other pages (lib/security/content-security-policy.ts);
// - Last-Modified, the moment it was rendered, beside the ETag Next.js gives it;
// - Vary: Cookie, Accept-Language, since proxy.ts chooses the page's language from the reader's cookie or browser;
// - its ETag, computed once here: Next.js would hash the whole page again for every request (about
//   1.5 ms of CPU for a 130 kB page, the largest single cost of answering it), so next.config.js sets
//   `generateEtags: false` (no other page of the application is given one: they are rendered per request).
// Only pages rendered once for everyone are stored here (the public programme pages, app/published):
// every other page reads the session and is rendered for each request.
import crypto from 'node:crypto'
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import cacheControlHeader from 'next/dist/server/lib/cache-control.js'
import { forgetPages, keepPage } from './publication/kept-pages.mjs'
import { cachedPagePolicy } from './security/policy-directives.mjs'

const FileSystemCache = fileSystemCache.default ?? fileSystemCache

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi

/**
 * The CSP hashes ('sha256-…') of the inline scripts of an HTML page, in order, without repeats.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(SCRIPT_ELEMENT)) {
    if (/\bsrc\s*=/i.test(attributes ?? '')) continue
    hashes.add(`sha256-${crypto.createHash('sha256').update(body ?? '', 'utf8').digest('base64')}`)
  }
  return [...hashes]
}

const SCRIPT_PRELOAD = /<link\b[^>]*(?:\bas="script"|\brel="modulepreload")[^>]*>/gi

/**
 * A public programme page as it is served: the HTML React rendered, without Next.js's scripts (its
 * runtime, the page's data for it and their preloads): the page is a document, read the same with or
 * without them, and a phone need not fetch and run 110 kB of framework to show it. What the page does
 * in the browser is done by the one script it names itself, marked `data-page-script`
 * (public/scripts/public-page.js): every other script goes.
 * @param {string} html
 */
export function documentOnly(html) {
  return html.replace(SCRIPT_ELEMENT, (element, attributes) => (/\bdata-page-script\b/.test(attributes ?? '') ? element : '')).replace(SCRIPT_PRELOAD, '')
}

/** As Next.js answers a cached page: its data (RSC) and its HTML share an address; the language comes from the cookie or the browser. */
const KEPT_PAGE_VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Cookie, Accept-Language'

/** The internal root of the public programme pages (lib/publication/public-pages.ts's PUBLISHED_PAGES). */
const PUBLISHED_PAGES = '/published/'

/**
 * The headers a cached page is served with, added to those Next.js stored.
 * @param {string} html
 * @param {Date} renderedAt
 */
export function cachedPageHeaders(html, renderedAt) {
  return {
    etag: `"${crypto.createHash('sha256').update(html, 'utf8').digest('base64url').slice(0, 27)}"`,
    'content-security-policy': cachedPagePolicy(inlineScriptHashes(html)),
    'last-modified': renderedAt.toUTCString(),
    vary: 'Cookie, Accept-Language',
  }
}

/**
 * The page's address in a cache key: Next.js keys a page's entry `/route-cache/APP_PAGE/<build>/$/published/fr/2025`.
 * @param {string} key
 */
export const pageAddress = (key) => /\/\$(\/.*)$/.exec(key)?.[1] ?? key

export default class CachedPages extends FileSystemCache {
  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    // The same headers object is the one this first answer is sent with: changed in place.
    if (data?.kind === 'APP_PAGE' && typeof data.html === 'string' && data.headers) {
      // The same value is the one this first answer is sent from: every reader gets the document only.
      // Not a "not found": Next.js sends it as an empty shell that its runtime fills in the browser.
      if (pageAddress(key).startsWith(PUBLISHED_PAGES) && (data.status ?? 200) === 200) data.html = documentOnly(data.html)
      const renderedAt = new Date()
      const headers = cachedPageHeaders(data.html, renderedAt)
      Object.assign(data.headers, headers)
      // What proxy.ts answers by itself while the page is fresh (lib/publication/kept-pages.mjs).
      const revalidate = ctx?.cacheControl?.revalidate
      if (typeof revalidate === 'number' && revalidate > 0 && (data.status ?? 200) === 200) {
        keepPage(pageAddress(key), {
          body: Buffer.from(data.html, 'utf8'),
          etag: headers.etag,
          headers: {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy': headers['content-security-policy'],
            'Last-Modified': headers['last-modified'],
            'Cache-Control': cacheControlHeader.getCacheControlHeader(ctx.cacheControl),
            Vary: KEPT_PAGE_VARY,
          },
          freshUntil: renderedAt.getTime() + revalidate * 1000,
        })
      }
    }
    return super.set(key, data, ctx)
  }

  /** A publication renews the pages (revalidatePath): the kept ones, and a browser's copy, are no longer current. */
  /** @param {any[]} args */
  async revalidateTag(...args) {
    forgetPages()
    return super.revalidateTag(...args)
  }
}
