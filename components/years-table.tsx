import Link from 'next/link'
import type { Locale, Translate } from '@/lib/i18n'
import type { YearOverview } from '@/lib/meetings/years'
import { formatDateRange } from '@/lib/i18n/dates'
import { textIn, type TranslationLanguage } from '@/lib/programme'
import { DeleteProgrammeButton } from './meetings/delete-programme-button'

function FindingCounts({ t, counts }: { t: Translate; counts: YearOverview['findings'] }) {
  if (counts.unchecked) return <span className="count-badge error">{t('years.unchecked')}</span>
  if (!counts.errors && !counts.warnings) return <span className="count-badge ok">{t('years.noFindings')}</span>
  return (
    <span className="finding-counts">
      {counts.errors > 0 && (
        <span className="count-badge error">{t('years.errorCount', { count: counts.errors })}</span>
      )}
      {counts.warnings > 0 && (
        <span className="count-badge warning">{t('years.warningCount', { count: counts.warnings })}</span>
      )}
    </span>
  )
}

/** The venue in the reader's language where it was entered in it, else as entered (in English). */
function Venue({ p, locale }: { p: YearOverview; locale: Locale }) {
  const venue = textIn(p.venue, { [locale]: p.translations?.[locale as TranslationLanguage]?.venue }, locale)
  return <td lang={venue.original ? 'en' : undefined}>{venue.text}</td>
}

/** The programmes, one row a year, newest first, with what the rulebook finds in each. */
export function YearsTable({ t, locale, years, mayDelete }: { t: Translate; locale: Locale; years: YearOverview[]; mayDelete: (p: YearOverview) => boolean }) {
  return (
    <div className="table-scroll">
      <table className="years-table">
        <caption className="sr-only">{t('years.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('years.year')}</th>
            <th scope="col">{t('years.dates')}</th>
            <th scope="col">{t('years.venue')}</th>
            <th scope="col">{t('years.format')}</th>
            <th scope="col">{t('years.status')}</th>
            <th scope="col">{t('years.findings')}</th>
            <th scope="col">
              <span className="sr-only">{t('years.more')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((p) => (
            <tr key={p.id} data-year={p.year}>
              <th scope="row">
                <Link href={`/meetings/${p.year}`} className="year-link" aria-label={t('years.open', { year: p.year })}>
                  {p.year}
                </Link>
              </th>
              <td>{formatDateRange(p.firstDay, p.lastDay, locale)}</td>
              <Venue p={p} locale={locale} />
              <td>{p.format ? t(`formats.${p.format as 'thematic-day'}`) : <span className="muted">{t('formats.undecided')}</span>}</td>
              <td>
                <span className={`badge ${p.status}`}>{t(`statuses.${p.status as 'draft'}`)}</span>
                {p.revision > 0 && <span className="muted"> {t('years.revision', { number: p.revision })}</span>}
              </td>
              <td>
                <FindingCounts t={t} counts={p.findings} />
              </td>
              <td className="row-links">
                <Link href={`/meetings/${p.year}/calendar`} aria-label={t('years.calendarOf', { year: p.year })}>
                  {t('years.calendar')}
                </Link>
                <a href={`/meetings/${p.year}/export`} download aria-label={t('years.exportOf', { year: p.year })}>
                  {t('years.export')}
                </a>
                {mayDelete(p) && <DeleteProgrammeButton programmeId={p.id} year={p.year} version={p.version} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
