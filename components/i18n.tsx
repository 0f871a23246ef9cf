'use client'
import { createContext, useContext, useMemo } from 'react'
import type { Messages } from '@/lib/i18n'
import { translator, type Locale, type Translate } from '@/lib/i18n/languages'

type I18n = { locale: Locale; messages: Partial<Messages>; t: Translate }
const I18nContext = createContext<I18n | null>(null)

/** The messages the client components inside it may say, added to those of the providers above it. */
export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Partial<Messages>; children: React.ReactNode }) {
  const parent = useContext(I18nContext)
  const value = useMemo(() => {
    const all = { ...parent?.messages, ...messages }
    return { locale, messages: all, t: translator(all as Messages, locale) }
  }, [locale, messages, parent])
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

