import { NotFoundMessage } from '@/components/not-found-message'
import { getT } from '@/lib/i18n/server'

export default async function NotFoundPage() {
  return <NotFoundMessage t={await getT()} />
}
