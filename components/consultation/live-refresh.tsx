'use client'
// Short polling: while the page is in view, it asks the server for a fresh render every few seconds,
// so new comments and answers appear without reloading (no second server, no open connection).
// A refresh keeps what the person is typing: the forms are client components, their state stays.
import { useEffect } from 'react'
import { useRouter } from 'next/navigation'
import { useT } from '@/components/i18n'

export const LIVE_INTERVAL_MS = 5_000

export function LiveRefresh({ intervalMs = LIVE_INTERVAL_MS }: { intervalMs?: number }) {
  const t = useT()
  const router = useRouter()
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') router.refresh()
    }
    const timer = window.setInterval(tick, intervalMs)
    document.addEventListener('visibilitychange', tick)
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', tick)
    }
  }, [router, intervalMs])
  return (
    <p className="muted small" data-testid="live">
      {t('consultationLoop.live')}
    </p>
  )
}
