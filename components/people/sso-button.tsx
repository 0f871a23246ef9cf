'use client'
// Accepting an invitation through single sign-on: the account is made with the invitation's role
// when the provider's e-mail is the invited one (lib/auth/accounts).
import { signIn } from 'next-auth/react'

export function SsoButton({ id, label }: { id: string; label: string }) {
  return (
    <p>
      <button type="button" className="secondary" onClick={() => signIn(id, { callbackUrl: '/' })}>
        {label}
      </button>
    </p>
  )
}
