import 'server-only'
// What a person may read of a year: the programme when it is theirs to see, else nothing. Whether a
// draft exists is not for someone who may not read it: the pages and files answer 404 alike.
import { canView } from '@/lib/auth/policy'
import type { SessionUser } from '@/lib/auth/user'
import { yearFromParam } from '@/lib/programme'
import { programmeHeadOfYear, programmeOfYear, type ProgrammeHead, type StoredProgramme } from '@/lib/programme-store'

/**
 * The whole programme of the year in the URL, read once per request, or null (no such year, or not
 * theirs to see). `published: 'public'` lets anyone, signed in or not, have a published programme
 * (its file in the interchange format).
 */
export async function visibleProgramme(yearParam: string, user: SessionUser | null, { published }: { published?: 'public' } = {}): Promise<StoredProgramme | null> {
  const year = yearFromParam(yearParam)
  const programme = year === null ? null : await programmeOfYear(year)
  if (!programme) return null
  return canView(user, programme) || (published === 'public' && programme.status === 'published') ? programme : null
}

/** The same for pages that need only the head (status, version, revision). */
export async function visibleProgrammeHead(yearParam: string, user: SessionUser | null): Promise<ProgrammeHead | null> {
  const year = yearFromParam(yearParam)
  const programme = year === null ? null : await programmeHeadOfYear(year)
  return programme && canView(user, programme) ? programme : null
}
