'use client'
// A forgotten password: asking for the link (the answer is the same whether or not the address has
// an account), and choosing the new password on the link's page.
import { useState } from 'react'
import Link from 'next/link'
import { requestPasswordResetAction, resetPasswordAction } from '@/lib/people/actions'
import { FieldError, Said, useActionForm } from '@/components/use-action-form'

export function ForgotPasswordForm() {
  const { t, pending, said, fields, submit } = useActionForm()
  const [email, setEmail] = useState('')
  return (
    <form action={() => submit(() => requestPasswordResetAction({ email }), () => t('people.forgot.sent'))} noValidate>
      <label htmlFor="forgot-email">{t('people.forgot.email')}</label>
      <input id="forgot-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" aria-invalid={!!fields.email} aria-describedby="forgot-email-error" />
      <FieldError id="forgot-email-error" text={fields.email} />
      <div>
        <button type="submit" disabled={pending}>
          {t('people.forgot.submit')}
        </button>
      </div>
      <Said said={said} />
    </form>
  )
}

export function ResetPasswordForm({ token }: { token: string }) {
  const { t, pending, said, fields, submit } = useActionForm()
  const [password, setPassword] = useState('')
  const [done, setDone] = useState(false)
  if (done)
    return (
      <p role="status">
        {t('people.reset.done')} <Link href="/signin">{t('people.accept.signIn')}</Link>
      </p>
    )
  return (
    <form action={() => submit(() => resetPasswordAction({ token, password }), () => (setDone(true), null))} noValidate>
      <label htmlFor="reset-password">{t('people.reset.password')}</label>
      <input id="reset-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" aria-invalid={!!fields.password} aria-describedby="reset-password-error" />
      <FieldError id="reset-password-error" text={fields.password} />
      <div>
        <button type="submit" disabled={pending}>
          {t('people.reset.submit')}
        </button>
      </div>
      <Said said={said} />
    </form>
  )
}
