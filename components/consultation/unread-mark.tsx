'use client'
// The "New" mark of a thread with notifications the person has not read; pressing it marks them read.
import { useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { useT } from '@/components/i18n'
import { markReadAction } from '@/lib/notifications/actions'
import styles from './consultation.module.css'

export function UnreadMark({ notificationIds }: { notificationIds: string[] }) {
  const t = useT()
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  return (
    <button
      type="button"
      className={styles.unread}
      title={t('consultationLoop.newMarkLabel')}
      aria-label={`${t('consultationLoop.newMark')}: ${t('consultationLoop.markRead')}`}
      disabled={pending}
      data-testid="thread-unread"
      onClick={() =>
        startTransition(async () => {
          await markReadAction({ ids: notificationIds })
          router.refresh()
        })
      }
    >
      {t('consultationLoop.newMark')}
    </button>
  )
}
