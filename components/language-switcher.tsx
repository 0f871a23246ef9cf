'use client'
import { useTransition } from 'react'
import { setLocale } from '@/lib/people/language-choice'
import { useLocale, useT } from './i18n'
import { LanguageButtons } from './language-buttons'
import styles from './language-switcher.module.css'

/** The application's language switcher: a server action, which works without JavaScript too (the public pages post theirs to /api/language, components/public-header.tsx). */
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
        })
      }
      aria-busy={pending}
    >
      <LanguageButtons current={current} disabled={pending} />
    </form>
  )
}
