'use client'
import { useTransition } from 'react'
import { setLocale } from '@/lib/i18n/actions'
import { LOCALES, type Locale } from '@/lib/i18n'
import { publishedPageAddress } from '@/lib/publication/public-pages'
import { useLocale, useT } from './i18n'
import styles from './language-switcher.module.css'

/** Each language in its own words, whatever the page's language. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' }

/** English, Français, Español: a form that works without JavaScript too (a server action). */
export function LanguageSwitcher() {
  const t = useT()
  const current = useLocale()
  const [pending, startTransition] = useTransition()
  return (
    <form
      className={styles.switcher}
      aria-label={t('publication.language.label')}
      action={(formData) =>
        startTransition(async () => {
          await setLocale(formData)
          // A cached public page is chosen by language before it is rendered (proxy.ts): it is asked for again.
          if (publishedPageAddress(window.location.pathname, current) !== null) window.location.reload()
        })
      }
      aria-busy={pending}
    >
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
        >
          {LANGUAGE_NAMES[locale]}
        </button>
      ))}
    </form>
  )
}
