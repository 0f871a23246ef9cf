import type { Metadata } from 'next'
import Link from 'next/link'
import { ForgotPasswordForm } from '@/components/people/password-link-forms'
import { getT } from '@/lib/i18n/server'

export const metadata: Metadata = { title: 'Forgotten password' }

export default async function ForgotPasswordPage() {
  const t = await getT()
  return (
    <div className="card narrow">
      <h1>{t('people.forgot.title')}</h1>
      <p className="muted">{t('people.forgot.intro')}</p>
      <ForgotPasswordForm />
      <p>
        <Link href="/signin">{t('people.accept.signIn')}</Link>
      </p>
    </div>
  )
}
