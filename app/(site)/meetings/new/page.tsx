import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden } from 'next/navigation'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getLocale, getT } from '@/lib/i18n/server'
import { listYearDates } from '@/lib/meetings/years'
import { CreateProgrammeForm, type SourceYear } from '@/components/meetings/create-form'
import { ClientMessages } from '@/components/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.newProgramme') }
}

export default async function NewProgrammePage() {
  const user = await requireUser('/meetings/new')
  if (!can(user, 'programme.create')) forbidden()
  const [t, locale] = await Promise.all([getT(), getLocale()])
  const sources: SourceYear[] = await listYearDates(db())
  return (
    <ClientMessages namespaces={['create', 'statuses', 'errors', 'rules', 'editor', 'meetingTime']}>
      <div className="create-page">
        <p className="breadcrumb">
          <Link href="/meetings">{t('create.back')}</Link>
        </p>
        <h1>{t('create.title')}</h1>
        <p className="muted lead">{t('create.intro')}</p>
        <CreateProgrammeForm sources={sources} thisYear={new Date().getFullYear()} locale={locale} />
      </div>
    </ClientMessages>
  )
}
