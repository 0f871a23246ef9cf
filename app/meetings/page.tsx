import type { Metadata } from 'next'
import { forbidden } from 'next/navigation'
import { ProgrammeTable } from '@/components/programme-table'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'
import { listProgrammes } from '@/lib/meetings/queries'

export const metadata: Metadata = { title: 'Programmes' }

export default async function MeetingsPage() {
  const user = await requireUser('/meetings')
  if (!can(user, 'programme.viewDraft')) forbidden()
  const t = await getT()
  const programmes = await listProgrammes(db(), { publishedOnly: false })
  return (
    <>
      <h1>{t('programmes.title')}</h1>
      <p className="muted" data-testid="role-intro">
        {t(`home.${user.role}`)}
      </p>
      {programmes.length ? <ProgrammeTable t={t} programmes={programmes} hrefFor={(y) => `/meetings/${y}`} /> : <p>{t('programmes.empty')}</p>}
    </>
  )
}
