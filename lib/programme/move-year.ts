// Moving a programme to another year: the days land on the same weekdays of the same week of the
// month (the third week of June stays the third week of June), or after a chosen first day.
const DAY_MS = 86_400_000
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const toIso = (t: number) => new Date(t).toISOString().slice(0, 10)
const weekday = (t: number) => (new Date(t).getUTCDay() + 6) % 7 // Monday 0 ... Sunday 6

/** The date in `year` that corresponds to `iso` by week of the month and weekday. */
export function sameWeekdayInYear(iso: string, year: number): string {
  const t = toTime(iso)
  const monday = t - weekday(t) * DAY_MS
  const m = new Date(monday)
  const nth = Math.floor((m.getUTCDate() - 1) / 7) // 0 for the first Monday of its month
  const firstOfMonth = Date.UTC(year + (m.getUTCFullYear() - new Date(t).getUTCFullYear()), m.getUTCMonth(), 1)
  const firstMonday = firstOfMonth + ((7 - weekday(firstOfMonth)) % 7) * DAY_MS
  return toIso(firstMonday + nth * 7 * DAY_MS + (t - monday))
}

type Dated = {
  year: number
  days: { date: string }[]
  otherMeetings?: { start: string; end: string }[]
  formatDecision: { decidedOn: string } | null
}

/**
 * A copy of the programme moved to `year`. Every day keeps its distance from the first day, so a
 * thematic day stays next to the regular days; `firstDay` overrides where the first day lands.
 */
export function moveToYear<T extends Dated>(doc: T, year: number, firstDay?: string): T {
  const first = doc.days.map((d) => d.date).sort()[0]
  if (!first) return { ...doc, year }
  const offset = toTime(firstDay ?? sameWeekdayInYear(first, year)) - toTime(first)
  const move = (iso: string) => toIso(toTime(iso) + offset)
  return {
    ...doc,
    year,
    days: doc.days.map((d) => ({ ...d, date: move(d.date) })),
    ...(doc.otherMeetings ? { otherMeetings: doc.otherMeetings.map((m) => ({ ...m, start: move(m.start), end: move(m.end) })) } : {}),
    formatDecision: doc.formatDecision && { ...doc.formatDecision, decidedOn: `${year}${doc.formatDecision.decidedOn.slice(4)}`.replace(/-02-29$/, '-02-28') },
  }
}
