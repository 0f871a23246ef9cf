// Time, counted, of every programme in the database as CSV: what /meetings/time shows, for a
// spreadsheet. For the Coordinating Committee and the ISU (drafts are counted); others get 404.
import { can } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'
import { meetingTimeCsv } from '@/lib/meeting-time/csv'
import { timeOfEveryYear } from '@/lib/meeting-time/queries'

export const dynamic = 'force-dynamic'

export async function GET() {
  const user = await currentUser()
  const t = await getT()
  if (!user || !can(user, 'programme.viewDraft')) {
    return new Response(`${t('errors.notFound')}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
  }
  return new Response(meetingTimeCsv(t, await timeOfEveryYear(db())), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="intersessional-meetings-time.csv"',
      'Cache-Control': 'private, no-store',
    },
  })
}
