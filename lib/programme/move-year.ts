// Moving a programme to another year: the days land on the same weekdays of the same week of the
// month (the third week of June stays the third week of June), or after a chosen first day.
import { addDays, daysBetween, isIsoDate, weekday, type IsoDate } from './dates'

const mondayOf = (date: IsoDate) => addDays(date, -((weekday(date) + 6) % 7))

/** The date in `year` that corresponds to `date` by week of the month and weekday. */
export function sameWeekdayInYear(date: IsoDate, year: number): IsoDate {
  const monday = mondayOf(date)
  // The Monday may fall in the previous month (or year): keep its distance in years and its month.
  const yearShift = Number(monday.slice(0, 4)) - Number(date.slice(0, 4))
  const nth = Math.floor((Number(monday.slice(8, 10)) - 1) / 7) // 0 for the first Monday of its month
  const firstOfMonth = `${year + yearShift}-${monday.slice(5, 7)}-01`
  const firstMonday = addDays(firstOfMonth, (8 - weekday(firstOfMonth)) % 7)
  return addDays(firstMonday, nth * 7 + daysBetween(monday, date))
}

type Dated = {
  year: number
  days: { date: IsoDate }[]
  otherMeetings?: { start: IsoDate; end: IsoDate }[]
  formatDecision: { decidedOn: IsoDate } | null
}

/**
 * A copy of the programme moved to `year`. Every day keeps its distance from the first day, so a
 * thematic day stays next to the regular days; `firstDay` overrides where the first day lands.
 */
export function moveToYear<T extends Dated>(doc: T, year: number, firstDay?: IsoDate): T {
  const first = doc.days.map((d) => d.date).sort()[0]
  if (!first) return { ...doc, year }
  const offset = daysBetween(first, firstDay ?? sameWeekdayInYear(first, year))
  const move = (date: IsoDate) => addDays(date, offset)
  const decided = doc.formatDecision
  return {
    ...doc,
    year,
    days: doc.days.map((d) => ({ ...d, date: move(d.date) })),
    ...(doc.otherMeetings ? { otherMeetings: doc.otherMeetings.map((m) => ({ ...m, start: move(m.start), end: move(m.end) })) } : {}),
    // The decision keeps its day of the year (29 February becomes the 28th in a common year).
    formatDecision: decided && { ...decided, decidedOn: isIsoDate(`${year}${decided.decidedOn.slice(4)}`) ? `${year}${decided.decidedOn.slice(4)}` : `${year}-02-28` },
  }
}
