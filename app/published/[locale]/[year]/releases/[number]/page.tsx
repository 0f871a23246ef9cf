import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ReleaseDocument } from '@/components/publication/release-document'
import { translator } from '@/lib/i18n/languages'
import { releaseView } from '@/lib/publication/release-view'
import { wordsOf } from '../../../words'
import '../../public-programme.css'

type Props = { params: Promise<{ locale: string; year: string; number: string }> }

// Cached as the year's page is (it lists the year's releases, which a later publication lengthens).
export const revalidate = 5
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year, number } = await params
  const t = translator(wordsOf(locale).messages)
  return { title: t('releases.releaseTitle', { year, revision: number === '0' ? t('releases.original') : `Rev.${number}` }) }
}

// Public: one release of the year's programme, at its own address for good (a later release replaces
// it on /programme/YEAR, never here).
export default async function ReleasePage({ params }: Props) {
  const { locale: language, year, number } = await params
  const { locale, messages } = wordsOf(language)
  const view = await releaseView({ year, number }, locale)
  if (!view) notFound()
  return <ReleaseDocument view={view} locale={locale} t={translator(messages)} />
}
