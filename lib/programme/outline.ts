// The programme as it is read on paper and on the public page: the formal items numbered in order
// across the days (1., 2., 3. ...), the breaks between them unnumbered, and the side events apart,
// listed at the end. Pure: the public page and the calendar share it; the numbers are numberItems's
// (numbering.ts), the one numbering of the editor, the PDF and the public page.
import { numberItems } from './numbering'
import type { Item, Programme } from './schema'
import { parseTime } from './time'

export type OutlineEntry =
  /** A formal item of the meetings, with its number in the whole programme. */
  | { kind: 'item'; number: number; item: Item }
  /** A break: shown in a lighter line, not numbered. */
  | { kind: 'break'; item: Item }

export type OutlineDay = {
  /** 1-based number of the day in the programme. */
  number: number
  date: string
  thematic: boolean
  entries: OutlineEntry[]
}

export type OutlineSideEvent = { date: string; item: Item }

export type ProgrammeOutline = {
  days: OutlineDay[]
  sideEvents: OutlineSideEvent[]
  firstDay: string | null
  lastDay: string | null
  /** How many items are numbered. */
  itemCount: number
}

/** A time for ordering: minutes after midnight; a time that is not one after every time of the day. */
const minutes = (time: string) => parseTime(time) ?? Number.POSITIVE_INFINITY

/** Days in calendar order, items in time order (numbered as numberItems numbers them); side events taken out to the end. */
export function programmeOutline(programme: Programme): ProgrammeOutline {
  const numbers = numberItems(programme)
  const days = programme.days.map((day, index) => ({ day, numbers: numbers[index]! })).sort((a, b) => (a.day.date < b.day.date ? -1 : a.day.date > b.day.date ? 1 : 0))
  let count = 0
  const sideEvents: OutlineSideEvent[] = []
  const outlineDays = days.map(({ day, numbers: dayNumbers }, index): OutlineDay => {
    const entries: OutlineEntry[] = []
    const inTimeOrder = day.items
      .map((item, position) => ({ item, position }))
      .sort((a, b) => minutes(a.item.start) - minutes(b.item.start) || minutes(a.item.end) - minutes(b.item.end) || a.position - b.position)
    for (const { item, position } of inTimeOrder) {
      const number = dayNumbers[position]
      if (item.segment === 'side-event') sideEvents.push({ date: day.date, item })
      else if (!number) entries.push({ kind: 'break', item })
      else {
        entries.push({ kind: 'item', number: number.number, item })
        count += 1
      }
    }
    return { number: index + 1, date: day.date, thematic: day.thematic, entries }
  })
  // Side events at a glance: by day, then by start time (stable, so equal times keep their order).
  sideEvents.sort((a, b) => (a.date === b.date ? compareText(a.item.start, b.item.start) : compareText(a.date, b.date)))
  return { days: outlineDays, sideEvents, firstDay: days[0]?.day.date ?? null, lastDay: days.at(-1)?.day.date ?? null, itemCount: count }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Is the item part of the thematic discussions: a thematic segment, or any formal item of a thematic day? */
export function isThematic(entry: OutlineEntry, day: OutlineDay): boolean {
  return entry.kind === 'item' && (entry.item.segment === 'thematic' || day.thematic)
}
