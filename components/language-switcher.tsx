'use client'
import { useTransition } from 'react'
import { setLocale } from '@/lib/people/language-choice'
import { LANGUAGES, LOCALES } from '@/lib/i18n/languages'
import { publishedPageAddress } from '@/lib/publication/public-pages'
import { useLocale, useT } from './i18n'
import styles from './language-switcher.module.css'

/** English, Français, Español, العربية: a form that works without JavaScript too (a server action). */
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
          {LANGUAGES[locale].name}
        </button>
      ))}
    </form>
  )
}
