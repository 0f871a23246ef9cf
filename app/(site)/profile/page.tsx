import type { Metadata } from 'next'
import { LanguageSwitcher } from '@/components/language-switcher'
import { NameForm, PasswordForm } from '@/components/people/profile-forms'
import { requireUser } from '@/lib/auth/session'
import { getT } from '@/lib/i18n/server'
import { ClientMessages } from '@/components/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.profile') }
}

export default async function ProfilePage() {
  const user = await requireUser('/profile')
  const t = await getT()
  const years = Object.entries(user.years ?? {}).sort(([a], [b]) => Number(b) - Number(a))
  return (
    <ClientMessages namespaces={['people', 'errors']}>
      <div className="card narrow">
        <h1>{t('people.profile.title')}</h1>
        <dl>
          <dt>{t('people.profile.email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('people.profile.roles')}</dt>
          <dd data-testid="profile-roles">
            {[`${t('people.roleStanding')}: ${t(`roles.${user.role}`)}${user.admin ? `, ${t('roles.admin')}` : ''}`, ...years.map(([year, role]) => `${year}: ${t(`roles.${role}`)}`)].join(' · ')}
          </dd>
        </dl>
        <NameForm name={user.name} />
        <h2>{t('people.profile.language')}</h2>
        <LanguageSwitcher />
        <h2>{t('people.profile.passwordTitle')}</h2>
        <PasswordForm />
      </div>
    </ClientMessages>
  )
}
