import { I18nProvider } from '@/components/i18n'
import { messagesFor, type Messages } from '@/lib/i18n'
import { getLocale } from '@/lib/i18n/server'

/** A namespace of the catalogue: `editor`, `comments`… */
export type Namespace = keyof Messages

/**
 * Hands the client components inside it the messages of these namespaces, in the reader's language,
 * added to those of the providers above it: the browser receives only what its components say.
 * tests/i18n/client-messages.test.ts checks that each page and layout names what its components use.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: React.ReactNode }) {
  const locale = await getLocale()
  const all = messagesFor(locale)
  const picked: Partial<Messages> = Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]))
  return (
    <I18nProvider locale={locale} messages={picked}>
      {children}
    </I18nProvider>
  )
}
