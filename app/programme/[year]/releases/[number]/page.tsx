import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ReleaseDocument } from '@/components/publication/release-document'
import { getLocale, getT } from '@/lib/i18n/server'
import { releaseView } from '@/lib/publication/release-view'
import '../../public-programme.css'

type Props = { params: Promise<{ year: string; number: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getT()
  const { year, number } = await params
  return { title: t('releases.releaseTitle', { year, revision: number === '0' ? t('releases.original') : `Rev.${number}` }) }
}

// Public: one release of the year's programme, at its own address for good (a later release replaces
// it on /programme/YEAR, never here).
export default async function ReleasePage({ params }: Props) {
  const locale = await getLocale()
  const view = await releaseView(await params, locale)
  if (!view) notFound()
  return <ReleaseDocument view={view} locale={locale} t={await getT()} />
}
