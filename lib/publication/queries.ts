// Reading a programme for what leaves the application (public page, PDF, calendar, JSON). The
// callers decide who may see it; these functions only read.
import type { Db } from '@/lib/db'
import { documentFromProgramme } from '@/lib/meetings/documents'
import { findProgrammeByYear } from '@/lib/meetings/queries'
import type { Programme } from '@/lib/programme'
import { genevaDate } from './dates'

/** What decides access and caching, read without the days and items. */
export type PublicationHead = { id: string; year: number; status: string; revision: number; updatedAt: Date }

export type Publication = PublicationHead & {
  programme: Programme
  /** The day of issue in Geneva, `YYYY-MM-DD`: publication (or approval) of the revision, else the last change. */
  issuedOn: string
}

/** A year as written in a URL: four digits, else null. */
export function yearFromParam(param: string): number | null {
  return /^\d{4}$/.test(param) ? Number(param) : null
}

export async function findPublicationHead(db: Db, year: number): Promise<PublicationHead | null> {
  return db.programme.findUnique({ where: { year }, select: { id: true, year: true, status: true, revision: true, updatedAt: true } })
}

/** The whole programme in the interchange format, with its day of issue; null when the year has none. */
export async function findPublication(db: Db, year: number): Promise<Publication | null> {
  const row = await findProgrammeByYear(db, year)
  if (!row) return null
  const head: PublicationHead = { id: row.id, year: row.year, status: row.status, revision: row.revision, updatedAt: row.updatedAt }
  return { ...head, programme: documentFromProgramme(row), issuedOn: await issuedOn(db, head) }
}

async function issuedOn(db: Db, head: PublicationHead): Promise<string> {
  if (head.status === 'approved' || head.status === 'published') {
    const revision = await db.revision.findFirst({
      where: { programmeId: head.id, number: head.revision },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true, publishedAt: true },
    })
    if (revision) return genevaDate(revision.publishedAt ?? revision.createdAt)
  }
  return genevaDate(head.updatedAt)
}

/** The whole programme of a head just read; throws when it was deleted in between. */
export async function requirePublication(db: Db, head: PublicationHead): Promise<Publication> {
  const publication = await findPublication(db, head.year)
  if (!publication) throw new Error(`The programme of ${head.year} disappeared while it was being read`)
  return publication
}
