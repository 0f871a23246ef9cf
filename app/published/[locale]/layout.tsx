import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ClientMessages } from '@/components/client-messages'
import { PublicSiteHeader } from '@/components/public-site-header'
import { translator } from '@/lib/i18n/languages'
import { isPageLanguage, pageWords } from '@/lib/i18n/page-language'
import { LOCALES } from '@/lib/i18n/languages'
import { arabic, sans } from '../../fonts'
import '../../globals.css'

export const metadata: Metadata = {
  title: { default: 'Intersessional Planner', template: '%s · Intersessional Planner' },
  description: 'Programmes of the Intersessional Meetings of the Anti-Personnel Mine Ban Convention',
}

// The root layout of the public programme pages (/programme/YEAR and its releases, rewritten here by
// proxy.ts with the reader's language in the address). It reads no session, no cookie and no header,
// so a page is rendered once per release and language and served from the cache like a static file;
// the signed-in part of the header is asked for from the browser (PublicSiteHeader).
// The languages are known (an unknown one is not found); the years and releases are rendered at
// their first request (a layout's `dynamicParams = false` would hold for the pages below it too).
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }))
}

export default async function PublishedLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale: language } = await params
  if (!isPageLanguage(language)) notFound()
  const { locale, messages, dir } = pageWords(language)
  const t = translator(messages)
  return (
    <html lang={locale} dir={dir} className={`${sans.variable} ${arabic.variable}`}>
      <body>
        {/* What the header (menu, links of the person's role, unread count) and the page's buttons say. */}
        <ClientMessages namespaces={['app', 'nav', 'roles', 'notifications', 'timetable', 'i11pseudo', 'people', 'publication', 'errors']} language={language}>
          <a className="skip-link" href="#main">
            {t('app.skipToContent')}
          </a>
          <PublicSiteHeader />
          <main id="main">{children}</main>
        </ClientMessages>
      </body>
    </html>
  )
}
