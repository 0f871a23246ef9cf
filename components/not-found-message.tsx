import Link from 'next/link'
import type { Translate } from '@/lib/i18n'

/** "Page not found", with a way back: the application's and the public pages' not-found pages. */
export function NotFoundMessage({ t }: { t: Translate }) {
  return (
    <div className="card narrow">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFound')}</p>
      <Link href="/">{t('errors.back')}</Link>
    </div>
  )
}
