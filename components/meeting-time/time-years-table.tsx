// Time, counted, across the years as tables: one per dimension, a row per Committee (objective,
// segment, kind of speaker), a column per year; the same numbers as the chart.
import type { Locale, Translate } from '@/lib/i18n'
import { TIME_TABLES, type MeetingTime } from '@/lib/programme'
import { duration, percentage, rowLabel, tableLabel } from '@/lib/meeting-time/words'
import styles from './meeting-time.module.css'

type Props = { t: Translate; locale: Locale; years: (MeetingTime & { status: string })[] }

export function TimeYearsTables({ t, locale, years }: Props) {
  const head = (
    <thead>
      <tr>
        <td />
        {years.map((y) => (
          <th key={y.year} scope="col">
            {y.year}
          </th>
        ))}
      </tr>
    </thead>
  )
  return (
    <>
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="time-summary-table" aria-labelledby="time-summary-caption">
          <caption id="time-summary-caption" className="sr-only">
            {t('meetingTime.title')}
          </caption>
          {head}
          <tbody>
            <tr>
              <th scope="row">{t('meetingTime.page.status')}</th>
              {years.map((y) => (
                <td key={y.year}>{t(`statuses.${y.status as 'draft'}`)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('meetingTime.total')}</th>
              {years.map((y) => (
                <td key={y.year} data-testid={`total-${y.year}`}>
                  {duration(t, y.total)}
                </td>
              ))}
            </tr>
            <tr className={styles.highlight}>
              <th scope="row">{t('meetingTime.statePartyShare')}</th>
              {years.map((y) => (
                <td key={y.year} data-testid={`state-party-share-${y.year}`}>
                  {y.statePartyShare === null ? t('meetingTime.noShare') : percentage(locale, y.statePartyShare)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('meetingTime.statesShare')}</th>
              {years.map((y) => (
                <td key={y.year}>{y.statesShare === null ? t('meetingTime.noShare') : percentage(locale, y.statesShare)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('meetingTime.attributed')}</th>
              {years.map((y) => (
                <td key={y.year}>{duration(t, y.attributed)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {TIME_TABLES.map((table) => (
        <section key={table.id} aria-labelledby={`time-table-${table.id}`}>
          <h2 id={`time-table-${table.id}`}>{tableLabel(t, table.id)}</h2>
          <div className={styles.scroll}>
            <table className={styles.table} data-testid={`time-table-${table.id}`} aria-labelledby={`time-table-${table.id}`}>
              {head}
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row}>
                    <th scope="row">{rowLabel(t, table.id, row)}</th>
                    {years.map((y) => {
                      const minutes = table.of(y)[row] ?? 0
                      return <td key={y.year}>{`${duration(t, minutes)} (${percentage(locale, y.total ? minutes / y.total : null)})`}</td>
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  )
}
