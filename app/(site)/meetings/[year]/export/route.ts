// The programme of a year as a file in the interchange format (programme-format.md): what the
// command-line checker reads and the creation form imports. Drafts for the Coordinating Committee
// and the ISU; a published programme for anyone. Who may not read a draft gets 404, as for a year
// without a programme: a draft's existence is not theirs to learn.
import { currentUser } from '@/lib/auth/session'
import { getT } from '@/lib/i18n/server'
import { documentFromProgramme } from '@/lib/meetings/documents'
import { visibleProgramme } from '@/lib/meetings/visible'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const programme = await visibleProgramme((await params).year, await currentUser(), { published: 'public' })
  if (!programme) {
    const t = await getT()
    return new Response(`${t('errors.notFound')}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
  }
  return new Response(`${JSON.stringify(documentFromProgramme(programme), null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="intersessional-programme-${programme.year}.json"`,
      // A draft changes and is not for shared caches.
      'Cache-Control': programme.status === 'published' ? 'public, max-age=0, must-revalidate' : 'private, no-store',
    },
  })
}
