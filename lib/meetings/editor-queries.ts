// What the editor page reads besides the programme itself.
import 'server-only'
import { countThreadsByItem } from '@/lib/comments/queries'
import { listRounds } from '@/lib/consultation/queries'
import { db, type Db } from '@/lib/db'
import { genevaDate } from '@/lib/i18n/dates'
import type { StoredProgramme } from '@/lib/programme-store'
import { parseProgramme } from '@/lib/programme/parse'
import { checkProgrammeReport } from '@/lib/rules'
import { documentOf } from './editor-model'
import { editorProgrammeOf } from './editor-rows'

/** A closed round as the format decision names it: the day it closed (Geneva), how, and the start of its message. */
export type ClosedRound = { id: string; closedOn: string; outcome: string | null; excerpt: string }

/** Closed consultation rounds of a programme (a round past its deadline is closed), to link from the format decision. */
export async function closedRoundsOf(database: Db, programmeId: string): Promise<ClosedRound[]> {
  const rounds = (await listRounds(database, programmeId)).filter((r) => r.status === 'closed')
  return rounds.map((r) => ({ id: r.id, closedOn: genevaDate(new Date(r.closedAt ?? r.deadline)), outcome: r.outcome, excerpt: r.message.slice(0, 60) }))
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
