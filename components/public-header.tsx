import { Menu, X } from 'lucide-react'
import Link from 'next/link'
import type { Locale, Translate } from '@/lib/i18n'
import type { PageLanguage } from '@/lib/i18n/page-language'
import { LanguageButtons } from './language-buttons'
import switcher from './language-switcher.module.css'
import notificationStyles from './notifications/notifications.module.css'

/** The words the public page's script says while it downloads the PDF (public/scripts/public-page.js). */
const DOWNLOAD_WORDS = ['preparing', 'receiving', 'saved', 'failed', 'network', 'signedOut', 'forbidden', 'notFound', 'server'] as const

/**
 * The header of the public programme pages, which are cached (the same HTML for everyone) and run no
 * framework in the browser: the same header as the application's (components/site-header.tsx), as
 * plain HTML. The language buttons post a plain form (/api/language); the page's script
 * (public/scripts/public-page.js) opens the menu on a phone, asks who is signed in (/api/header) and
 * shows their links, unread count and sign-out button, or the sign-in link, and downloads the PDF
 * with its progress, in the words carried here.
 */
export function PublicHeader({ t, locale, language }: { t: Translate; locale: Locale; language: PageLanguage }) {
  const downloadWords = Object.fromEntries(DOWNLOAD_WORDS.map((word) => [word, t(`publication.download.${word}`, { percent: '{percent}', file: '{file}', reason: '{reason}', status: '{status}' })]))
  return (
    <header className="site-header" data-public-header data-language={language} data-badge-class={notificationStyles.badge} data-download-words={JSON.stringify(downloadWords)}>
      <Link href="/" className="brand">
        {t('app.name')}
      </Link>
      <button type="button" className="menu-toggle" aria-expanded="false" aria-controls="site-menu">
        <Menu size={18} aria-hidden="true" className="when-closed" />
        <X size={18} aria-hidden="true" className="when-open" />
        <span>{t('timetable.menu')}</span>
      </button>
      <div id="site-menu" className="site-menu">
        <nav aria-label={t('i11pseudo.mainNavigation')}>
          <ul data-header-links>
            <li>
              <Link href="/programme">{t('nav.published')}</Link>
            </li>
          </ul>
        </nav>
        <div className="who" data-header-account>
          <form className={switcher.switcher} method="post" action="/api/language" aria-label={t('publication.language.label')}>
            <LanguageButtons current={locale} />
          </form>
          <Link href="/signin" hidden data-signed-out>
            {t('nav.signIn')}
          </Link>
        </div>
      </div>
    </header>
  )
}
