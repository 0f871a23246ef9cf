import Link from 'next/link'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'
import { administrators } from '@/lib/people/queries'

export default async function Forbidden() {
  const [t, admins] = await Promise.all([getT(), administrators(db())])
  return (
    <div className="card narrow">
      <h1>{t('errors.forbiddenTitle')}</h1>
      <p>{t('errors.forbidden')}</p>
      <p data-testid="forbidden-help">
        {admins.length ? t('people.forbidden.help', { names: admins.map((a) => a.name).join(', ') }) : t('people.forbidden.noAdmins')}
      </p>
      <Link href="/">{t('errors.back')}</Link>
    </div>
  )
}
