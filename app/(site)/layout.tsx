import type { Metadata } from 'next'
import { SiteFrame } from '../site-frame'

export const metadata: Metadata = {
  title: { default: 'Intersessional Planner', template: '%s · Intersessional Planner' },
  description: 'Programmes of the Intersessional Meetings of the Anti-Personnel Mine Ban Convention',
}

// The root layout of the application's pages (the public programme pages have their own: app/published).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>
}
