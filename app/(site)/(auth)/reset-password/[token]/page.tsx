import type { Metadata } from 'next'
import Link from 'next/link'
import { ResetPasswordForm } from '@/components/people/password-link-forms'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'
import { resetLinkState } from '@/lib/people/queries'
import { ClientMessages } from '@/components/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.newPassword'), referrer: 'no-referrer' }
}

// The link of a forgotten password's e-mail: reading it changes nothing (the form uses it).
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const [t, state] = await Promise.all([getT(), resetLinkState(db(), token)])
  return (
    <ClientMessages namespaces={['people', 'errors']}>
      <div className="card narrow">
        <h1>{t('people.reset.title')}</h1>
        {state === 'valid' ? (
          <ResetPasswordForm token={token} />
        ) : (
          <p role="alert">
            {t(`people.reset.${state}`)} <Link href="/forgot-password">{t('people.reset.askAgain')}</Link>
          </p>
        )}
      </div>
    </ClientMessages>
  )
}
