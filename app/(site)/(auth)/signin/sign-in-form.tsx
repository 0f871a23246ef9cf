'use client'
import { zodResolver } from '@hookform/resolvers/zod'
import { signIn } from 'next-auth/react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { say } from '@/components/form-messages'
import { useLocale, useT } from '@/components/i18n'
import { SignInSchema, type SignInInput } from '@/lib/auth/schema'

export function SignInForm({ callbackUrl, sso }: { callbackUrl: string; sso: { id: string; name: string } | null }) {
  const t = useT()
  const locale = useLocale()
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver: zodResolver(SignInSchema) })

  const onSubmit = async (values: SignInInput) => {
    setError(null)
    const res = await signIn('credentials', { ...values, redirect: false })
    if (!res || res.error) {
      const code = res?.error ?? ''
      const refusal = /^(locked|throttled):(.+)$/.exec(code)
      if (refusal) {
        const until = new Date(refusal[2]!)
        setError(t(refusal[1] === 'locked' ? 'auth.errors.locked' : 'auth.errors.throttled', { time: until.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }) }))
      } else if (code === 'wrong-credentials' || code === 'CredentialsSignin') setError(t('auth.errors.wrong-credentials'))
      else setError(t('auth.errors.unknown'))
      return
    }
    router.replace(callbackUrl)
    router.refresh()
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-describedby={error ? 'signin-error' : undefined}>
      {error && (
        <p className="alert" role="alert" id="signin-error">
          {error}
        </p>
      )}
      <label htmlFor="email">{t('auth.email')}</label>
      <input id="email" type="email" autoComplete="username" aria-invalid={!!formState.errors.email} aria-describedby="email-error" {...register('email')} />
      {formState.errors.email && (
        <p className="field-error" id="email-error">
          {say(t, formState.errors.email.message)}
        </p>
      )}
      <label htmlFor="password">{t('auth.password')}</label>
      <input id="password" type="password" autoComplete="current-password" aria-invalid={!!formState.errors.password} aria-describedby="password-error" {...register('password')} />
      {formState.errors.password && (
        <p className="field-error" id="password-error">
          {say(t, formState.errors.password.message)}
        </p>
      )}
      <p>
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('auth.submitting') : t('auth.submit')}
        </button>
      </p>
      {sso && (
        <p>
          {t('auth.or')}{' '}
          <button type="button" className="secondary" onClick={() => signIn(sso.id, { callbackUrl })}>
            {t('auth.sso', { name: sso.name })}
          </button>
        </p>
      )}
    </form>
  )
}
