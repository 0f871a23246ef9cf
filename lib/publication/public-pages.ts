// The public programme pages (/programme/YEAR and /programme/YEAR/releases/N) are rendered once per
// release and language and served from Next.js's cache like static files. Their address carries no
// language, so proxy.ts rewrites each request to an internal address that does
// (/published/LANGUAGE/YEAR…), chosen from the reader's cookie as every other page chooses it; the
// pages under app/published read nothing of the request.
//
// Renewal: a publication on this server renews every cached public page at once (PUBLISHED_PAGES,
// revalidated by the publish action); a publication on another server of the same database reaches
// this one within 5 s: the stamp of what the public pages show, read every 5 s, changes
// (public-stamp.ts), the kept copies are forgotten, and the next request is answered from Next.js's
// cache while the page, past its revalidation time (5 s, `revalidate` in app/published), is rendered again.
import type { PageLanguage } from '@/lib/i18n/page-language'
import { forgetPages } from './kept-pages.mjs'
import { forgetReleases } from './release-memo'

/** The internal root of the cached public pages, revalidated when a release is published. */
export const PUBLISHED_PAGES = '/published'

/**
 * What this server does once a change of what the public pages show is committed (a publication, the
 * year's symbol or digits): it looks the releases up again, forgets the pages it kept, and returns the
 * addresses Next.js renders anew (revalidatePath, in the action's pipeline).
 */
export function renewPublicPages(): readonly string[] {
  forgetReleases()
  forgetPages()
  return [PUBLISHED_PAGES]
}

const PUBLIC_PAGE = /^\/programme\/([^/]+)(?:\/releases\/([^/]+))?\/?$/

/** The internal address of a public programme page in a language, or null when the path is none. */
export function publishedPageAddress(pathname: string, locale: PageLanguage): string | null {
  const match = PUBLIC_PAGE.exec(pathname)
  if (!match) return null
  const [, year, number] = match
  return `${PUBLISHED_PAGES}/${locale}/${year}${number === undefined ? '' : `/releases/${number}`}`
}
