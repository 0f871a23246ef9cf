import { en } from './messages/en'

// A small translation layer: messages per language as typed objects, `{name}` placeholders.
// French and Spanish are added as files beside en.ts with the same keys, and listed in LOCALES.
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof en>

export const LOCALES = ['en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'
export const LOCALE_COOKIE = 'locale'

const catalogues: Record<Locale, Messages> = { en }

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>
}[keyof T & string]
export type MessageKey = Paths<Messages>

export const isLocale = (v: unknown): v is Locale => (LOCALES as readonly unknown[]).includes(v)
export const messagesFor = (locale: Locale): Messages => catalogues[locale]

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

export function translator(messages: Messages): Translate {
  return (key, vars) => {
    let node: unknown = messages
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
    const text = typeof node === 'string' ? node : key
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text
  }
}
