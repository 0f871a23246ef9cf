// What the editor page reads besides the programme itself.
import 'server-only'
import { countThreadsByItem } from '@/lib/comments/queries'
import { listRounds } from '@/lib/consultation/queries'
import { db, type Db } from '@/lib/db'
import type { StoredProgramme } from '@/lib/programme-store'
import { parseProgramme } from '@/lib/programme/parse'
import { checkProgrammeReport } from '@/lib/rules'
import { documentOf } from './editor-model'
import { editorProgrammeOf } from './editor-rows'

/** Closed consultation rounds of a programme (a round past its deadline is closed), to link from the format decision. */
export async function closedRoundsOf(database: Db, programmeId: string) {
  const rounds = (await listRounds(database, programmeId)).filter((r) => r.status === 'closed')
  return rounds.map((r) => ({
    id: r.id,
    label: `${(r.closedAt ?? r.deadline).slice(0, 10)} — ${r.outcome === 'agreed' ? 'agreed' : r.outcome === 'silence-broken' ? 'silence broken' : 'closed'}: ${r.message.slice(0, 60)}`,
  }))
}

/** Everything the editor page shows of a programme read for it. */
export async function editorPageOf(row: StoredProgramme) {
  const [closedRounds, commentCounts] = await Promise.all([closedRoundsOf(db(), row.id), countThreadsByItem(db(), row.id)])
  const programme = editorProgrammeOf(row)
  // The schema's findings when the saved programme fails it (rare): the browser's editor loads the
  // schema only with its forms and checks a valid programme without it.
  const document = documentOf(programme)
  const schemaReport = parseProgramme(document).ok ? null : checkProgrammeReport(document)
  return { programme, closedRounds, commentCounts, schemaReport }
}
