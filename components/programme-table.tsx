import Link from 'next/link'
import type { Translate } from '@/lib/i18n'
import type { ProgrammeSummary } from '@/lib/meetings/queries'

export function formatDateRange(first: string | null, last: string | null): string {
  if (!first) return '—'
  const fmt = (iso: string, opts: Intl.DateTimeFormatOptions) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', ...opts })
  if (!last || last === first) return fmt(first, { day: 'numeric', month: 'long', year: 'numeric' })
  return `${fmt(first, { day: 'numeric', month: 'long' })} – ${fmt(last, { day: 'numeric', month: 'long', year: 'numeric' })}`
}

export function ProgrammeTable({ t, programmes, hrefFor }: { t: Translate; programmes: ProgrammeSummary[]; hrefFor: (year: number) => string }) {
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
            <td>{formatDateRange(p.firstDay, p.lastDay)}</td>
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
