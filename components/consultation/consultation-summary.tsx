// The consultation as an approval recorded it, in a few lines (the revisions' table): each round's
// outcome and statement, each objection and how it was answered.
import type { ConsultationRecord } from '@/lib/consultation/record'
import type { Translate } from '@/lib/i18n'

export function ConsultationSummary({ t, record }: { t: Translate; record: ConsultationRecord | null }) {
  if (!record) return <>—</>
  if (!record.rounds.length && !record.objections.length) return <>{t('consultationLoop.noRounds')}</>
  return (
    <ul data-testid="revision-consultation">
      {record.rounds.map((r) => (
        <li key={r.id}>
          {r.outcome ? t(`consultation.outcomes.${r.outcome}`) : t('consultation.outcomes.open')}
          {r.outcomeStatement ? `: ${r.outcomeStatement}` : ''}
        </li>
      ))}
      {record.objections.map((o) => (
        <li key={o.responseId}>
          {t('consultationLoop.objectionOf', { name: o.memberName })}: “{o.text}” —{' '}
          {o.answeredBy
            ? `${t('consultationLoop.answeredBy', { name: o.answeredBy.name, date: o.answeredBy.at.slice(0, 10) })} ${o.answeredBy.excerpt}`
            : t('consultationLoop.reasonRecorded', { reason: o.reason ?? '' })}
        </li>
      ))}
    </ul>
  )
}
