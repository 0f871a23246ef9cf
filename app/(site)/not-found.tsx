import Link from 'next/link'
import { getT } from '@/lib/i18n/server'

export default async function NotFoundPage() {
  const t = await getT()
  return (
    <div className="card narrow">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFound')}</p>
      <Link href="/">{t('errors.back')}</Link>
    </div>
  )
}
