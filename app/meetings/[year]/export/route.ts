// The programme of a year as a file in the interchange format (programme-format.md): what the
// command-line checker reads and the creation form imports. Drafts for the Coordinating Committee
// and the ISU; a published programme for anyone.
import { canView } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'
import { documentFromProgramme } from '@/lib/meetings/documents'
import { findProgrammeByYear } from '@/lib/meetings/queries'

export const dynamic = 'force-dynamic'

const refusal = (status: 403 | 404, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params
  const t = await getT()
  if (!/^\d{4}$/.test(year)) return refusal(404, t('errors.notFound'))
  const programme = await findProgrammeByYear(db(), Number(year))
  if (!programme) return refusal(404, t('errors.notFound'))
  if (programme.status !== 'published' && !canView(await currentUser(), programme)) return refusal(403, t('errors.forbidden'))
  return new Response(`${JSON.stringify(documentFromProgramme(programme), null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="intersessional-programme-${programme.year}.json"`,
      // A draft changes and is not for shared caches.
      'Cache-Control': programme.status === 'published' ? 'public, max-age=0, must-revalidate' : 'private, no-store',
    },
  })
}
