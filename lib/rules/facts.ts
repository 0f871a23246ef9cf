// What the rules need to know about a programme, worked out once: day numbers, weekdays and item
// times in minutes, days by date and items by time. Every rule family reads these instead of
// parsing dates and times again.
import { INFORMAL_SEGMENTS } from '../programme/vocabulary'
import { dayNumber, weekdayOfDayNumber, type Weekday } from '../programme/dates'
import { parseTime, type Minutes } from '../programme/time'
import type { Day, Item, Programme } from '../programme/schema'

export interface ItemFacts {
  item: Item
  dayIndex: number
  index: number
  /** Minutes after midnight; null when the text is not `HH:MM`. */
  start: Minutes | null
  end: Minutes | null
  /** Both times valid and the end after the start: the item has a place in the day's timetable. */
  timed: boolean
  /** A break or a side event: held beside the formal meeting. */
  informal: boolean
}

export interface DayFacts {
  day: Day
  index: number
  /** Days since 1970-01-01. */
  dayNumber: number
  weekday: Weekday
  /** In the document's order. */
  items: ItemFacts[]
  /** In the day's timetable order: by start, end and title; items without a valid time last. */
  byTime: ItemFacts[]
}

export interface ProgrammeFacts {
  programme: Programme
  year: number
  /** Language of the dates in messages. */
  locale: string
  /** In the document's order. */
  days: DayFacts[]
  /** By date. */
  chronological: DayFacts[]
}

// The order of a day's timetable. Ties are broken by title so that the wording of a pair does not
// depend on the order of the items in the file. (Infinity - Infinity is NaN, falsy: the next key decides.)
function byTime(a: ItemFacts, b: ItemFacts): number {
  return (
    (a.start ?? Number.POSITIVE_INFINITY) - (b.start ?? Number.POSITIVE_INFINITY) ||
    (a.end ?? Number.POSITIVE_INFINITY) - (b.end ?? Number.POSITIVE_INFINITY) ||
    (a.item.title < b.item.title ? -1 : a.item.title > b.item.title ? 1 : 0) ||
    a.index - b.index
  )
}

export function factsOf(programme: Programme, locale: string): ProgrammeFacts {
  const days = programme.days.map((day, dayIndex): DayFacts => {
    // The schema admitted only real dates, so the day number exists.
    const number = dayNumber(day.date) ?? Number.NaN
    const items = day.items.map((item, index): ItemFacts => {
      const start = parseTime(item.start)
      const end = parseTime(item.end)
      return {
        item,
        dayIndex,
        index,
        start,
        end,
        timed: start !== null && end !== null && end > start,
        informal: INFORMAL_SEGMENTS.has(item.segment),
      }
    })
    return { day, index: dayIndex, dayNumber: number, weekday: weekdayOfDayNumber(number), items, byTime: [...items].sort(byTime) }
  })
  const chronological = [...days].sort((a, b) => a.dayNumber - b.dayNumber)
  return { programme, year: programme.year, locale, days, chronological }
}

export const dayPath = (day: DayFacts) => `days[${day.index}]`
export const itemPath = (item: ItemFacts) => `days[${item.dayIndex}].items[${item.index}]`
