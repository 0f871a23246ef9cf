'use client'
import { useT } from '@/components/i18n'
import { NotFoundMessage } from '@/components/not-found-message'

// A year never published, or a release that does not exist: said in the page's language (the
// layout's), as the application's own not-found page says it.
export default function NotFoundPage() {
  return <NotFoundMessage t={useT()} />
}
