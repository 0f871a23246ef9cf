import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ReleaseDocument } from '@/components/publication/release-document'
import { translator } from '@/lib/i18n/languages'
import { releaseView } from '@/lib/publication/release-view'
import { wordsOf } from '../words'
import './public-programme.css'

type Props = { params: Promise<{ locale: string; year: string }> }

// Rendered at the first request for a year and language, then served from the cache: this server's
// publication renews it at once, another server's within 5 s (lib/publication/public-pages.ts).
export const revalidate = 5
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year } = await params
  return { title: translator(wordsOf(locale).messages)('publication.page.title', { year }) }
}

// Public: the latest release of the year's programme, for anyone, whatever the working copy is doing
// (a revision being drafted, consulted or approved stays out of sight until it is published). A year
// never published is answered exactly as a year without a programme (404).
export default async function PublicProgrammePage({ params }: Props) {
  const { locale: language, year } = await params
  const { locale, messages } = wordsOf(language)
  const view = await releaseView({ year }, locale)
  if (!view) notFound()
  return <ReleaseDocument view={view} locale={locale} t={translator(messages)} />
}
