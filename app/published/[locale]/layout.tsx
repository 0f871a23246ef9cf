import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ClientMessages } from '@/components/client-messages'
import { PublicHeader } from '@/components/public-header'
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
// so a page is rendered once per release and language and served from the cache like a static file.
// A page is served as a document, without Next.js's scripts (lib/cached-pages.mjs's documentOnly):
// what it does in the browser, its one script does (public/scripts/public-page.js), and the
// signed-in part of the header is asked for from there.
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
        {/* What the components rendered inside say (the download link, the not-found message): rendered here only. */}
        <ClientMessages namespaces={['publication', 'errors']} language={language}>
          <a className="skip-link" href="#main">
            {t('app.skipToContent')}
          </a>
          <PublicHeader t={t} locale={locale} language={language} />
          <main id="main">{children}</main>
        </ClientMessages>
        <script type="module" src="/scripts/public-page.js" defer data-page-script="" />
      </body>
    </html>
  )
}
