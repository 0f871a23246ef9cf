'use client'
// The President (or the ISU on the President's behalf) opens a consultation round of the Committee.
import { useId, useState, useTransition } from 'react'
import { openRoundAction } from '@/lib/consultation/actions'
import { say } from '@/components/form-messages'
import { useT } from '@/components/i18n'
import styles from './workflow.module.css'

type Props = { programmeId: string; version: number; defaultDeadline: string; minDeadline: string }

export function OpenRoundForm({ programmeId, version, defaultDeadline, minDeadline }: Props) {
  const t = useT()
  const id = useId()
  const [message, setMessage] = useState('')
  const [deadline, setDeadline] = useState(defaultDeadline)
  const [silence, setSilence] = useState(true)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [alert, setAlert] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    startTransition(async () => {
      const res = await openRoundAction({ programmeId, version, message, deadline, silenceProcedure: silence })
      if (res.ok) {
        setMessage('')
        setErrors({})
        setAlert(null)
        return
      }
      setErrors(res.error === 'validation' ? (res.fieldErrors ?? {}) : {})
      setAlert(res.error === 'conflict' ? t('errors.conflict') : res.message)
    })
  }

  const fieldError = (name: string) =>
    errors[name]?.length ? (
      <p id={`${id}-${name}-error`} className="field-error">
        {errors[name]!.map((m) => say(t, m)).join(' ')}
      </p>
    ) : null

  return (
    <form className={`card ${styles.form}`} onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{t('consultation.openTitle')}</h3>
      <p className="muted">{t('consultation.openIntro')}</p>
      <label htmlFor={`${id}-message`}>{t('consultation.message')}</label>
      <textarea
        id={`${id}-message`}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        rows={4}
        required
        aria-invalid={errors.message ? true : undefined}
        aria-describedby={errors.message ? `${id}-message-error` : undefined}
      />
      {fieldError('message')}
      <label htmlFor={`${id}-deadline`}>{t('consultation.deadline')}</label>
      <input
        id={`${id}-deadline`}
        type="datetime-local"
        value={deadline}
        min={minDeadline}
        onChange={(e) => setDeadline(e.target.value)}
        required
        className={styles.deadline}
        aria-invalid={errors.deadline ? true : undefined}
        aria-describedby={`${id}-deadline-hint${errors.deadline ? ` ${id}-deadline-error` : ''}`}
      />
      <p id={`${id}-deadline-hint`} className="muted small">
        {t('consultation.deadlineHint')}
      </p>
      {fieldError('deadline')}
      <label className={styles.check}>
        <input type="checkbox" checked={silence} onChange={(e) => setSilence(e.target.checked)} /> {t('consultation.silenceProcedure')}
      </label>
      <p className="muted small">{t('consultation.silenceExplained')}</p>
      {alert && (
        <p className="alert" role="alert">
          {alert}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {t('consultation.open')}
      </button>
    </form>
  )
}
