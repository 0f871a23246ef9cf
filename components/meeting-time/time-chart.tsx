// Time, counted, across the years as stacked bars: one bar a year, one colour a row of the chosen
// table. An SVG image with a title and a description, each part with its own <title>; the legend is
// an HTML list, and the tables beside it give every number (the chart adds nothing they lack).
import type { Locale, Translate } from '@/lib/i18n'
import type { MeetingTime, TimeTableId } from '@/lib/programme'
import { TIME_TABLES } from '@/lib/programme'
import { duration, percentage, rowLabel, tableLabel } from '@/lib/meeting-time/words'
import styles from './meeting-time.module.css'

// Okabe and Ito's palette, told apart with colour-blindness; rows of nothing (no Committee, no speaker listed) in grey.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000']
const NOTHING = '#BBBBBB'
export const rowColour = (row: string, index: number) => (row === 'none' || row === 'unlisted' ? NOTHING : (PALETTE[index % PALETTE.length] ?? NOTHING))

const WIDTH = 720
const HEIGHT = 320
const LEFT = 56
const BOTTOM = 48
const TOP = 24

type Props = { t: Translate; locale: Locale; years: MeetingTime[]; table: TimeTableId }

export function TimeChart({ t, locale, years, table: tableId }: Props) {
  const table = TIME_TABLES.find((candidate) => candidate.id === tableId) ?? TIME_TABLES[0]
  const max = Math.max(60, ...years.map((y) => y.total))
  const hours = Math.ceil(max / 60)
  const tickEvery = hours <= 8 ? 1 : hours <= 16 ? 2 : 4
  const scale = (minutes: number) => ((HEIGHT - TOP - BOTTOM) * minutes) / (hours * 60)
  const slot = (WIDTH - LEFT - 8) / Math.max(1, years.length)
  const barWidth = Math.min(56, slot * 0.6)
  const title = t('meetingTime.page.chartTitle', { table: tableLabel(t, table.id) })
  const first = years[0]?.year ?? ''
  const last = years.at(-1)?.year ?? ''
  return (
    <figure className={styles.figure}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="time-chart-title time-chart-desc" className={styles.chart} data-testid="time-chart">
        <title id="time-chart-title">{title}</title>
        <desc id="time-chart-desc">{t('meetingTime.page.chartDesc', { first, last })}</desc>
        {Array.from({ length: Math.floor(hours / tickEvery) + 1 }, (_, i) => i * tickEvery).map((hour) => {
          const y = HEIGHT - BOTTOM - scale(hour * 60)
          return (
            <g key={hour} aria-hidden="true">
              <line x1={LEFT} x2={WIDTH - 8} y1={y} y2={y} stroke="#d0d7de" />
              <text x={LEFT - 6} y={y + 4} textAnchor="end" fontSize="12" fill="#1f2328">
                {t('i11pseudo.hoursTick', { hours: hour })}
              </text>
            </g>
          )
        })}
        {years.map((year, index) => {
          const x = LEFT + index * slot + (slot - barWidth) / 2
          let base = HEIGHT - BOTTOM
          const values = table.of(year)
          return (
            <g key={year.year} data-year={year.year}>
              {table.rows.map((row, rowIndex) => {
                const minutes = values[row] ?? 0
                if (!minutes) return null
                const height = scale(minutes)
                base -= height
                return (
                  <rect key={row} x={x} y={base} width={barWidth} height={height} fill={rowColour(row, rowIndex)} stroke="#fff" strokeWidth="1">
                    <title>{`${year.year}, ${rowLabel(t, table.id, row)}: ${duration(t, minutes)} (${percentage(locale, minutes / year.total)})`}</title>
                  </rect>
                )
              })}
              <text x={x + barWidth / 2} y={HEIGHT - BOTTOM + 18} textAnchor="middle" fontSize="13" fill="#1f2328">
                {year.year}
              </text>
              <text x={x + barWidth / 2} y={HEIGHT - BOTTOM + 36} textAnchor="middle" fontSize="11" fill="#1f2328">
                {duration(t, year.total)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>
        <span className="sr-only">{t('meetingTime.page.legend')}</span>
        <ul className={styles.legend}>
          {table.rows.map((row, rowIndex) => (
            <li key={row}>
              <svg width="14" height="14" aria-hidden="true" focusable="false">
                <rect width="14" height="14" fill={rowColour(row, rowIndex)} stroke="#1f2328" strokeWidth="0.5" />
              </svg>{' '}
              {rowLabel(t, table.id, row)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
