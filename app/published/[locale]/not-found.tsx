'use client'
import Link from 'next/link'
import { useT } from '@/components/i18n'

// A year never published, or a release that does not exist: said in the page's language (the
// layout's), as the application's own not-found page says it.
export default function NotFoundPage() {
  const t = useT()
  return (
    <div className="card narrow">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFound')}</p>
      <Link href="/">{t('errors.back')}</Link>
    </div>
  )
}
