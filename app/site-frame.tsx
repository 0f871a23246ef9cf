import { ClientMessages, type Namespace } from '@/components/client-messages'
import { SiteHeader } from '@/components/site-header'
import { currentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { translator } from '@/lib/i18n/languages'
import { getDirection, getLocale, getMessages } from '@/lib/i18n/server'
import { countUnread } from '@/lib/notifications'
import { navigationFor } from '@/lib/site-header'
import { arabic, sans } from './fonts'
import './globals.css'

// The document of the application's pages, rendered for each request: the header shows who is
// signed in. Used by the application's root layout (app/(site)/layout.tsx) and by the page of an
// address that matches no route (app/global-not-found.tsx). The public programme pages have their
// own root layout (app/published), which reads no session.
export async function SiteFrame({ namespaces, children }: { namespaces: readonly Namespace[]; children: React.ReactNode }) {
  const locale = await getLocale()
  const [messages, dir] = await Promise.all([getMessages(), getDirection()])
  const t = translator(messages)
  const user = await currentUser()
  const links = navigationFor(user).map((link) => ({ href: link.href, label: t(link.label) }))
  const unread = user ? await countUnread(db(), user.id) : 0
  return (
    <html lang={locale} dir={dir} className={`${sans.variable} ${arabic.variable}`}>
      <body>
        <ClientMessages namespaces={namespaces}>
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
