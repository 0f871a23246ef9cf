import type { Metadata } from 'next'
import { forbidden } from 'next/navigation'
import { StatesTable } from '@/components/states/states-table'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'
import { SHIPPED } from '@/lib/states/list'
import { listStateFacts } from '@/lib/states/records'
import { ClientMessages } from '@/components/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.states') }
}

// For the Coordinating Committee and the ISU (as /meetings); the ISU and the President correct it.
export default async function StatesPage() {
  const user = await requireUser('/meetings/states')
  if (!can(user, 'programme.viewDraft')) forbidden()
  const [t, facts] = await Promise.all([getT(), listStateFacts(db())])
  const count = (status: string) => facts.filter((f) => f.status === status).length
  return (
    <ClientMessages namespaces={['states', 'errors']}>
      <h1>{t('states.page.title')}</h1>
      <p className="muted">{t('states.page.intro')}</p>
      <p data-testid="states-count">{t('states.page.count', { parties: count('state-party'), signatories: count('signatory') })}</p>
      <p className="muted small">{t('states.page.source', { source: SHIPPED.source, asOf: SHIPPED.asOf })}</p>
      <StatesTable facts={facts.filter((f) => f.status !== 'not-party' || f.version !== null)} canEdit={can(user, 'states.edit')} />
    </ClientMessages>
  )
}
