import Link from 'next/link'
import { PdfDownloadButton } from '@/components/pdf-download-button'
import type { Locale, Translate } from '@/lib/i18n'
import { formatDateRange, formatDayMonthYear } from '@/lib/i18n/dates'
import { digitsFor, withDigits } from '@/lib/i18n/digits'
import { programmeOutline } from '@/lib/programme/outline'
import { programmeFileName } from '@/lib/publication/symbol'
import type { ReleaseView } from '@/lib/publication/release-view'
import { textIn, type TranslationLanguage } from '@/lib/programme'
import { InLanguage, ProgrammeView } from './programme-view'

const revisionLabel = (number: number, t: Translate) => (number > 0 ? `Rev.${number}` : t('releases.original'))

/** "Rev.1, issued 12 May 2026" or "Issued 2 May 2026" (the symbol keeps its Latin digits, as the United Nations' Arabic documents print it). */
function issuedLine(number: number, issuedOn: string, locale: Locale, t: Translate, num: (text: string) => string) {
  const date = num(formatDayMonthYear(issuedOn, locale))
  return number > 0 ? t('releases.issued', { revision: revisionLabel(number, t), date }) : t('releases.issuedOriginal', { date })
}

/**
 * A release of the programme as the public reads it: its symbol, revision and day of issue, what it
 * replaces and what changed since, the downloads of this very release, the programme, and the year's
 * other releases.
 */
export function ReleaseDocument({ view, locale, t }: { view: ReleaseView; locale: Locale; t: Translate }) {
  const { release, previous, changes } = view
  const outline = programmeOutline(release.programme)
  const year = release.year
  const latest = release.number === view.latest
  const base = latest ? `/programme/${year}` : `/programme/${year}/releases/${release.number}`
  const file = (extension: 'pdf' | 'ics' | 'json') => `${base}/${extension}?lang=${locale}`
  const num = (text: string) => withDigits(text, digitsFor(locale, release.arabicDigits))
  const issued = issuedLine(release.number, release.issuedOn, locale, t, num)

  return (
    <article className="public-programme" lang={locale} data-release={release.number}>
      {latest ? null : (
        <p className="pp-superseded" role="note">
          {t('releases.superseded')} <Link href={`/programme/${year}`}>{t('releases.seeLatest')}</Link>
        </p>
      )}
      <header className="pp-masthead">
        {view.symbol ? (
          <p className="pp-symbol" data-testid="release-symbol">
            <span className="sr-only">{t('publication.page.symbol')}: </span>
            {view.symbol}
          </p>
        ) : null}
        <p className="pp-issued" data-testid="release-issued">
          {previous ? `${issued} — ${t('releases.replaces', { date: num(formatDayMonthYear(previous.issuedOn, locale)) })}` : issued}
        </p>
      </header>
      <div className="pp-title">
        <p className="pp-convention">{t('publication.convention')}</p>
        <p className="pp-meetings">{t('publication.meetings')}</p>
        {outline.firstDay && outline.lastDay ? <p className="pp-when">{num(formatDateRange(outline.firstDay, outline.lastDay, locale))}</p> : null}
        <InLanguage as="p" className="pp-where" text={textIn(release.programme.venue, { [locale]: release.programme.translations?.[locale as TranslationLanguage]?.venue }, locale)} t={t} />
        <h1>{t('publication.page.title', { year: num(String(year)) })}</h1>
      </div>

      {previous && changes ? (
        <section className="pp-changes" aria-labelledby="release-changes" data-testid="release-changes">
          <h2 id="release-changes">{t('releases.changesTitle', { date: num(formatDayMonthYear(previous.issuedOn, locale)) })}</h2>
          {changes.sentences.length ? (
            <ul>
              {changes.sentences.map((sentence, index) => (
                <li key={index}>{sentence}</li>
              ))}
              {changes.more ? <li>{t('releases.moreChanges', { count: changes.more })}</li> : null}
            </ul>
          ) : (
            <p className="muted">{t('releases.noChanges')}</p>
          )}
        </section>
      ) : null}

      <section className="pp-downloads" aria-labelledby="downloads">
        <h2 id="downloads" className="sr-only">
          {t('publication.page.downloads')}
        </h2>
        <PdfDownloadButton href={file('pdf')} fileName={programmeFileName(year, release.number)} />
        <ul>
          <li>
            <a href={file('ics')} download={programmeFileName(year, release.number, 'ics')}>
              {t('publication.page.calendar')}
            </a>{' '}
            <span className="muted">{t('publication.page.calendarHint')}</span>
          </li>
          <li>
            <a href={file('json')} download={programmeFileName(year, release.number, 'json')}>
              {t('publication.page.json')}
            </a>{' '}
            <span className="muted">{t('publication.page.jsonHint')}</span>
          </li>
        </ul>
      </section>

      <ProgrammeView outline={outline} locale={locale} t={t} num={num} />

      <nav className="pp-releases" aria-labelledby="releases">
        <h2 id="releases">{t('releases.earlier')}</h2>
        {view.releases.length > 1 ? (
          <ul>
            {view.releases.map((r) => (
              <li key={r.number} aria-current={r.number === release.number ? 'page' : undefined}>
                {r.number === release.number ? (
                  issuedLine(r.number, r.issuedOn, locale, t, num)
                ) : (
                  <Link href={r.number === view.latest ? `/programme/${year}` : `/programme/${year}/releases/${r.number}`}>{issuedLine(r.number, r.issuedOn, locale, t, num)}</Link>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('releases.earlierNone')}</p>
        )}
      </nav>
    </article>
  )
}
