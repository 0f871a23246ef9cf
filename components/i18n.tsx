'use client'
import { createContext, useContext, useMemo } from 'react'
import { translator, type Locale, type Messages, type Translate } from '@/lib/i18n'

const I18nContext = createContext<{ locale: Locale; t: Translate } | null>(null)

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: React.ReactNode }) {
  const value = useMemo(() => ({ locale, t: translator(messages, locale) }), [locale, messages])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useT(): Translate {
  const ctx = useContext(I18nContext)
  if (!ctx) throw new Error('useT() outside <I18nProvider>')
  return ctx.t
}

/** The language the page is shown in. */
export function useLocale(): Locale {
  const ctx = useContext(I18nContext)
  if (!ctx) throw new Error('useLocale() outside <I18nProvider>')
  return ctx.locale
}
