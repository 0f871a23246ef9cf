import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden } from 'next/navigation'
import { YearsTable } from '@/components/years-table'
import { can, canView } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getLocale, getT } from '@/lib/i18n/server'
import { listYears } from '@/lib/meetings/years'
import { ClientMessages } from '@/components/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.programmes') }
}

// The working list of the Coordinating Committee and the ISU; observers read /programme.
export default async function MeetingsPage() {
  const user = await requireUser('/meetings')
  if (!can(user, 'programme.viewDraft')) forbidden()
  const [t, locale, years] = await Promise.all([getT(), getLocale(), listYears(db())])
  const mayCreate = can(user, 'programme.create')
  return (
    <ClientMessages namespaces={['years', 'comments']}>
      <div className="page-head">
        <div>
          <h1>{t('programmes.title')}</h1>
          <p className="muted" data-testid="role-intro">
            {t(`home.${user.role}`)}
          </p>
        </div>
        {mayCreate && (
          <Link href="/meetings/new" className="button">
            {t('years.new')}
          </Link>
        )}
      </div>
      {years.length ? (
        <>
          <YearsTable t={t} locale={locale} years={years.filter((y) => canView(user, y))} mayDelete={(p) => can(user, 'programme.delete', p)} />
          <p className="muted small">{t('years.findingsNote')}</p>
          <p>
            <Link href="/meetings/time">{t('meetingTime.page.link')}</Link> · <Link href="/meetings/states">{t('states.page.link')}</Link> · <Link href="/meetings/actions">{t('actionPlan.link')}</Link>
          </p>
        </>
      ) : (
        <div className="card empty-state">
          <p>{t('programmes.empty')}</p>
          {mayCreate && <p>{t('years.emptyCreate')}</p>}
        </div>
      )}
    </ClientMessages>
  )
}
