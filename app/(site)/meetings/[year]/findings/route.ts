// The rulebook's findings of a year's programme as JSON (the same code as the editor and the
// approval gate): for tools, and for the benchmark of the server's checking. 404 for a year without
// a programme and for a draft the person may not read alike.
import { currentUser } from '@/lib/auth/session'
import { documentFromProgramme } from '@/lib/meetings/documents'
import { visibleProgramme } from '@/lib/meetings/visible'
import { checkParsedProgramme } from '@/lib/rules'

export const dynamic = 'force-dynamic'

// The findings of a programme as read (lib/programme-store keeps it while nothing of it changes): checked once.
const checked = new WeakMap<object, ReturnType<typeof checkParsedProgramme>>()
function findingsOf(programme: Parameters<typeof documentFromProgramme>[0]) {
  let findings = checked.get(programme)
  if (!findings) checked.set(programme, (findings = checkParsedProgramme(documentFromProgramme(programme))))
  return findings
}

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const programme = await visibleProgramme((await params).year, await currentUser())
  if (!programme) return Response.json({ error: 'No programme for this year.' }, { status: 404 })
  const findings = findingsOf(programme)
  return Response.json(
    { year: programme.year, status: programme.status, revision: programme.revision, findings },
    { headers: { 'Cache-Control': 'private, no-store' } },
  )
}
