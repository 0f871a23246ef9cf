import type { Metadata } from 'next'
import { ProgrammeTable } from '@/components/programme-table'
import { db } from '@/lib/db'
import { getLocale, getT } from '@/lib/i18n/server'
import { publishedProgrammes } from '@/lib/publication/release-list'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.published') }
}
export const dynamic = 'force-dynamic'

// Public: anyone may read what has been published, signed in or not: each year's latest release, even
// while a revision of it is being drafted.
export default async function PublishedProgrammesPage() {
  const [t, locale] = await Promise.all([getT(), getLocale()])
  const programmes = await publishedProgrammes(db())
  return (
    <>
      <h1>{t('nav.published')}</h1>
      <p className="muted">{t('home.observer')}</p>
      {programmes.length ? <ProgrammeTable t={t} locale={locale} programmes={programmes} hrefFor={(y) => `/programme/${y}`} /> : <p>{t('programmes.noPublished')}</p>}
    </>
  )
}
