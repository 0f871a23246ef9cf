'use client'
import { signOut } from 'next-auth/react'
import { useT } from './i18n'

export function SignOutButton() {
  const t = useT()
  return (
    <button type="button" className="secondary" onClick={() => signOut({ callbackUrl: '/signin' })}>
      {t('nav.signOut')}
    </button>
  )
}
