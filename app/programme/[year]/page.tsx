import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ReleaseDocument } from '@/components/publication/release-document'
import { getLocale, getT } from '@/lib/i18n/server'
import { releaseView } from '@/lib/publication/release-view'
import './public-programme.css'

type Props = { params: Promise<{ year: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getT()
  return { title: t('publication.page.title', { year: (await params).year }) }
}

// Public: the latest release of the year's programme, for anyone, whatever the working copy is doing
// (a revision being drafted, consulted or approved stays out of sight until it is published). A year
// never published is answered exactly as a year without a programme (404).
export default async function PublicProgrammePage({ params }: Props) {
  const locale = await getLocale()
  const view = await releaseView({ year: (await params).year }, locale)
  if (!view) notFound()
  return <ReleaseDocument view={view} locale={locale} t={await getT()} />
}
