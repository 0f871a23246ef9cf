// What the public page of a release shows besides the programme: its revision and day of issue,
// the release it replaces and what changed since, the other releases of the year.
import 'server-only'
import { db } from '@/lib/db'
import type { Locale } from '@/lib/i18n'
import { documentSymbol } from '@/lib/programme/document-symbol'
import { releaseChanges, type ReleaseChanges } from './release-changes'
import { previousOf, releaseAt, type ReleaseAddress } from './release-files'
import { rememberRelease } from './release-memo'
import { listReleases, type Release, type ReleaseSummary } from './releases'

export type ReleaseView = {
  release: Release
  /** The symbol as printed: the ISU's with the revision, the revision alone, or ''. */
  symbol: string
  previous: ReleaseSummary | null
  changes: ReleaseChanges | null
  /** Every release of the year, oldest first. */
  releases: ReleaseSummary[]
  /** The number of the year's latest release (the one /programme/YEAR serves). */
  latest: number
}

export function releaseView(address: ReleaseAddress, locale: Locale): Promise<ReleaseView | null> {
  return rememberRelease(`view ${address.year}/${address.number ?? 'latest'}/${locale}`, () => viewOf(address, locale))
}

async function viewOf(address: ReleaseAddress, locale: Locale): Promise<ReleaseView | null> {
  const release = await releaseAt(address)
  if (!release) return null
  const [previous, releases] = await Promise.all([previousOf(release), listReleases(db(), release.year)])
  return {
    release,
    symbol: documentSymbol(release.symbol, release.number).fullSymbol,
    previous: previous ? { number: previous.number, symbol: previous.symbol, issuedOn: previous.issuedOn, publishedAt: previous.publishedAt } : null,
    changes: previous ? releaseChanges(previous.snapshot, release.snapshot, locale) : null,
    releases,
    latest: releases.at(-1)?.number ?? release.number,
  }
}
