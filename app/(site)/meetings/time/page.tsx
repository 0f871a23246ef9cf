import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden } from 'next/navigation'
import { PrintButton } from '@/components/meeting-time/print-button'
import { TimeChart } from '@/components/meeting-time/time-chart'
import { TimeYearsTables } from '@/components/meeting-time/time-years-table'
import styles from '@/components/meeting-time/meeting-time.module.css'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getLocale, getT } from '@/lib/i18n/server'
import { timeOfEveryYear } from '@/lib/meeting-time/queries'
import { tableLabel } from '@/lib/meeting-time/words'
import { TIME_TABLES, type TimeTableId } from '@/lib/programme'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.time') }
}

type Props = { searchParams: Promise<{ by?: string | string[] }> }

// Every year in the database, drafts included: for the Coordinating Committee and the ISU, as /meetings.
export default async function MeetingTimePage({ searchParams }: Props) {
  const user = await requireUser('/meetings/time')
  if (!can(user, 'programme.viewDraft')) forbidden()
  const by = (await searchParams).by
  const table: TimeTableId = TIME_TABLES.find((candidate) => candidate.id === by)?.id ?? 'committee'
  const [t, locale, years] = await Promise.all([getT(), getLocale(), timeOfEveryYear(db())])
  return (
    <div className="meeting-time-page">
      <div className="page-head">
        <div>
          <h1>{t('meetingTime.page.title')}</h1>
          <p className="muted">{t('meetingTime.page.intro')}</p>
        </div>
        <div className={`button-row ${styles.noPrint}`}>
          <a className="button secondary" href="/meetings/time.csv" download>
            {t('meetingTime.page.csv')}
          </a>
          <PrintButton className="secondary" label={t('meetingTime.page.print')} />
        </div>
      </div>
      {years.length === 0 ? (
        <p className="card empty-state">{t('meetingTime.page.empty')}</p>
      ) : (
        <>
          <nav aria-label={t('meetingTime.page.show')} className={styles.noPrint}>
            <ul className={styles.choices}>
              {TIME_TABLES.map((choice) => (
                <li key={choice.id}>
                  <Link href={`/meetings/time?by=${choice.id}`} aria-current={choice.id === table ? 'page' : undefined}>
                    {tableLabel(t, choice.id)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <TimeChart t={t} locale={locale} years={years} table={table} />
          <TimeYearsTables t={t} locale={locale} years={years} />
          <details className="small">
            <summary>{t('meetingTime.how')}</summary>
            <p>{t('meetingTime.howText')}</p>
          </details>
        </>
      )}
    </div>
  )
}
