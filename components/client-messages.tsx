import { I18nProvider } from '@/components/i18n'
import type { Messages } from '@/lib/i18n'
import { pageWords, type PageLanguage } from '@/lib/i18n/page-language'
import { getLocale, getMessages } from '@/lib/i18n/server'

/** A namespace of the catalogue: `editor`, `comments`… */
export type Namespace = keyof Messages

/**
 * Hands the client components inside it the messages of these namespaces, in the reader's language
 * (or in `language`, for the cached public pages, which read nothing of the request), added to those
 * of the providers above it: the browser receives only what its components say.
 * tests/i18n/client-messages.test.ts checks that each page and layout names what its components use.
 */
export async function ClientMessages({ namespaces, language, children }: { namespaces: readonly Namespace[]; language?: PageLanguage; children: React.ReactNode }) {
  const [locale, all] = language ? [pageWords(language).locale, pageWords(language).messages] : await Promise.all([getLocale(), getMessages()])
  const picked: Partial<Messages> = Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]))
  return (
    <I18nProvider locale={locale} messages={picked}>
      {children}
    </I18nProvider>
  )
}
