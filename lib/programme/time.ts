// Times of day in the interchange format: `HH:MM`, 24-hour, from 00:00 to 23:59 (rulebook, item-times).

/** Minutes after midnight. */
export type Minutes = number

/** Minutes after midnight of `HH:MM`, or null when the text is not a time from 00:00 to 23:59 ("9:00", "24:00" and "10:60" are not). */
export function parseTime(time: string): Minutes | null {
  // By character codes rather than a regular expression: the checker reads every item's two times.
  if (time.length !== 5 || time.charCodeAt(2) !== 58 /* : */) return null
  const h1 = time.charCodeAt(0) - 48
  const h2 = time.charCodeAt(1) - 48
  const m1 = time.charCodeAt(3) - 48
  const m2 = time.charCodeAt(4) - 48
  if (!(h1 >= 0 && h1 <= 2 && h2 >= 0 && h2 <= 9 && m1 >= 0 && m1 <= 5 && m2 >= 0 && m2 <= 9)) return null
  const hours = h1 * 10 + h2
  return hours > 23 ? null : hours * 60 + m1 * 10 + m2
}

export function isTime(value: unknown): value is string {
  return typeof value === 'string' && parseTime(value) !== null
}

/** `HH:MM` of minutes after midnight (0 to 1439). */
export function formatTime(minutes: Minutes): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`
}
