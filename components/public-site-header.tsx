'use client'
// The header of the public programme pages. Those pages are cached, the same HTML for everyone, so
// the signed-in part (links of the person's role, unread notifications, sign out) is asked for from
// the browser once the page is shown.
import { useEffect, useState } from 'react'
import type { HeaderAccount } from '@/lib/site-header'
import { useT } from './i18n'
import { SiteHeader } from './site-header'

const SIGNED_OUT_LINKS = [{ href: '/programme', label: 'nav.published' }] as const

export function PublicSiteHeader() {
  const t = useT()
  // undefined while the answer is awaited: neither "Sign in" nor a name is shown yet.
  const [account, setAccount] = useState<HeaderAccount | null | undefined>(undefined)
  useEffect(() => {
    let shown = true
    fetch('/api/header', { cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<HeaderAccount | null>) : null))
      .catch(() => null)
      .then((answer) => shown && setAccount(answer))
    return () => {
      shown = false
    }
  }, [])
  const links = (account?.links ?? SIGNED_OUT_LINKS).map((link) => ({ href: link.href, label: t(link.label) }))
  return <SiteHeader t={t} user={account} links={links} unread={account?.unread ?? 0} />
}
