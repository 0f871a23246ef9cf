'use client'
// Closing a round by hand: the President (or the ISU) writes the outcome in a sentence or two (a
// proposal for the outcome the round has now is filled in), and everyone invited receives it.
import { useId, useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { useT } from '@/components/i18n'
import styles from '@/components/workflow/workflow.module.css'
import { closeRoundAction } from '@/lib/consultation/actions'

type Props = { roundId: string; proposal: string }

export function CloseRoundForm({ roundId, proposal }: Props) {
  const t = useT()
  const id = useId()
  const router = useRouter()
  const [asking, setAsking] = useState(false)
  const [statement, setStatement] = useState(proposal)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const close = (e: React.FormEvent) => {
    e.preventDefault()
    startTransition(async () => {
      const res = await closeRoundAction({ roundId, statement })
      if (!res.ok) {
        setError(res.error === 'conflict' ? t('workflow.conflict') : res.message)
        return
      }
      setError(null)
      setAsking(false)
      router.refresh()
    })
  }
  if (!asking)
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)} data-testid="close-round">
        {t('consultation.closeNow')}
      </button>
    )
  return (
    <form className={`${styles.form} ${styles.confirm}`} onSubmit={close} data-testid="close-round-form">
      <p>{t('consultation.confirmClose')}</p>
      <label htmlFor={`${id}-statement`}>{t('consultationLoop.statementLabel')}</label>
      <textarea id={`${id}-statement`} rows={3} maxLength={2000} value={statement} onChange={(e) => setStatement(e.target.value)} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="muted small">
        {t('consultationLoop.statementHint')}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} data-testid="close-round-confirm">
        {t('consultationLoop.closeAndSend')}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t('consultationLoop.cancel')}
      </button>
    </form>
  )
}
