import type { Metadata } from 'next'
import { SiteFrame } from '../site-frame'

export const metadata: Metadata = {
  title: { default: 'Intersessional Planner', template: '%s · Intersessional Planner' },
  description: 'Programmes of the Intersessional Meetings of the Anti-Personnel Mine Ban Convention',
}

// The root layout of the application's pages (the public programme pages have their own: app/published).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  // What the header (language switcher, sign out) and every page's forms say in the browser.
  return <SiteFrame namespaces={['nav', 'publication', 'errors', 'fieldErrors']}>{children}</SiteFrame>
}
