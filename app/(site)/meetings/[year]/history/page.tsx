import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { HistoryList } from '@/components/workflow/history-list'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getLocale, getT } from '@/lib/i18n/server'
import { visibleProgramme } from '@/lib/meetings/visible'
import { listHistory } from '@/lib/workflow/history'

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ before?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.history', { year: (await params).year }) }
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const { year } = await params
  const { before } = await searchParams
  const user = await requireUser(`/meetings/${year}/history`)
  const programme = await visibleProgramme(year, user)
  if (!programme) notFound()
  if (!can(user, 'programme.viewDraft', programme)) forbidden()
  const [t, locale] = await Promise.all([getT(), getLocale()])
  const { events, nextCursor } = await listHistory(db(), programme.id, { before: typeof before === 'string' ? before : undefined })
  return (
    <>
      <h1>
        {t('history.title')} — {programme.title} {programme.year}
      </h1>
      <p className="muted">{t('history.intro')}</p>
      {events.length ? <HistoryList t={t} locale={locale} events={events} /> : <p>{t('history.empty')}</p>}
      <p>
        {before && <Link href={`/meetings/${year}/history`}>{t('history.newest')}</Link>}{' '}
        {nextCursor && <Link href={`/meetings/${year}/history?before=${nextCursor}`}>{t('history.older')}</Link>}
      </p>
    </>
  )
}
