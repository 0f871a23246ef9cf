'use client'
// The invited person chooses their name and password; then they sign in.
import { useState } from 'react'
import Link from 'next/link'
import { acceptInvitationAction } from '@/lib/people/actions'
import { FieldError, Said, useActionForm } from '@/components/use-action-form'

export function AcceptInvitationForm({ token, name: invitedName }: { token: string; name: string }) {
  const { t, pending, said, fields, submit } = useActionForm()
  const [name, setName] = useState(invitedName)
  const [password, setPassword] = useState('')
  const [done, setDone] = useState(false)
  if (done)
    return (
      <p role="status">
        {t('people.accept.done')} <Link href="/signin">{t('people.accept.signIn')}</Link>
      </p>
    )
  return (
    <form action={() => submit(() => acceptInvitationAction({ token, name, password }), () => (setDone(true), null))} noValidate>
      <label htmlFor="accept-name">{t('people.accept.name')}</label>
      <input id="accept-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" aria-invalid={!!fields.name} aria-describedby="accept-name-error" />
      <FieldError id="accept-name-error" text={fields.name} />
      <label htmlFor="accept-password">{t('people.accept.password')}</label>
      <input id="accept-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" aria-invalid={!!fields.password} aria-describedby="accept-password-error" />
      <FieldError id="accept-password-error" text={fields.password} />
      <div>
        <button type="submit" disabled={pending}>
          {t('people.accept.submit')}
        </button>
      </div>
      <Said said={said} />
    </form>
  )
}
