import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { ApprovalForm } from '@/components/workflow/approval-form'
import styles from '@/components/workflow/workflow.module.css'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { formatGenevaMoment } from '@/lib/i18n/conventions'
import { getLocale, getT } from '@/lib/i18n/server'
import { visibleProgramme } from '@/lib/meetings/visible'
import { FINDINGS_LIMIT, findingInWords, sourceInWords, type Finding, type Say } from '@/lib/rules'
import { approvedConsultation, findingKey, reviewForApproval } from '@/lib/workflow/approval'
import { unanswered } from '@/lib/consultation/record'
import { ConsultationRecordView } from '@/components/consultation/consultation-record'
import { TimeSummary } from '@/components/meeting-time/time-summary'
import { countMeetingTime } from '@/lib/programme'
import { timeOfYearBefore } from '@/lib/meeting-time/queries'
import { ClientMessages } from '@/components/client-messages'

type Props = { params: Promise<{ year: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.approve', { year: (await params).year }) }
}

/** "And N more": findings beyond the rulebook's limit per rule are counted, not listed. */
async function AndMore({ count }: { count: number }) {
  return count > 0 ? <p className="muted">{await andMore(count)}</p> : null
}

async function andMore(count: number) {
  return (await getT())('workflow.andMore', { count, limit: FINDINGS_LIMIT })
}

export default async function ApprovePage({ params }: Props) {
  const { year } = await params
  const user = await requireUser(`/meetings/${year}/approve`)
  const row = await visibleProgramme(year, user)
  if (!row) notFound()
  if (!can(user, 'programme.viewDraft', row)) forbidden()
  const [t, locale] = await Promise.all([getT(), getLocale()])
  const inWords = (f: Finding) => findingInWords(f, t as Say, locale)
  const [review, previousTime] = await Promise.all([reviewForApproval(db(), row.id), timeOfYearBefore(db(), row.year)])
  const { programme } = review
  const mayApprove = can(user, 'programme.approve', programme)
  const blocked = review.errors.length > 0 || review.openRound !== null
  const approving = ['draft', 'consultation'].includes(programme.status)
  const recorded = approving ? null : await approvedConsultation(db(), programme.id, programme.revision)
  const waiting = unanswered(review.consultation)
  return (
    <ClientMessages namespaces={['consultationLoop', 'meetingTime']}>
      <h1>
        {t('workflow.approvalPage')} — {row.title} {programme.year}
      </h1>
      <p className="muted">{t('workflow.approvalIntro')}</p>
      {!['draft', 'consultation'].includes(programme.status) && (
        <p className="alert ok" role="status">
          {programme.status === 'approved' ? t('workflow.approved', { symbol: review.symbol || t('workflow.original') }) : t('workflow.alreadyApproved', { status: t(`statuses.${programme.status as 'approved'}`) })}{' '}
          <Link href={`/meetings/${year}/revisions`}>{t('workflow.seeRevisions')}</Link>
        </p>
      )}
      {review.openRound && (
        <p className="alert" role="status">
          {t('workflow.roundOpen', { deadline: formatGenevaMoment(review.openRound.deadline, locale, t) })} <Link href={`/meetings/${year}/consultation`}>{t('workflow.toConsultation')}</Link>
        </p>
      )}
      <section aria-labelledby="errors-title">
        <h2 id="errors-title">{t('workflow.errors', { count: review.errors.length + review.omitted.error })}</h2>
        {review.errors.length ? (
          <>
            <p className="alert" role="alert" data-testid="approval-blocked">
              {t('workflow.blocked')}
            </p>
            <ul className={styles.findings} data-testid="errors">
              {review.errors.map((f) => (
                <li key={findingKey(f)} className={styles.error}>
                  {inWords(f)} <span className="muted">({f.rule})</span>
                </li>
              ))}
            </ul>
            <AndMore count={review.omitted.error} />
            <p>
              <Link href={`/meetings/${year}`}>{t('workflow.fixInEditor')}</Link>
            </p>
          </>
        ) : (
          <p>{t('workflow.noErrors')}</p>
        )}
      </section>
      {recorded ? (
        <ConsultationRecordView t={t} locale={locale} record={recorded} year={programme.year} title={t('consultationLoop.approvedRecord')} showOpenThreads={false} />
      ) : (
        <ConsultationRecordView t={t} locale={locale} record={review.consultation} year={programme.year} />
      )}
      {review.infos.length > 0 && (
        <section aria-labelledby="infos-title">
          <h2 id="infos-title">{t('workflow.infos', { count: review.infos.length + review.omitted.info })}</h2>
          <ul className={styles.findings}>
            {review.infos.map((f) => (
              <li key={findingKey(f)} className={styles.info}>
                {inWords(f)}
              </li>
            ))}
          </ul>
          <AndMore count={review.omitted.info} />
        </section>
      )}
      <TimeSummary current={countMeetingTime(review.snapshot.document)} previous={previousTime} />
      {mayApprove ? (
        <ApprovalForm
          programmeId={programme.id}
          year={programme.year}
          version={programme.version}
          fingerprint={review.fingerprint}
          warnings={review.warnings.map((w) => ({ key: findingKey(w), rule: w.rule, message: inWords(w), source: w.source === '-' ? '' : sourceInWords(w.rule, t as Say) }))}
          omittedNote={review.omitted.warning > 0 ? await andMore(review.omitted.warning) : undefined}
          blocked={blocked}
          symbol={review.symbol}
          objections={waiting.map((o) => ({ responseId: o.responseId, memberName: o.memberName, text: o.text, itemTitle: o.itemTitle }))}
        />
      ) : (
        <>
          <h2>{t('workflow.warnings', { count: review.warnings.length + review.omitted.warning })}</h2>
          <ul className={styles.findings}>
            {review.warnings.map((f) => (
              <li key={findingKey(f)} className={styles.warning}>
                {inWords(f)}
              </li>
            ))}
          </ul>
          <AndMore count={review.omitted.warning} />
          {['draft', 'consultation'].includes(programme.status) && <p className="muted">{t('workflow.onlyPresident')}</p>}
        </>
      )}
    </ClientMessages>
  )
}
