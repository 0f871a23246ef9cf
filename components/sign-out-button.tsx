'use client'
import { useRouter } from 'next/navigation'
import { useT } from './i18n'

// Signs out through next-auth's own endpoint (a POST with its CSRF token), without shipping
// next-auth's client library to every page.
export function SignOutButton() {
  const t = useT()
  const router = useRouter()
  const signOut = async () => {
    const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string }
    await fetch('/api/auth/signout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken, callbackUrl: '/signin', json: 'true' }),
    })
    router.replace('/signin')
    router.refresh()
  }
  return (
    <button type="button" className="secondary" onClick={signOut}>
      {t('nav.signOut')}
    </button>
  )
}
