import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { ProgrammeTabs } from '@/components/programme-tabs'
import { HistoryList } from '@/components/workflow/history-list'
import { WorkflowBar } from '@/components/workflow/workflow-bar'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { processDeadlines } from '@/lib/consultation/deadlines'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'
import { listHistory } from '@/lib/workflow/history'

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ before?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `History ${(await params).year}` }
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const { year } = await params
  const { before } = await searchParams
  const user = await requireUser(`/meetings/${year}/history`)
  if (!can(user, 'programme.viewDraft')) forbidden()
  if (!/^\d{4}$/.test(year)) notFound()
  await processDeadlines(db())
  const programme = await db().programme.findUnique({ where: { year: Number(year) }, select: { id: true, year: true, title: true, status: true, revision: true, version: true } })
  if (!programme) notFound()
  const t = await getT()
  const { events, nextCursor } = await listHistory(db(), programme.id, { before: typeof before === 'string' ? before : undefined })
  return (
    <>
      <h1>
        {t('history.title')} — {programme.title} {programme.year}
      </h1>
      <ProgrammeTabs t={t} year={programme.year} current="history" />
      <WorkflowBar programme={programme} user={user} />
      <p className="muted">{t('history.intro')}</p>
      {events.length ? <HistoryList t={t} events={events} /> : <p>{t('history.empty')}</p>}
      <p>
        {before && <Link href={`/meetings/${year}/history`}>{t('history.newest')}</Link>}{' '}
        {nextCursor && <Link href={`/meetings/${year}/history?before=${nextCursor}`}>{t('history.older')}</Link>}
      </p>
    </>
  )
}
