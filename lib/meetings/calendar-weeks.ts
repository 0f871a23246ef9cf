// The week at a glance: the weeks around a year's meeting days, day by day, with the meetings of
// other Conventions drawn as bars and the transparency deadline (30 April, Art. 7) marked. Pure:
// plain objects in, plain objects out, so the page renders it and the tests read it.
import { addDays, daysBetween, weekday, type IsoDate } from '@/lib/programme'

export type CalendarInput = {
  year: number
  days: readonly { date: IsoDate; thematic: boolean }[]
  otherMeetings: readonly { id?: string; name: string; start: IsoDate; end: IsoDate }[]
}

/** One other meeting's piece on one day; `lane` keeps a meeting on the same line all week long. */
export type CalendarBar = {
  id: string
  name: string
  lane: number
  /** The meeting begins on this day (else it continues from the day before). */
  starts: boolean
  /** The meeting ends on this day. */
  ends: boolean
  /** Where its name is written: its first day, or the Monday of a week it continues into. */
  labelled: boolean
  /** Days from this one to the meeting's last day within this week (Monday to Sunday): how far the name may run. */
  span: number
}

export type CalendarDay = {
  date: IsoDate
  weekend: boolean
  meeting: boolean
  thematic: boolean
  /** 30 April of the programme's year: transparency reports are due (Art. 7). */
  transparencyDeadline: boolean
  bars: CalendarBar[]
  /** A meeting day that is also a day of another meeting (rule `other-meeting-clash`). */
  clash: boolean
}

/** Monday to Sunday. */
export type CalendarWeek = { monday: IsoDate; days: CalendarDay[] }

export type WeekCalendar = {
  weeks: CalendarWeek[]
  /** 30 April of the year. */
  deadline: IsoDate
  /** The week of 30 April, when it is not among `weeks` (drawn apart as a mini-row). */
  deadlineWeek: CalendarWeek | null
  /** From 30 April to the first meeting day, in whole weeks and the days left over; null without meeting days. */
  beforeDeadline: { days: number; weeks: number; extraDays: number } | null
  /** How many lines the bars need. */
  lanes: number
  /** Meeting days that clash with another meeting. */
  clashes: IsoDate[]
  /** Other meetings that fall wholly outside the weeks shown. */
  outside: { id: string; name: string; start: IsoDate; end: IsoDate }[]
}

const WEEKS_AROUND = 2

/** The Monday of the week (Monday to Sunday) that holds the date. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7))
}

/** The Monday of the third week of June: the third Monday of the month. */
export function thirdMondayOfJune(year: number): IsoDate {
  const first = `${String(year).padStart(4, '0')}-06-01`
  return addDays(first, ((8 - weekday(first)) % 7) + 14)
}

type Placed = { id: string; name: string; start: IsoDate; end: IsoDate; lane: number }

/** Lanes by a greedy sweep: a meeting takes the first line free on its first day. */
function placeInLanes(meetings: CalendarInput['otherMeetings']): Placed[] {
  const sorted = meetings
    .map((m, index) => ({ id: m.id ?? `other-${index}`, name: m.name, start: m.start, end: m.end < m.start ? m.start : m.end }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.name.localeCompare(b.name))
  const laneEnds: IsoDate[] = []
  return sorted.map((m) => {
    let lane = laneEnds.findIndex((end) => end < m.start)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = m.end
    return { ...m, lane }
  })
}

function weekFrom(monday: IsoDate, meetingDays: Map<IsoDate, boolean>, deadline: IsoDate, placed: Placed[]): CalendarWeek {
  const days: CalendarDay[] = []
  for (let i = 0; i < 7; i += 1) {
    const date = addDays(monday, i)
    const bars = placed
      .filter((m) => m.start <= date && date <= m.end)
      .map((m) => ({
        id: m.id,
        name: m.name,
        lane: m.lane,
        starts: m.start === date,
        ends: m.end === date,
        labelled: m.start === date || i === 0,
        span: Math.min(daysBetween(date, m.end) + 1, 7 - i),
      }))
      .sort((a, b) => a.lane - b.lane)
    const meeting = meetingDays.has(date)
    days.push({
      date,
      weekend: i >= 5,
      meeting,
      thematic: meetingDays.get(date) === true,
      transparencyDeadline: date === deadline,
      bars,
      clash: meeting && bars.length > 0,
    })
  }
  return { monday, days }
}

/**
 * The calendar from the Monday two weeks before the first meeting day to the Sunday two weeks after
 * the last (around the third week of June while there is no day), and the week of 30 April.
 */
export function weekCalendar(input: CalendarInput): WeekCalendar {
  const dates = input.days.map((d) => d.date).sort()
  const meetingDays = new Map(input.days.map((d) => [d.date, d.thematic]))
  const first = dates[0]
  const last = dates.at(-1)
  const from = addDays(mondayOf(first ?? thirdMondayOfJune(input.year)), -7 * WEEKS_AROUND)
  const to = addDays(mondayOf(last ?? thirdMondayOfJune(input.year)), 7 * WEEKS_AROUND)
  const deadline = `${String(input.year).padStart(4, '0')}-04-30`
  const placed = placeInLanes(input.otherMeetings)

  const weeks: CalendarWeek[] = []
  for (let monday = from; monday <= to; monday = addDays(monday, 7)) weeks.push(weekFrom(monday, meetingDays, deadline, placed))
  const lastShown = addDays(to, 6)

  const deadlineMonday = mondayOf(deadline)
  const deadlineShown = deadlineMonday >= from && deadlineMonday <= to
  const before = first ? daysBetween(deadline, first) : null

  return {
    weeks,
    deadline,
    deadlineWeek: deadlineShown ? null : weekFrom(deadlineMonday, meetingDays, deadline, placed),
    beforeDeadline: before === null ? null : { days: before, weeks: Math.trunc(before / 7), extraDays: before % 7 },
    lanes: placed.reduce((n, m) => Math.max(n, m.lane + 1), 0),
    clashes: weeks.flatMap((w) => w.days.filter((d) => d.clash).map((d) => d.date)),
    outside: placed.filter((m) => m.end < from || m.start > lastShown).map(({ id, name, start, end }) => ({ id, name, start, end })),
  }
}
