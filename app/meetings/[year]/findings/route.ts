// The rulebook's findings of a year's programme as JSON (the same code as the editor and the
// approval gate): for tools, and for the benchmark of the server's checking.
import { canView } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { documentFromProgramme } from '@/lib/meetings/documents'
import { findProgrammeByYear } from '@/lib/meetings/queries'
import { checkParsedProgramme } from '@/lib/rules'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params
  const programme = /^\d{4}$/.test(year) ? await findProgrammeByYear(db(), Number(year)) : null
  if (!programme) return Response.json({ error: 'No programme for this year.' }, { status: 404 })
  if (!canView(await currentUser(), programme)) return Response.json({ error: 'Your role does not allow you to read this programme.' }, { status: 403 })
  const findings = checkParsedProgramme(documentFromProgramme(programme))
  return Response.json(
    { year: programme.year, status: programme.status, revision: programme.revision, findings },
    { headers: { 'Cache-Control': 'private, no-store' } },
  )
}
