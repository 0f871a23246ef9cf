import type { Locale, Translate } from '@/lib/i18n'
import { formatDate, speakerNames } from '@/lib/programme'
import { formatDayHeading } from '@/lib/i18n/dates'
import { stateName } from '@/lib/states/names'
import { isThematic, type OutlineDay, type OutlineEntry, type ProgrammeOutline } from '@/lib/programme/outline'
import { anyUntranslated, textIn, type TextInLanguage } from '@/lib/programme/texts-in-language'

/** Digits as the year chose them for the page (Arabic-Indic or Western in Arabic, Western otherwise). */
type Digits = (text: string) => string
type Props = { outline: ProgrammeOutline; locale: Locale; t: Translate; num?: Digits }

/** "10:00–11:00", left to right whatever the page's direction (a time range reads from its start). */
function TimeRange({ start, end, num }: { start: string; end: string; num: Digits }) {
  return (
    <bdi className="pp-time" dir="ltr">
      {num(`${start}–${end}`)}
    </bdi>
  )
}

/** A text of the programme: in the page's language, or in English, kept apart from the text around it. */
function Text({ text, locale }: { text: TextInLanguage; locale: Locale }) {
  return text.lang === locale ? <>{text.text}</> : <bdi lang={text.lang}>{text.text}</bdi>
}

const same: Digits = (text) => text

/** The programme day by day, items numbered across the days, then the side events: as in the PDF. */
export function ProgrammeView({ outline, locale, t, num = same }: Props) {
  return (
    <>
      {outline.days.map((day) => (
        <section key={day.date} className={day.thematic ? 'pp-day pp-thematic-day' : 'pp-day'} aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`}>
            <span>{num(formatDayHeading(day.date, locale))}</span>
            {day.thematic ? <span className="pp-tag">{t('publication.thematicDay')}</span> : null}
          </h2>
          <ol className="pp-entries">
            {day.entries.map((entry, index) => (
              <Entry key={index} entry={entry} day={day} t={t} locale={locale} num={num} />
            ))}
          </ol>
        </section>
      ))}

      <section className="pp-side-events" aria-labelledby="side-events">
        <h2 id="side-events">{t('publication.sideEvents')}</h2>
        <p className="muted">{outline.sideEvents.length ? t('publication.sideEventsIntro') : t('publication.sideEventsNone')}</p>
        {outline.sideEvents.length ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('publication.date')}</th>
                <th scope="col">{t('publication.time')}</th>
                <th scope="col">{t('publication.event')}</th>
                <th scope="col">{t('publication.hosts')}</th>
              </tr>
            </thead>
            <tbody>
              {outline.sideEvents.map(({ date, item }, index) => {
                const title = textIn(item, 'title', locale)
                const description = textIn(item, 'description', locale)
                return (
                  <tr key={index}>
                    <td>{num(formatDate(date, locale))}</td>
                    <td>
                      <TimeRange start={item.start} end={item.end} num={num} />
                    </td>
                    <td>
                      <strong>{title ? <Text text={title} locale={locale} /> : null}</strong>
                      {anyUntranslated(locale, title, description) ? <span className="pp-original-only"> {t('i20.originalOnly')}</span> : null}
                      {description ? (
                        <p className="pp-description">
                          <Text text={description} locale={locale} />
                        </p>
                      ) : null}
                    </td>
                    <td>{speakerNames(item.speakers).join('; ')}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  )
}

function Entry({ entry, day, t, locale, num }: { entry: OutlineEntry; day: OutlineDay; t: Translate; locale: Locale; num: Digits }) {
  const { item } = entry
  const title = textIn(item, 'title', locale)
  if (entry.kind === 'break') {
    return (
      <li className="pp-break">
        <TimeRange start={item.start} end={item.end} num={num} />
        <span className="pp-break-title">{title ? <Text text={title} locale={locale} /> : null}</span>
      </li>
    )
  }
  const thematic = isThematic(entry, day)
  const description = textIn(item, 'description', locale)
  return (
    <li className={thematic ? 'pp-item pp-thematic' : 'pp-item'} data-testid="programme-item">
      <TimeRange start={item.start} end={item.end} num={num} />
      <span className="pp-number" aria-label={t('publication.page.item', { number: num(String(entry.number)) })}>
        {num(String(entry.number))}.
      </span>
      <div className="pp-body">
        {item.segment === 'thematic' && !day.thematic ? <p className="pp-segment">{t('publication.thematicSegment')}</p> : null}
        <h3>
          {title ? <Text text={title} locale={locale} /> : null}
          {anyUntranslated(locale, title, description) ? <span className="pp-original-only"> {t('i20.originalOnly')}</span> : null}
        </h3>
        {description ? (
          <p className="pp-description">
            <Text text={description} locale={locale} />
          </p>
        ) : null}
        {item.speakers?.length ? (
          <p className="pp-speakers">
            {t('publication.speakers', { names: speakerNames(item.speakers).join('; ') })}
          </p>
        ) : null}
        {item.invited?.states.length ? (
          <p className="pp-invited" role="note" data-testid="invited">
            {t('states.footnote', { basis: item.invited.basis, states: item.invited.states.map((code) => stateName(code, locale)).join(', ') })}
          </p>
        ) : null}
      </div>
    </li>
  )
}
