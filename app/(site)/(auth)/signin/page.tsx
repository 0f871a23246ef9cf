import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { safeCallbackUrl } from '@/lib/auth/callback-url'
import { currentUser } from '@/lib/auth/session'
import { env } from '@/lib/env'
import { getT } from '@/lib/i18n/server'
import { SignInForm } from './sign-in-form'
import { ClientMessages } from '@/components/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.signIn') }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const e = env()
  // Only a path of this site; a repeated parameter (an array) or anything else leads home.
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, e.NEXTAUTH_URL)
  if (await currentUser()) redirect(callbackUrl)
  const t = await getT()
  const sso = e.OIDC_ISSUER ? { id: 'oidc', name: e.OIDC_NAME } : null
  return (
    <ClientMessages namespaces={['auth']}>
      <div className="card narrow">
        <h1>{t('auth.title')}</h1>
        <p className="muted">{t('auth.intro')}</p>
        <SignInForm callbackUrl={callbackUrl} sso={sso} />
        <p>
          <Link href="/forgot-password">{t('people.forgot.link')}</Link>
        </p>
      </div>
    </ClientMessages>
  )
}
