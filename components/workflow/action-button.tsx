'use client'
// A button that takes one workflow step through a server action, asking for confirmation first when
// the step is hard to undo, and saying why when the server refuses.
import { useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { useT } from '@/components/i18n'
import type { ActionResult } from '@/lib/actions'
import styles from './workflow.module.css'

type Props<I> = {
  action: (input: I) => Promise<ActionResult<unknown>>
  input: I
  label: string
  /** A question to confirm before acting. */
  confirm?: string
  /** Where to go after success; else the page refreshes. */
  then?: string
  secondary?: boolean
  testId?: string
}

export function ActionButton<I>({ action, input, label, confirm, then, secondary, testId }: Props<I>) {
  const t = useT()
  const router = useRouter()
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const run = () =>
    startTransition(async () => {
      const res = await action(input)
      setAsking(false)
      if (!res.ok) {
        setError(res.error === 'conflict' ? t('workflow.conflict') : res.message)
        return
      }
      setError(null)
      if (then) router.push(then)
      else router.refresh()
    })
  return (
    <span className={styles.actionButton}>
      {asking ? (
        <span role="group" aria-label={label} className={styles.confirm}>
          <span>{confirm}</span>
          <button type="button" onClick={run} disabled={pending} data-testid={testId ? `${testId}-confirm` : undefined}>
            {t('workflow.confirm', { action: label })}
          </button>
          <button type="button" className="secondary" onClick={() => setAsking(false)}>
            {t('comments.cancel')}
          </button>
        </span>
      ) : (
        <button type="button" className={secondary ? 'secondary' : undefined} onClick={() => (confirm ? setAsking(true) : run())} disabled={pending} data-testid={testId}>
          {label}
        </button>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  )
}
