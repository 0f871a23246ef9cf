'use client'
// One's own name and password. Changing the password ends every session, this one too: sign in again.
import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { changePasswordAction, renameSelfAction } from '@/lib/people/actions'
import { FieldError, Said, useActionForm } from '@/components/use-action-form'

export function NameForm({ name: initial }: { name: string }) {
  const { t, pending, said, fields, submit } = useActionForm()
  const router = useRouter()
  const [name, setName] = useState(initial)
  return (
    <form action={() => submit(() => renameSelfAction({ name }), () => (router.refresh(), t('people.profile.nameSaved')))} noValidate>
      <label htmlFor="profile-name">{t('people.profile.name')}</label>
      <input id="profile-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" aria-invalid={!!fields.name} aria-describedby="profile-name-error" />
      <FieldError id="profile-name-error" text={fields.name} />
      <div>
        <button type="submit" disabled={pending}>
          {t('people.profile.saveName')}
        </button>
      </div>
      <Said said={said} />
    </form>
  )
}

export function PasswordForm() {
  const { t, pending, said, fields, submit } = useActionForm()
  const router = useRouter()
  const [current, setCurrent] = useState('')
  const [password, setPassword] = useState('')
  return (
    <form action={() => submit(() => changePasswordAction({ current, password }), () => (setTimeout(() => router.push('/signin'), 2500), t('people.profile.passwordChanged')))} noValidate>
      <label htmlFor="profile-current">{t('people.profile.current')}</label>
      <input id="profile-current" type="password" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" aria-invalid={!!fields.current} aria-describedby="profile-current-error" />
      <FieldError id="profile-current-error" text={fields.current} />
      <label htmlFor="profile-password">{t('people.profile.newPassword')}</label>
      <input id="profile-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" aria-invalid={!!fields.password} aria-describedby="profile-password-error" />
      <FieldError id="profile-password-error" text={fields.password} />
      <div>
        <button type="submit" disabled={pending}>
          {t('people.profile.changePassword')}
        </button>
      </div>
      <Said said={said} />
    </form>
  )
}
