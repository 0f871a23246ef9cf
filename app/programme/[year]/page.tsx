import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { after } from 'next/server'
import { PdfDownloadButton } from '@/components/pdf-download-button'
import { messagesFor, translator } from '@/lib/i18n'
import { getLocale } from '@/lib/i18n/server'
import { formatDateRange, formatDayMonthYear } from '@/lib/i18n/dates'
import { programmeOutline } from '@/lib/programme/outline'
import { prepareProgrammePdf } from '@/lib/publication/pdf'
import { yearFromParam } from '@/lib/programme'
import { programmeHeadOfYear } from '@/lib/programme-store'
import { findPublication } from '@/lib/publication/queries'
import { db } from '@/lib/db'
import { documentSymbol, programmeFileName } from '@/lib/publication/symbol'
import { ProgrammeView } from '@/components/publication/programme-view'
import './public-programme.css'

type Props = { params: Promise<{ year: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = translator(messagesFor(await getLocale()))
  return { title: t('publication.page.title', { year: (await params).year }) }
}

// Public: anyone may read a published programme, signed in or not. Any other status is answered
// exactly as a year without a programme (404): drafts are never public, nor is their existence.
export default async function PublicProgrammePage({ params }: Props) {
  const year = yearFromParam((await params).year)
  const head = year === null ? null : await programmeHeadOfYear(year)
  if (!head || head.status !== 'published') notFound()
  const publication = await findPublication(db(), head.year)
  if (!publication) notFound()

  const locale = await getLocale()
  after(() => prepareProgrammePdf(head, locale)) // ready (or kept already) by the time the reader clicks
  const t = translator(messagesFor(locale))
  const symbol = documentSymbol(head.year, head.revision)
  const outline = programmeOutline(publication.programme)
  const base = `/programme/${head.year}`

  return (
    <article className="public-programme" lang={locale}>
      <header className="pp-masthead">
        <p className="pp-symbol">
          <span className="sr-only">{t('publication.page.symbol')}: </span>
          {symbol.fullSymbol}
        </p>
        <p className="pp-issued">{t('publication.issuedOn', { date: formatDayMonthYear(publication.issuedOn, locale) })}</p>
      </header>
      <div className="pp-title">
        <p className="pp-convention">{t('publication.convention')}</p>
        <p className="pp-meetings">{t('publication.meetings')}</p>
        {outline.firstDay && outline.lastDay ? <p className="pp-when">{formatDateRange(outline.firstDay, outline.lastDay, locale)}</p> : null}
        <p className="pp-where">{publication.programme.venue}</p>
        <h1>{t('publication.page.title', { year: head.year })}</h1>
      </div>

      <section className="pp-downloads" aria-labelledby="downloads">
        <h2 id="downloads" className="sr-only">
          {t('publication.page.downloads')}
        </h2>
        <PdfDownloadButton href={`${base}/pdf`} fileName={programmeFileName(head.year, head.revision)} />
        <ul>
          <li>
            <a href={`${base}/ics`} download={programmeFileName(head.year, head.revision, 'ics')}>
              {t('publication.page.calendar')}
            </a>{' '}
            <span className="muted">{t('publication.page.calendarHint')}</span>
          </li>
          <li>
            <a href={`${base}/json`} download={programmeFileName(head.year, head.revision, 'json')}>
              {t('publication.page.json')}
            </a>{' '}
            <span className="muted">{t('publication.page.jsonHint')}</span>
          </li>
        </ul>
      </section>

      <ProgrammeView outline={outline} locale={locale} t={t} />
    </article>
  )
}
