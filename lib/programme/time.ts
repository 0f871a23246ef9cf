// Times of day in the interchange format: `HH:MM`, 24-hour, from 00:00 to 23:59 (rulebook, item-times).

/** Minutes after midnight. */
export type Minutes = number

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes after midnight of `HH:MM`, or null when the text is not a time from 00:00 to 23:59 ("9:00", "24:00" and "10:60" are not). */
export function parseTime(time: string): Minutes | null {
  const match = HH_MM.exec(time)
  if (!match) return null
  return Number(match[1]) * 60 + Number(match[2])
}

export function isTime(value: unknown): value is string {
  return typeof value === 'string' && HH_MM.test(value)
}

/** `HH:MM` of minutes after midnight (0 to 1439). */
export function formatTime(minutes: Minutes): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`
}
