import type { Metadata } from 'next'
import Link from 'next/link'
import { NotificationList } from '@/components/notifications/notification-list'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getLocale, getT } from '@/lib/i18n/server'
import { countUnread, listNotifications } from '@/lib/notifications'
import { ClientMessages } from '@/components/client-messages'
import { readCodedMessage } from '@/lib/coded-message'
import { notificationInWords } from '@/lib/mail/notification-words'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.notifications') }
}

type Props = { searchParams: Promise<{ before?: string }> }

export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requireUser('/notifications')
  const { before } = await searchParams
  const [t, locale] = await Promise.all([getT(), getLocale()])
  const [{ notifications: stored, nextCursor }, unread] = await Promise.all([
    listNotifications(db(), user.id, { before: typeof before === 'string' ? before : undefined }),
    countUnread(db(), user.id),
  ])
  // Titles and bodies are kept as codes and said here, in the reader's language.
  // A body that is no code is a person's own words (a comment's excerpt), in whatever language they wrote it.
  const notifications = stored.map((n) => ({ ...n, title: notificationInWords(n.title, t, locale), body: notificationInWords(n.body, t, locale), bodyAsWritten: !readCodedMessage(n.body) }))
  return (
    <ClientMessages namespaces={['notifications']}>
      <h1>{t('notifications.title')}</h1>
      <p>
        <Link href="/notifications/settings" data-testid="email-settings-link">
          {t('consultationLoop.prefsLink')}
        </Link>
      </p>
      <p className="muted" data-testid="unread-count">
        {t('notifications.unreadCount', { count: unread })}
      </p>
      {notifications.length ? <NotificationList notifications={notifications} unread={unread} /> : <p>{t('notifications.empty')}</p>}
      {nextCursor && <Link href={`/notifications?before=${nextCursor}`}>{t('notifications.older')}</Link>}
    </ClientMessages>
  )
}
