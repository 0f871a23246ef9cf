'use client'
// The President acknowledges each warning, one by one, then approves. The server checks again.
import { useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { approveAction } from '@/lib/workflow/actions'
import { useT } from '@/components/i18n'
import type { Finding } from '@/lib/rules'
import styles from './workflow.module.css'

type Warning = Pick<Finding, 'rule' | 'message' | 'source'> & { key: string }
type Props = { programmeId: string; year: number; version: number; fingerprint: string; warnings: Warning[]; /** "And N more" below the warnings, in the reader's language; absent when none was left out. */
  omittedNote?: string; blocked: boolean; symbol: string }

export function ApprovalForm({ programmeId, year, version, fingerprint, warnings, omittedNote, blocked, symbol }: Props) {
  const t = useT()
  const router = useRouter()
  const [acknowledged, setAcknowledged] = useState<Set<string>>(new Set())
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [pending, startTransition] = useTransition()
  const left = warnings.filter((w) => !acknowledged.has(w.key)).length

  const toggle = (key: string, on: boolean) =>
    setAcknowledged((s) => {
      const next = new Set(s)
      if (on) next.add(key)
      else next.delete(key)
      return next
    })

  const approve = (e: React.FormEvent) => {
    e.preventDefault()
    startTransition(async () => {
      const res = await approveAction({ programmeId, version, fingerprint, acknowledged: [...acknowledged] })
      if (res.ok) {
        // The page shows the approval once it refreshes; until then, say so here.
        setResult({ ok: true, text: t('workflow.approved', { symbol: res.data.symbol }) })
        router.refresh()
      } else {
        setResult({ ok: false, text: res.error === 'conflict' ? t('workflow.changedMeanwhile') : res.message })
      }
    })
  }

  return (
    <form onSubmit={approve} className={styles.form} aria-labelledby="approve-title" data-testid="approval-form">
      <h2 id="approve-title">{t('workflow.approveTitle', { symbol })}</h2>
      {warnings.length > 0 && (
        <fieldset>
          <legend>{t('workflow.acknowledgeLegend', { count: warnings.length })}</legend>
          <ul className={styles.findings}>
            {warnings.map((w) => (
              <li key={w.key} className={styles.warning}>
                <label className={styles.check}>
                  <input type="checkbox" checked={acknowledged.has(w.key)} onChange={(e) => toggle(w.key, e.target.checked)} disabled={blocked} />{' '}
                  <span>
                    {t('workflow.acknowledge')} <strong>{w.message}</strong>{' '}
                    <span className="muted">
                      ({w.rule}
                      {w.source !== '-' ? `; ${w.source}` : ''})
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {omittedNote && <p className="muted">{omittedNote}</p>}
        </fieldset>
      )}
      {result && (
        <p className={result.ok ? 'alert ok' : 'alert'} role={result.ok ? 'status' : 'alert'}>
          {result.text} {result.ok && <a href={`/meetings/${year}/revisions`}>{t('workflow.seeRevisions')}</a>}
        </p>
      )}
      {!result?.ok && (
        <>
          <button type="submit" disabled={pending || blocked || left > 0} aria-describedby="approve-hint">
            {t('workflow.approve')}
          </button>
          <p id="approve-hint" className="muted small">
            {blocked ? t('workflow.blockedHint') : left > 0 ? t('workflow.acknowledgeHint', { count: left }) : t('workflow.readyHint')}
          </p>
        </>
      )}
    </form>
  )
}
