import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EmailPreferencesForm } from '@/components/consultation/email-preferences'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'
import { emailPreferencesOf } from '@/lib/notifications/preferences'
import { ClientMessages } from '@/components/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.mailSettings') }
}

export default async function EmailSettingsPage() {
  const user = await requireUser('/notifications/settings')
  const current = await emailPreferencesOf(db(), user.id)
  if (!current) notFound()
  const t = await getT()
  return (
    <ClientMessages namespaces={['consultationLoop']}>
      <p className="breadcrumb">
        <Link href="/notifications">{t('notifications.title')}</Link>
      </p>
      <EmailPreferencesForm current={current} titleAs="h1" />
    </ClientMessages>
  )
}
