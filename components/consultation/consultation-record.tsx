// The consultation of a revision, as the approval must see it (and as the approval recorded it):
// every round with its outcome, statement and each member's answer, the objections that stand and
// how each was answered, and the threads still open. Renders only; the page gives the record.
import Link from 'next/link'
import { RoundOutcome } from '@/components/workflow/round-outcome'
import styles from '@/components/workflow/workflow.module.css'
import type { ConsultationRecord } from '@/lib/consultation/record'
import type { Locale, Translate } from '@/lib/i18n'
import { formatGenevaMoment } from '@/lib/i18n/conventions'

type Props = { t: Translate; locale: Locale; record: ConsultationRecord; year: number; title?: string; showOpenThreads?: boolean }

const threadHref = (year: number, threadId: string) => `/meetings/${year}/consultation#thread-${threadId}`

export function ConsultationRecordView({ t, locale, record, year, title, showOpenThreads = true }: Props) {
  return (
    <section aria-labelledby="consultation-record-title" data-testid="consultation-record">
      <h2 id="consultation-record-title">{title ?? t('consultationLoop.recordTitle')}</h2>
      <p className="muted">{t('consultationLoop.recordIntro')}</p>
      {record.rounds.length === 0 && <p data-testid="no-rounds">{t('consultationLoop.noRounds')}</p>}
      {record.rounds.map((r) => (
        <div key={r.id} className={`card ${styles.round}`} data-testid="record-round">
          <h3>
            <Link href={`/meetings/${year}/consultation/${r.id}`}>{t('consultationLoop.roundLine', { date: formatGenevaMoment(new Date(r.createdAt), locale, t), deadline: formatGenevaMoment(new Date(r.deadline), locale, t) })}</Link>
            {': '}
            <RoundOutcome t={t} outcome={r.status === 'open' ? null : r.outcome} />
          </h3>
          {r.status === 'closed' && (
            <p data-testid="record-statement">
              <strong>{t('consultationLoop.statement')}:</strong> {r.outcomeStatement ?? t('consultationLoop.noStatement')}
            </p>
          )}
          <table>
            <caption className="sr-only">{t('consultationLoop.answersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consultation.member')}</th>
                <th scope="col">{t('consultation.answer')}</th>
                <th scope="col">{t('consultation.note')}</th>
              </tr>
            </thead>
            <tbody>
              {r.answers.map((a) => (
                <tr key={a.userId}>
                  <th scope="row">{a.name}</th>
                  <td>
                    {a.answer ? (
                      <span className={`${styles.answer} ${a.answer === 'objection' ? styles.objection : ''}`}>{t(`consultation.answers.${a.answer}`)}</span>
                    ) : (
                      <span className={`${styles.answer} ${styles.awaiting}`}>{r.status === 'open' ? t('consultation.awaiting') : t('consultation.noAnswer')}</span>
                    )}
                    {a.answer && a.answer !== 'no-objection' && <span className="muted"> {a.itemTitle ? t('consultationLoop.onItem', { title: a.itemTitle }) : t('consultationLoop.onProgramme')}</span>}
                  </td>
                  <td>{a.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}

      <h3 id="objections-title">{t('consultationLoop.objectionsTitle', { count: record.objections.length })}</h3>
      {record.objections.length === 0 ? (
        <p>{t('consultationLoop.noObjections')}</p>
      ) : (
        <ul className={styles.findings} aria-labelledby="objections-title" data-testid="standing-objections">
          {record.objections.map((o) => (
            <li key={o.responseId} className={o.answeredBy || o.reason ? styles.info : styles.error} data-testid="standing-objection">
              <strong>
                {t('consultationLoop.objectionOf', { name: o.memberName })} {o.itemTitle ? t('consultationLoop.onItem', { title: o.itemTitle }) : t('consultationLoop.onProgramme')}
              </strong>
              <blockquote>{o.text}</blockquote>
              {o.answeredBy ? (
                <p data-testid="objection-answered">
                  {t('consultationLoop.answeredBy', { name: o.answeredBy.name, date: formatGenevaMoment(new Date(o.answeredBy.at), locale, t) })} {o.answeredBy.excerpt}
                </p>
              ) : o.reason ? (
                <p data-testid="objection-reason">{t('consultationLoop.reasonRecorded', { reason: o.reason })}</p>
              ) : (
                <p data-testid="objection-unanswered">{t('consultationLoop.notAnswered')}</p>
              )}
              {o.threadId && <Link href={threadHref(year, o.threadId)}>{t('consultationLoop.toThread')}</Link>}
            </li>
          ))}
        </ul>
      )}

      {showOpenThreads && (
        <>
          <h3>{t('consultationLoop.openThreadsTitle', { count: record.openThreads.length })}</h3>
          {record.openThreads.length === 0 ? (
            <p>{t('consultationLoop.noOpenThreads')}</p>
          ) : (
            <ul data-testid="open-threads">
              {record.openThreads.map((th) => (
                <li key={th.id}>
                  <Link href={threadHref(year, th.id)}>{th.itemTitle ?? t('consultationLoop.wholeProgramme')}</Link>{' '}
                  <span className="muted">{t('consultationLoop.openThreadLine', { name: th.createdByName, count: th.comments, date: formatGenevaMoment(new Date(th.lastAt), locale, t) })}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
