// Reading a programme for what leaves the application (public page, PDF, calendar, JSON). The
// callers decide who may see it; these functions only read.
import 'server-only'
import { digitsFor, type ArabicDigits } from '@/lib/i18n/digits'
import type { Db } from '@/lib/db'
import { documentFromProgramme } from '@/lib/meetings/documents'
import { NotFound } from '@/lib/failures'
import { findProgrammeByYear, type ProgrammeHead } from '@/lib/programme-store'
import type { Programme } from '@/lib/programme'
import { genevaDate } from '@/lib/i18n/dates'

/** What decides access and caching, read without the days and items. */
export type PublicationHead = ProgrammeHead

export type Publication = PublicationHead & {
  programme: Programme
  /** The symbol the ISU set for the year; null when none. */
  symbol: string | null
  /** The day of issue in Geneva, `YYYY-MM-DD`: publication (or approval) of the revision, else the last change. */
  issuedOn: string
  /** The digits of the Arabic PDF, as the ISU chose for the year. */
  arabicDigits: ArabicDigits
}


/** The whole programme in the interchange format, with its day of issue; null when the year has none. */
export async function findPublication(db: Db, year: number): Promise<Publication | null> {
  const row = await findProgrammeByYear(db, year)
  if (!row) return null
  const head: PublicationHead = { id: row.id, year: row.year, status: row.status, revision: row.revision, version: row.version, updatedAt: row.updatedAt, symbol: row.symbol }
  return { ...head, programme: documentFromProgramme(row), issuedOn: await issuedOn(db, head), arabicDigits: digitsFor('ar', row.arabicDigits) }
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
  if (!publication) throw new NotFound('programmeGone')
  return publication
}
