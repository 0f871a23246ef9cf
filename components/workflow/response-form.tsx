'use client'
// A member of the Committee answers a round: no objection, comments (a thread), or an objection.
import { useId, useState, useTransition } from 'react'
import { respondAction } from '@/lib/consultation/actions'
import { say } from '@/components/form-messages'
import { useT } from '@/components/i18n'
import type { Answer } from '@/lib/consultation/outcome'
import type { ItemChoice } from '@/lib/consultation/item-choices'
import styles from './workflow.module.css'

type Props = { roundId: string; current: { answer: Answer; note: string; itemId?: string | null } | null; items?: ItemChoice[] }

export function ResponseForm({ roundId, current, items = [] }: Props) {
  const t = useT()
  const id = useId()
  const [answer, setAnswer] = useState<Answer | null>(current?.answer ?? null)
  const [note, setNote] = useState(current?.note ?? '')
  const [itemId, setItemId] = useState<string>(current?.itemId ?? '')
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [pending, startTransition] = useTransition()

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    if (!answer) {
      setErrors({ answer: [t('consultation.chooseAnswer')] })
      return
    }
    startTransition(async () => {
      const res = await respondAction({ roundId, answer, note, itemId: answer === 'no-objection' || !itemId ? null : itemId })
      setErrors(!res.ok && res.error === 'validation' ? (res.fieldErrors ?? {}) : {})
      setResult(res.ok ? { ok: true, text: t('consultation.answerSent') } : { ok: false, text: res.message })
    })
  }

  const options: Answer[] = ['no-objection', 'comments', 'objection']
  return (
    <form className={styles.form} onSubmit={submit} noValidate data-testid="response-form">
      <fieldset aria-describedby={errors.answer ? `${id}-answer-error` : undefined}>
        <legend>{t('consultation.yourAnswer')}</legend>
        {options.map((o) => (
          <label key={o} className={styles.check}>
            <input type="radio" name={`${id}-answer`} value={o} checked={answer === o} onChange={() => setAnswer(o)} /> {t(`consultation.answers.${o}`)}
          </label>
        ))}
        {errors.answer && (
          <p id={`${id}-answer-error`} className="field-error">
            {errors.answer.map((m) => say(t, m)).join(' ')}
          </p>
        )}
      </fieldset>
      {answer && answer !== 'no-objection' && items.length > 0 && (
        <>
          <label htmlFor={`${id}-item`}>{t('consultationLoop.aboutLabel')}</label>
          <select id={`${id}-item`} value={itemId} onChange={(e) => setItemId(e.target.value)} data-testid="answer-item">
            <option value="">{t('consultationLoop.wholeProgramme')}</option>
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-note`}>{answer === 'objection' ? t('consultation.noteObjection') : t('consultation.noteComments')}</label>
      <textarea
        id={`${id}-note`}
        value={note}
        rows={4}
        onChange={(e) => setNote(e.target.value)}
        aria-invalid={errors.note ? true : undefined}
        aria-describedby={errors.note ? `${id}-note-error` : `${id}-note-hint`}
      />
      <p id={`${id}-note-hint`} className="muted small">
        {t('consultation.noteHint')}
      </p>
      {errors.note && (
        <p id={`${id}-note-error`} className="field-error">
          {errors.note.map((m) => say(t, m)).join(' ')}
        </p>
      )}
      {result && (
        <p className={result.ok ? 'alert ok' : 'alert'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {current ? t('consultation.changeAnswer') : t('consultation.sendAnswer')}
      </button>
    </form>
  )
}
