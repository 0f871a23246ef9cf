'use client'
import { useRouter } from 'next/navigation'
import { signOut } from '@/public/scripts/sign-out.js'
import { useT } from './i18n'

// Signs out through next-auth's own endpoint (public/scripts/sign-out.js, which the public pages use
// too), then shows the sign-in page.
export function SignOutButton() {
  const t = useT()
  const router = useRouter()
  const leave = async () => {
    await signOut()
    router.replace('/signin')
    router.refresh()
  }
  return (
    <button type="button" className="secondary" onClick={leave}>
      {t('nav.signOut')}
    </button>
  )
}
