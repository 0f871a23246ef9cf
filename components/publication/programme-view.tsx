import type { Locale, Translate } from '@/lib/i18n'
import { formatDate, itemTextsIn, speakerNamesIn } from '@/lib/programme'
import { formatDayHeading } from '@/lib/i18n/dates'
import { stateName } from '@/lib/states/names'
import { isThematic, type OutlineDay, type OutlineEntry, type ProgrammeOutline } from '@/lib/programme/outline'

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

const same: Digits = (text) => text

/** A text in the reader's language, or its English original marked "(English only)" in that language. */
export function InLanguage({ text, t, as: Tag = 'span', className }: { text: { text: string; original: boolean }; t: Translate; as?: 'span' | 'h3' | 'p' | 'strong'; className?: string }) {
  if (!text.original) return <Tag className={className}>{text.text}</Tag>
  return (
    <Tag className={className}>
      <bdi lang="en">{text.text}</bdi> <span className="pp-original-only">{t('itemTexts.englishOnly')}</span>
    </Tag>
  )
}

/** The footnote of the States invited to speak; its basis is entered in English only (the format has no translations of it). */
function InvitedStates({ invited, locale, t }: { invited: { states: readonly string[]; basis: string }; locale: Locale; t: Translate }) {
  const states = invited.states.map((code) => stateName(code, locale)).join(', ')
  if (locale === 'en') {
    return (
      <p className="pp-invited" role="note" data-testid="invited">
        {t('states.footnote', { basis: invited.basis, states })}
      </p>
    )
  }
  // The sentence around the reason, which is set apart in its language with the mark.
  const mark = '\u2063'
  const [before, after] = t('states.footnote', { basis: mark, states }).split(mark)
  return (
    <p className="pp-invited" role="note" data-testid="invited">
      {before}
      <InLanguage text={{ text: invited.basis, original: true }} t={t} />
      {after}
    </p>
  )
}

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
                const texts = itemTextsIn(item, locale)
                return (
                  <tr key={index}>
                    <td>{num(formatDate(date, locale))}</td>
                    <td>
                      <TimeRange start={item.start} end={item.end} num={num} />
                    </td>
                    <td>
                      <InLanguage as="strong" text={texts.title} t={t} />
                      {texts.description ? <InLanguage as="p" className="pp-description" text={texts.description} t={t} /> : null}
                    </td>
                    <td>{speakerNamesIn(item.speakers, (iso) => stateName(iso, locale)).join('; ')}</td>
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
  const texts = itemTextsIn(item, locale)
  if (entry.kind === 'break') {
    return (
      <li className="pp-break">
        <TimeRange start={item.start} end={item.end} num={num} />
        <InLanguage className="pp-break-title" text={texts.title} t={t} />
      </li>
    )
  }
  const thematic = isThematic(entry, day)
  return (
    <li className={thematic ? 'pp-item pp-thematic' : 'pp-item'} data-testid="programme-item">
      <TimeRange start={item.start} end={item.end} num={num} />
      <span className="pp-number" aria-label={t('publication.page.item', { number: num(String(entry.number)) })}>
        {num(String(entry.number))}.
      </span>
      <div className="pp-body">
        {item.segment === 'thematic' && !day.thematic ? <p className="pp-segment">{t('publication.thematicSegment')}</p> : null}
        <InLanguage as="h3" text={texts.title} t={t} />
        {texts.description ? <InLanguage as="p" className="pp-description" text={texts.description} t={t} /> : null}
        {texts.subItems.length ? (
          <ol className="pp-sub-items" type="a">
            {texts.subItems.map((sub, index) => (
              <li key={index}>
                <InLanguage text={sub.title} t={t} />
                {sub.description ? <InLanguage as="p" className="pp-description" text={sub.description} t={t} /> : null}
              </li>
            ))}
          </ol>
        ) : null}
        {item.speakers?.length ? (
          <p className="pp-speakers">
            {t('publication.speakers', { names: speakerNamesIn(item.speakers, (iso) => stateName(iso, locale)).join('; ') })}
          </p>
        ) : null}
        {item.invited?.states.length ? (
          <InvitedStates invited={item.invited} locale={locale} t={t} />
        ) : null}
      </div>
    </li>
  )
}
