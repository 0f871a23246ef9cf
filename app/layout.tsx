import type { Metadata } from 'next'
import { ClientMessages } from '@/components/client-messages'
import { SiteHeader, type NavLink } from '@/components/site-header'
import { can } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { translator } from '@/lib/i18n'
import { getDirection, getLocale, getMessages } from '@/lib/i18n/server'
import { countUnread } from '@/lib/notifications'
import { arabic, sans } from './fonts'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Intersessional Planner', template: '%s · Intersessional Planner' },
  description: 'Programmes of the Intersessional Meetings of the Anti-Personnel Mine Ban Convention',
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale()
  const [messages, dir] = await Promise.all([getMessages(), getDirection()])
  const t = translator(messages)
  const user = await currentUser()
  const links: NavLink[] = []
  if (can(user, 'programme.viewDraft')) links.push({ href: '/meetings', label: t('nav.programmes') })
  links.push({ href: '/programme', label: t('nav.published') })
  if (can(user, 'users.manage')) links.push({ href: '/admin/users', label: t('nav.users') })
  if (can(user, 'outbox.read')) links.push({ href: '/admin/outbox', label: t('notifications.outboxTitle') })
  if (user) links.push({ href: '/profile', label: t('people.nav.profile') })
  const unread = user ? await countUnread(db(), user.id) : 0
  return (
    <html lang={locale} dir={dir} className={`${sans.variable} ${arabic.variable}`}>
      <body>
        <ClientMessages namespaces={['nav', 'publication']}>
          <a className="skip-link" href="#main">
            {t('app.skipToContent')}
          </a>
          <SiteHeader t={t} user={user} links={links} unread={unread} />
          <main id="main">{children}</main>
        </ClientMessages>
      </body>
    </html>
  )
}
