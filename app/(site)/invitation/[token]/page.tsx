import type { Metadata } from 'next'
import Link from 'next/link'
import { AcceptInvitationForm } from '@/components/people/accept-invitation-form'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { getT } from '@/lib/i18n/server'
import { invitationOfLink } from '@/lib/people/queries'
import { SsoButton } from '@/components/people/sso-button'
import { ClientMessages } from '@/components/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.invitation'), referrer: 'no-referrer' }
}

// The link of an invitation's e-mail: reading it changes nothing (the form accepts it).
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const [t, invitation] = await Promise.all([getT(), invitationOfLink(db(), token)])
  const e = env()
  const state = invitation?.state ?? 'invalid'
  return (
    <ClientMessages namespaces={['people', 'errors']}>
      <div className="card narrow">
        <h1>{t('people.accept.title')}</h1>
        {invitation && state === 'pending' ? (
          <>
            <p>
              {t('people.accept.intro', {
                what: invitation.year === null ? t(`roles.${invitation.role}`) : t('people.mail.roleOfYear', { role: t(`roles.${invitation.role}`), year: invitation.year }),
                email: invitation.email,
              })}
            </p>
            <AcceptInvitationForm token={token} name={invitation.name} />
            {e.OIDC_ISSUER && <SsoButton id="oidc" label={t('people.accept.sso', { name: e.OIDC_NAME })} />}
          </>
        ) : (
          <p role="alert">
            {t(`people.accept.${state === 'pending' ? 'invalid' : state}`)} {state === 'accepted' && <Link href="/signin">{t('people.accept.signIn')}</Link>}
          </p>
        )}
      </div>
    </ClientMessages>
  )
}
