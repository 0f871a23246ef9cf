import { LANGUAGES, LOCALES, type Locale } from '@/lib/i18n/languages'

/** English, Français, Español, العربية: one submit button each, the current one pressed. */
export function LanguageButtons({ current, disabled = false }: { current: Locale; disabled?: boolean }) {
  return LOCALES.map((locale) => (
    <button key={locale} type="submit" name="locale" value={locale} lang={locale} aria-pressed={locale === current} disabled={disabled}>
      {LANGUAGES[locale].name}
    </button>
  ))
}
