// The programme's status, its document symbol, and the workflow steps this user may take now.
// A server component: the editor page puts it at the top; the consultation, history, revisions
// and approval pages too. The buttons are shown by the policy; the server asks it again on each step.
import Link from 'next/link'
import { backToDraftAction, publishAction, startRevisionAction } from '@/lib/workflow/actions'
import { can } from '@/lib/auth/policy'
import { getT } from '@/lib/i18n/server'
import { documentSymbol } from '@/lib/publication/symbol'
import type { SessionUser } from '@/lib/auth/user'
import type { Outcome } from '@/lib/consultation/outcome'
import { ActionButton } from './action-button'
import styles from './workflow.module.css'

export type WorkflowProgramme = { id: string; year: number; status: string; revision: number; version: number; symbol: string | null }

const STEPS = ['draft', 'consultation', 'approved', 'published'] as const

/** The last round of the revision, once it has closed: the bar says how it ended until the next step. */
export type ClosedRound = { outcome: Outcome; objections: number }

export async function WorkflowBar({ programme, user, closedRound = null }: { programme: WorkflowProgramme; user: SessionUser; closedRound?: ClosedRound | null }) {
  const t = await getT()
  const { fullSymbol, revisionLabel } = documentSymbol(programme.symbol, programme.revision)
  const input = { programmeId: programme.id, version: programme.version }
  const base = `/meetings/${programme.year}`
  const current = STEPS.indexOf(programme.status as (typeof STEPS)[number])
  return (
    <section className={styles.bar} aria-label={t('workflow.label')} data-testid="workflow-bar">
      <div className={styles.state}>
        <span className={`badge ${programme.status}`} data-testid="programme-status">
          {closedRound
            ? closedRound.objections
              ? t('consultationLoop.closedStatusObjections', { outcome: t(`consultation.outcomes.${closedRound.outcome}`).toLowerCase(), count: closedRound.objections })
              : t('consultationLoop.closedStatus', { outcome: t(`consultation.outcomes.${closedRound.outcome}`).toLowerCase() })
            : t(`statuses.${programme.status as 'draft'}`)}
        </span>
        <span className={styles.symbol} data-testid="document-symbol" title={t('workflow.symbol')}>
          {fullSymbol || t('workflow.original')}
        </span>
        {revisionLabel && programme.status === 'draft' && <span className="muted">{t('workflow.draftRevision', { revision: revisionLabel })}</span>}
        <ol className={styles.steps} aria-label={t('workflow.steps')}>
          {STEPS.map((step, i) => (
            <li key={step} className={i < current ? styles.done : i === current ? styles.now : ''} aria-current={i === current ? 'step' : undefined}>
              {t(`statuses.${step}`)}
            </li>
          ))}
        </ol>
      </div>
      <div className={styles.buttons}>
        {can(user, 'consultation.open', programme) && programme.status === 'draft' && (
          <Link className="button secondary" href={`${base}/consultation#open-round`}>
            {t('workflow.openConsultation')}
          </Link>
        )}
        {can(user, 'programme.approve', programme) && (
          <Link className="button" href={`${base}/approve`} data-testid="approve-link">
            {t('workflow.goApprove')}
          </Link>
        )}
        {can(user, 'programme.publish', programme) && (
          <ActionButton action={publishAction} input={input} label={t('workflow.publish')} confirm={t('workflow.confirmPublish', { symbol: fullSymbol || t('workflow.original') })} testId="publish" />
        )}
        {can(user, 'programme.revise', programme) && (
          <ActionButton
            action={startRevisionAction}
            input={input}
            label={t('workflow.newRevision')}
            confirm={t('workflow.confirmNewRevision', { symbol: documentSymbol(programme.symbol, programme.revision + 1).fullSymbol })}
            secondary
            testId="new-revision"
          />
        )}
        {can(user, 'programme.backToDraft', programme) && (
          <ActionButton
            action={backToDraftAction}
            input={input}
            label={t('workflow.backToDraft')}
            confirm={programme.status === 'approved' ? t('workflow.confirmWithdraw') : t('workflow.confirmBackToDraft')}
            secondary
            testId="back-to-draft"
          />
        )}
      </div>
    </section>
  )
}
