import type { Locale, Translate } from '@/lib/i18n'
import type { CalendarDay, CalendarWeek, WeekCalendar as Calendar } from '@/lib/meetings/calendar-weeks'
import { formatDay } from '@/lib/i18n/dates'

const WEEKDAY_DATES = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-07'] // a Monday to a Sunday

/** What is on a day, in words: the cell's accessible name and its tooltip. */
function describeDay(t: Translate, locale: Locale, day: CalendarDay): string {
  const parts: string[] = []
  if (day.meeting) parts.push(day.thematic ? t('calendar.legend.thematic') : t('calendar.legend.meeting'))
  if (day.transparencyDeadline) parts.push(t('calendar.legend.deadline'))
  for (const bar of day.bars) parts.push(t('calendar.otherMeetingOn', { name: bar.name }))
  if (day.clash) parts.push(t('calendar.legend.clash'))
  if (!parts.length) parts.push(day.weekend ? t('calendar.legend.weekend') : t('calendar.nothing'))
  return `${formatDay(day.date, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}: ${parts.join('; ')}`
}

function DayCell({ t, locale, day, lanes, first }: { t: Translate; locale: Locale; day: CalendarDay; lanes: number; first: boolean }) {
  const classes = ['cal-day', day.weekend && 'weekend', day.meeting && 'meeting', day.thematic && 'thematic', day.transparencyDeadline && 'deadline', day.clash && 'clash']
  // The month is written on its first day and in the first cell of a row group, so every date reads alone.
  const showMonth = first || day.date.endsWith('-01')
  const byLane = new Map(day.bars.map((b) => [b.lane, b]))
  const label = describeDay(t, locale, day)
  return (
    <td className={classes.filter(Boolean).join(' ')} aria-label={label} title={label} data-date={day.date}>
      <div className="cal-date" aria-hidden="true">
        <span className="cal-number">{formatDay(day.date, locale, { day: 'numeric' })}</span>
        {showMonth && <span className="cal-month">{formatDay(day.date, locale, { month: 'short' })}</span>}
      </div>
      <div className="cal-tags" aria-hidden="true">
        {day.meeting && <span className={`cal-tag ${day.thematic ? 'thematic' : 'meeting'}`}>{day.thematic ? t('calendar.tag.thematic') : t('calendar.tag.meeting')}</span>}
        {day.transparencyDeadline && <span className="cal-tag deadline">{t('calendar.tag.deadline')}</span>}
        {day.clash && <span className="cal-tag clash">{t('calendar.tag.clash')}</span>}
      </div>
      {lanes > 0 && (
        <div className="cal-bars" aria-hidden="true">
          {Array.from({ length: lanes }, (_, lane) => {
            const bar = byLane.get(lane)
            if (!bar) return <span key={lane} className="cal-bar empty" />
            return (
              <span key={lane} className={`cal-bar lane-${lane % 4}${bar.starts ? ' starts' : ''}${bar.ends ? ' ends' : ''}`}>
                {bar.labelled && (
                  // The name runs over the bar's next days of the week, as one bar would carry it.
                  <span className="cal-bar-label" style={{ '--span': bar.span } as React.CSSProperties}>
                    {bar.name}
                  </span>
                )}
              </span>
            )
          })}
        </div>
      )}
    </td>
  )
}

function WeekRow({ t, locale, week, lanes, first }: { t: Translate; locale: Locale; week: CalendarWeek; lanes: number; first: boolean }) {
  return (
    <tr>
      <th scope="row" className="cal-week">
        {t('calendar.weekOf', { date: formatDay(week.monday, locale, { day: 'numeric', month: 'short' }) })}
      </th>
      {week.days.map((day, i) => (
        <DayCell key={day.date} t={t} locale={locale} day={day} lanes={lanes} first={first && i === 0} />
      ))}
    </tr>
  )
}

/** The weeks around the meeting days as a table: one row a week, Monday to Sunday. Renders only. */
export function WeekCalendar({ t, locale, calendar, year }: { t: Translate; locale: Locale; calendar: Calendar; year: number }) {
  const weekdays = WEEKDAY_DATES.map((d) => ({ long: formatDay(d, locale, { weekday: 'long' }), short: formatDay(d, locale, { weekday: 'short' }) }))
  return (
    <div className="week-calendar">
      <div className="table-scroll">
        <table className="calendar-table">
          <caption>{t('calendar.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col" className="cal-week">
                {t('calendar.week')}
              </th>
              {weekdays.map((w, i) => (
                <th scope="col" key={w.long} className={i >= 5 ? 'weekend' : undefined}>
                  <abbr title={w.long}>{w.short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          {calendar.deadlineWeek && (
            <tbody className="deadline-week">
              <WeekRow t={t} locale={locale} week={calendar.deadlineWeek} lanes={calendar.lanes} first />
              <tr className="cal-gap">
                <td colSpan={8}>{t('calendar.gap')}</td>
              </tr>
            </tbody>
          )}
          <tbody>
            {calendar.weeks.map((week, i) => (
              <WeekRow key={week.monday} t={t} locale={locale} week={week} lanes={calendar.lanes} first={i === 0} />
            ))}
          </tbody>
        </table>
      </div>
      <CalendarLegend t={t} />
    </div>
  )
}

export function CalendarLegend({ t }: { t: Translate }) {
  const entries = [
    ['meeting', t('calendar.legend.meeting')],
    ['thematic', t('calendar.legend.thematic')],
    ['deadline', t('calendar.legend.deadline')],
    ['weekend', t('calendar.legend.weekend')],
    ['other', t('calendar.legend.other')],
    ['clash', t('calendar.legend.clash')],
  ] as const
  return (
    <div className="calendar-legend">
      <h2 className="legend-title" id="calendar-legend-title">
        {t('calendar.legend.title')}
      </h2>
      <ul aria-labelledby="calendar-legend-title">
        {entries.map(([key, text]) => (
          <li key={key}>
            <span className={`swatch ${key}`} aria-hidden="true" />
            {text}
          </li>
        ))}
      </ul>
    </div>
  )
}
