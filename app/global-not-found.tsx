import type { Metadata } from 'next'
import NotFoundPage from './(site)/not-found'
import { SiteFrame } from './site-frame'

export const metadata: Metadata = { title: 'Not found · Intersessional Planner' }

// An address that matches no route. With two root layouts (the application's, and the cached public
// pages') there is no single layout above them: this page brings the application's document itself.
export default function GlobalNotFound() {
  return (
    <SiteFrame namespaces={['nav', 'publication', 'errors']}>
      <NotFoundPage />
    </SiteFrame>
  )
}
