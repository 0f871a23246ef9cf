'use client'
// The user's notifications, newest first; unread ones stand out. Opening one marks it read.
import { useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { markReadAction } from '@/lib/notifications/actions'
import { useLocale, useT } from '@/components/i18n'
import type { NotificationView } from '@/lib/notifications'
import { formatGenevaShort } from '@/lib/i18n/dates'
import styles from './notifications.module.css'

/** `bodyAsWritten`: the body is someone's own words (a comment), shown as written and marked as such (language unknown, not to be translated). */
export function NotificationList({ notifications, unread }: { notifications: (NotificationView & { bodyAsWritten?: boolean })[]; unread: number }) {
  const t = useT()
  const locale = useLocale()
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const open = (n: NotificationView) => (e: React.MouseEvent<HTMLAnchorElement>) => {
    if (n.read || !n.link || e.metaKey || e.ctrlKey || e.shiftKey) return
    e.preventDefault()
    startTransition(async () => {
      await markReadAction({ ids: [n.id] })
      router.push(n.link!)
    })
  }
  return (
    <>
      {unread > 0 && (
        <button type="button" className="secondary" disabled={pending} onClick={() => startTransition(async () => void (await markReadAction({ ids: 'all' })))}>
          {t('notifications.markAllRead')}
        </button>
      )}
      <ol className={styles.list} data-testid="notifications">
        {notifications.map((n) => (
          <li key={n.id} className={n.read ? styles.read : styles.unread} data-testid="notification" data-kind={n.kind}>
            {!n.read && <span className={styles.dot}>{t('notifications.unread')}</span>}
            <div>
              {n.link ? (
                <a href={n.link} onClick={open(n)} className={styles.title}>
                  {n.title}
                </a>
              ) : (
                <span className={styles.title}>{n.title}</span>
              )}
              {n.body && (
                <p className={styles.body} {...(n.bodyAsWritten ? { lang: '', translate: 'no' as const } : {})}>
                  {n.body}
                </p>
              )}
              <time dateTime={n.createdAt} className="muted" suppressHydrationWarning>
                {formatGenevaShort(new Date(n.createdAt), locale)}
              </time>
            </div>
          </li>
        ))}
      </ol>
    </>
  )
}
