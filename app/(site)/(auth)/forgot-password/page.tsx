import type { Metadata } from 'next'
import Link from 'next/link'
import { ForgotPasswordForm } from '@/components/people/password-link-forms'
import { getT } from '@/lib/i18n/server'
import { ClientMessages } from '@/components/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.forgotPassword') }
}

export default async function ForgotPasswordPage() {
  const t = await getT()
  return (
    <ClientMessages namespaces={['people', 'errors']}>
      <div className="card narrow">
        <h1>{t('people.forgot.title')}</h1>
        <p className="muted">{t('people.forgot.intro')}</p>
        <ForgotPasswordForm />
        <p>
          <Link href="/signin">{t('people.accept.signIn')}</Link>
        </p>
      </div>
    </ClientMessages>
  )
}
