import Link from 'next/link'
import { formatDateRange } from '@/lib/i18n/dates'
import type { Locale, Translate } from '@/lib/i18n'
import type { ProgrammeSummary } from '@/lib/meetings/queries'

export function ProgrammeTable({ t, locale, programmes, hrefFor }: { t: Translate; locale: Locale; programmes: ProgrammeSummary[]; hrefFor: (year: number) => string }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('programmes.year')}</th>
          <th scope="col">{t('programmes.dates')}</th>
          <th scope="col">{t('programmes.venue')}</th>
          <th scope="col">{t('programmes.format')}</th>
          <th scope="col">{t('programmes.status')}</th>
        </tr>
      </thead>
      <tbody>
        {programmes.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <Link href={hrefFor(p.year)} aria-label={t('programmes.open', { year: p.year })}>
                {p.year}
              </Link>
            </th>
            <td>{formatDateRange(p.firstDay, p.lastDay, locale)}</td>
            <td>{p.venue}</td>
            <td>{p.format ? t(`formats.${p.format as 'thematic-day'}`) : t('formats.undecided')}</td>
            <td>
              <span className={`badge ${p.status}`}>{t(`statuses.${p.status as 'draft'}`)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
