// Dates of a programme written for people, in the reader's language ("16–17 June 2026").
// Calendar days, not instants: formatted at UTC midnight so no time zone can move them.
const at = (iso: string) => new Date(`${iso}T00:00:00Z`)

export function formatDay(iso: string, locale: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  return at(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : locale, { timeZone: 'UTC', ...options })
}

export function formatDateRange(first: string | null, last: string | null, locale: string): string {
  if (!first) return '—'
  if (!last || last === first) return formatDay(first, locale)
  if (first.slice(0, 7) === last.slice(0, 7)) return `${formatDay(first, locale, { day: 'numeric' })}–${formatDay(last, locale)}`
  return `${formatDay(first, locale, { day: 'numeric', month: 'long' })} – ${formatDay(last, locale)}`
}
