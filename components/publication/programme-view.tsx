import type { Locale, Translate } from '@/lib/i18n'
import { formatDate, itemTextsIn, speakerNames } from '@/lib/programme'
import { formatDayHeading } from '@/lib/i18n/dates'
import { stateName } from '@/lib/states/names'
import { isThematic, type OutlineDay, type OutlineEntry, type ProgrammeOutline } from '@/lib/programme/outline'

/** A text in the reader's language, or its English original marked "(English only)" in that language. */
export function InLanguage({ text, t, as: Tag = 'span', className }: { text: { text: string; original: boolean }; t: Translate; as?: 'span' | 'h3' | 'p' | 'strong'; className?: string }) {
  if (!text.original) return <Tag className={className}>{text.text}</Tag>
  return (
    <Tag className={className}>
      <span lang="en">{text.text}</span> <span className="pp-original-only">{t('itemTexts.englishOnly')}</span>
    </Tag>
  )
}

/** The programme day by day, items numbered across the days, then the side events: as in the PDF. */
export function ProgrammeView({ outline, locale, t }: { outline: ProgrammeOutline; locale: Locale; t: Translate }) {
  return (
    <>
      {outline.days.map((day) => (
        <section key={day.date} className={day.thematic ? 'pp-day pp-thematic-day' : 'pp-day'} aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`}>
            <span>{formatDayHeading(day.date, locale)}</span>
            {day.thematic ? <span className="pp-tag">{t('publication.thematicDay')}</span> : null}
          </h2>
          <ol className="pp-entries">
            {day.entries.map((entry, index) => (
              <Entry key={index} entry={entry} day={day} t={t} locale={locale} />
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
                    <td>{formatDate(date, locale)}</td>
                    <td className="pp-time">
                      {item.start}–{item.end}
                    </td>
                    <td>
                      <InLanguage as="strong" text={texts.title} t={t} />
                      {texts.description ? <InLanguage as="p" className="pp-description" text={texts.description} t={t} /> : null}
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

function Entry({ entry, day, t, locale }: { entry: OutlineEntry; day: OutlineDay; t: Translate; locale: Locale }) {
  const { item } = entry
  const texts = itemTextsIn(item, locale)
  if (entry.kind === 'break') {
    return (
      <li className="pp-break">
        <span className="pp-time">
          {item.start}–{item.end}
        </span>
        <InLanguage className="pp-break-title" text={texts.title} t={t} />
      </li>
    )
  }
  const thematic = isThematic(entry, day)
  return (
    <li className={thematic ? 'pp-item pp-thematic' : 'pp-item'} data-testid="programme-item">
      <span className="pp-time">
        {item.start}–{item.end}
      </span>
      <span className="pp-number" aria-label={t('publication.page.item', { number: entry.number })}>
        {entry.number}.
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
