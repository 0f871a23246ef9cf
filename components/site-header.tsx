import Link from 'next/link'
import type { Translate } from '@/lib/i18n'
import type { SessionUser } from '@/lib/auth/user'
import { signedInAs } from '@/lib/site-header'
import { HeaderMenu } from './header-menu'
import { LanguageSwitcher } from './language-switcher'
import notificationStyles from './notifications/notifications.module.css'
import { SignOutButton } from './sign-out-button'

export type NavLink = { href: string; label: string }

/** Who is signed in; null: no one; undefined: not known yet (the public pages ask from the browser). */
type Person = Pick<SessionUser, 'name' | 'role' | 'admin'> | null | undefined

export function SiteHeader({ t, user, links, unread = 0 }: { t: Translate; user: Person; links: NavLink[]; unread?: number }) {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {t('app.name')}
      </Link>
      <HeaderMenu label={t('timetable.menu')}>
        <nav aria-label={t('i11pseudo.mainNavigation')}>
          <ul>
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <LanguageSwitcher />
          {user ? (
            <>
              <Link href="/notifications" data-testid="notifications-link">
                {t('notifications.link')}
                {unread > 0 && (
                  <>
                    <span className={notificationStyles.badge} aria-hidden="true" data-testid="unread-badge">
                      {unread}
                    </span>
                    <span className="sr-only">{t('notifications.unreadSuffix', { count: unread })}</span>
                  </>
                )}
              </Link>
              <span data-testid="signed-in-as">
                {signedInAs(t, user)}
              </span>
              <SignOutButton />
            </>
          ) : user === null ? (
            <Link href="/signin">{t('nav.signIn')}</Link>
          ) : null}
        </div>
      </HeaderMenu>
    </header>
  )
}
