'use client'
// The President acknowledges each warning, one by one, then approves. The server checks again.
import { useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { approveAction } from '@/lib/workflow/actions'
import { useT } from '@/components/i18n'
import type { Finding } from '@/lib/rules'
import styles from './workflow.module.css'

type Warning = Pick<Finding, 'rule' | 'message' | 'source'> & { key: string }
/** A standing objection no one has answered in its thread: the President gives a reason for going ahead. */
type Objection = { responseId: string; memberName: string; text: string; itemTitle: string | null }
type Props = {
  programmeId: string
  year: number
  version: number
  fingerprint: string
  warnings: Warning[]
  /** "And N more" below the warnings, in the reader's language; absent when none was left out. */
  omittedNote?: string
  blocked: boolean
  symbol: string
  objections?: Objection[]
}

export function ApprovalForm({ programmeId, year, version, fingerprint, warnings, omittedNote, blocked, symbol, objections = [] }: Props) {
  const t = useT()
  const router = useRouter()
  const [acknowledged, setAcknowledged] = useState<Set<string>>(new Set())
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [pending, startTransition] = useTransition()
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const left = warnings.filter((w) => !acknowledged.has(w.key)).length
  const unreasoned = objections.filter((o) => !reasons[o.responseId]?.trim()).length

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
      const objectionReasons = objections.filter((o) => reasons[o.responseId]?.trim()).map((o) => ({ responseId: o.responseId, reason: reasons[o.responseId]! }))
      const res = await approveAction({ programmeId, version, fingerprint, acknowledged: [...acknowledged], objectionReasons })
      if (res.ok) {
        // The page shows the approval once it refreshes; until then, say so here.
        setResult({ ok: true, text: t('workflow.approved', { symbol: res.data.symbol || t('workflow.original') }) })
        router.refresh()
      } else {
        setResult({ ok: false, text: res.error === 'conflict' ? t('workflow.changedMeanwhile') : res.message })
      }
    })
  }

  return (
    <form onSubmit={approve} className={styles.form} aria-labelledby="approve-title" data-testid="approval-form">
      <h2 id="approve-title">{t('workflow.approveTitle', { symbol: symbol || t('workflow.original') })}</h2>
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
                      {w.source ? `; ${w.source}` : ''})
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {omittedNote && <p className="muted">{omittedNote}</p>}
        </fieldset>
      )}
      {objections.length > 0 && (
        <fieldset data-testid="objection-reasons">
          <legend>{t('consultationLoop.objectionsTitle', { count: objections.length })}</legend>
          {objections.map((o) => (
            <div key={o.responseId}>
              <p>
                <strong>
                  {t('consultationLoop.objectionOf', { name: o.memberName })} {o.itemTitle ? t('consultationLoop.onItem', { title: o.itemTitle }) : t('consultationLoop.onProgramme')}
                </strong>
                : {o.text}
              </p>
              <label htmlFor={`reason-${o.responseId}`}>{t('consultationLoop.reasonLabel')}</label>
              <textarea
                id={`reason-${o.responseId}`}
                rows={2}
                maxLength={2000}
                value={reasons[o.responseId] ?? ''}
                onChange={(e) => setReasons((r) => ({ ...r, [o.responseId]: e.target.value }))}
                disabled={blocked}
                aria-describedby={`reason-hint-${o.responseId}`}
              />
              <p id={`reason-hint-${o.responseId}`} className="muted small">
                {t('consultationLoop.reasonHint')}
              </p>
            </div>
          ))}
        </fieldset>
      )}
      {result && (
        <p className={result.ok ? 'alert ok' : 'alert'} role={result.ok ? 'status' : 'alert'}>
          {result.text} {result.ok && <a href={`/meetings/${year}/revisions`}>{t('workflow.seeRevisions')}</a>}
        </p>
      )}
      {!result?.ok && (
        <>
          <button type="submit" disabled={pending || blocked || left > 0 || unreasoned > 0} aria-describedby="approve-hint">
            {t('workflow.approve')}
          </button>
          <p id="approve-hint" className="muted small">
            {blocked
              ? t('workflow.blockedHint')
              : left > 0
                ? t('workflow.acknowledgeHint', { count: left })
                : unreasoned > 0
                  ? t('consultationLoop.objectionsHint', { count: unreasoned })
                  : t('workflow.readyHint')}
          </p>
        </>
      )}
    </form>
  )
}
