// Writing releases: a release is created once, when a revision is published, and never changed.
// Not server-only: the demo's seed and the browser tests' fixtures publish through it too.
import type { Tx } from '@/lib/db'
import { genevaDate } from '@/lib/i18n/dates'
import { documentSymbol } from '@/lib/programme/document-symbol'
import { findProgrammeById } from '@/lib/programme-store'
import { snapshotOf } from '@/lib/revisions/snapshot'
import { forgetReleases } from './release-memo'

/**
 * Publishes: freezes the approved snapshot of the revision as a release. Called inside the
 * publication's transaction; a release already written for this revision is never replaced.
 */
export async function createRelease(tx: Tx, input: { programmeId: string; number: number; symbol: string | null; snapshot: unknown; now: Date; userId: string }) {
  forgetReleases()
  return tx.release.create({
    data: {
      programmeId: input.programmeId,
      number: input.number,
      symbol: input.symbol?.trim() ?? '',
      issuedOn: genevaDate(input.now),
      snapshot: input.snapshot as object,
      publishedAt: input.now,
      publishedById: input.userId,
    },
    select: { id: true, number: true, issuedOn: true },
  })
}

/**
 * A programme entered as already published (the demo's past year, a past year's programme put in
 * by hand): its working copy is approved and released as it stands, as of `publishedAt`.
 */
export async function releaseAsEntered(tx: Tx, programmeId: string, { publishedAt, userId }: { publishedAt: Date; userId: string }) {
  const row = await findProgrammeById(tx, programmeId)
  if (!row) throw new Error(`No programme ${programmeId}`)
  const snapshot = JSON.parse(JSON.stringify(snapshotOf(row))) as object
  await tx.revision.create({
    data: { programmeId, number: row.revision, symbol: documentSymbol(row.symbol, row.revision).fullSymbol, snapshot, acknowledged: [], createdById: userId, createdAt: publishedAt, publishedAt },
  })
  return createRelease(tx, { programmeId, number: row.revision, symbol: row.symbol, snapshot, now: publishedAt, userId })
}
