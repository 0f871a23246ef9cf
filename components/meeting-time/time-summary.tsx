'use client'
// Time, counted, of one programme beside the year before it: in the editor (the draft as typed) and
// on the approval page. A table per dimension; rows empty in both years are left out.
import { useLocale, useT } from '@/components/i18n'
import { TIME_TABLES, type MeetingTime } from '@/lib/programme/meeting-time'
import { duration, percentage, rowLabel, tableLabel } from '@/lib/meeting-time/words'
import styles from './meeting-time.module.css'

type Props = { current: MeetingTime; previous: MeetingTime | null; headingLevel?: 2 | 3 }

export function TimeSummary({ current, previous, headingLevel = 2 }: Props) {
  const t = useT()
  const locale = useLocale()
  const Heading = `h${headingLevel}` as 'h2'
  const Sub = `h${headingLevel + 1}` as 'h3'
  const cell = (time: MeetingTime, minutes: number) => `${duration(t, minutes)} (${percentage(locale, time.total ? minutes / time.total : null)})`
  const columns = [current, ...(previous ? [previous] : [])]
  const yearsHeader = (
    <thead>
      <tr>
        <td />
        <th scope="col">{t('meetingTime.thisYear', { year: current.year })}</th>
        {previous && <th scope="col">{t('meetingTime.lastYear', { year: previous.year })}</th>}
      </tr>
    </thead>
  )
  return (
    <section className={`card ${styles.summary}`} aria-labelledby="meeting-time-title" data-testid="meeting-time">
      <Heading id="meeting-time-title">{t('meetingTime.title')}</Heading>
      <p className="muted small">{t('meetingTime.intro')}</p>
      <table className={styles.table}>
        {yearsHeader}
        <tbody>
          <tr>
            <th scope="row">{t('meetingTime.total')}</th>
            {columns.map((time) => (
              <td key={time.year} data-testid={`total-${time.year}`}>
                {duration(t, time.total)}
              </td>
            ))}
          </tr>
          <tr className={styles.highlight}>
            <th scope="row">{t('meetingTime.statePartyShare')}</th>
            {columns.map((time) => (
              <td key={time.year} data-testid={`state-party-share-${time.year}`}>
                {time.statePartyShare === null ? t('meetingTime.noShare') : percentage(locale, time.statePartyShare)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('meetingTime.statesShare')}</th>
            {columns.map((time) => (
              <td key={time.year}>{time.statesShare === null ? t('meetingTime.noShare') : percentage(locale, time.statesShare)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('meetingTime.attributed')}</th>
            {columns.map((time) => (
              <td key={time.year}>{cell(time, time.attributed)}</td>
            ))}
          </tr>
        </tbody>
      </table>
      {!previous && <p className="muted small">{t('meetingTime.noLastYear')}</p>}
      {current.uncountedItems > 0 && (
        <p className="alert small" role="status">
          {t('meetingTime.uncounted', { count: current.uncountedItems })}
        </p>
      )}
      {TIME_TABLES.map((table) => {
        const rows = table.rows.filter((row) => columns.some((time) => (table.of(time)[row] ?? 0) > 0))
        if (!rows.length) return null
        return (
          <div key={table.id}>
            <Sub id={`meeting-time-${table.id}`}>{tableLabel(t, table.id)}</Sub>
            <table className={styles.table} aria-labelledby={`meeting-time-${table.id}`} data-testid={`meeting-time-${table.id}`}>
              {yearsHeader}
              <tbody>
                {rows.map((row) => (
                  <tr key={row}>
                    <th scope="row">{rowLabel(t, table.id, row)}</th>
                    {columns.map((time) => (
                      <td key={time.year}>{cell(time, table.of(time)[row] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      })}
      <details className="small">
        <summary>{t('meetingTime.how')}</summary>
        <p>{t('meetingTime.howText')}</p>
      </details>
    </section>
  )
}
