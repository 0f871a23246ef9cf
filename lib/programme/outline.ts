// The programme as it is read on paper and on the public page: the formal items numbered in order
// across the days (1., 2., 3. ...), the breaks between them unnumbered, and the side events apart,
// listed at the end. Pure: the PDF, the public page and the calendar share it.
import type { Item, Programme } from './schema'

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

/** Days in calendar order, items in the order of the programme; side events taken out to the end. */
export function programmeOutline(programme: Programme): ProgrammeOutline {
  const days = [...programme.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  let number = 0
  const sideEvents: OutlineSideEvent[] = []
  const outlineDays = days.map((day, index): OutlineDay => {
    const entries: OutlineEntry[] = []
    for (const item of day.items) {
      if (item.segment === 'side-event') sideEvents.push({ date: day.date, item })
      else if (item.segment === 'break') entries.push({ kind: 'break', item })
      else entries.push({ kind: 'item', number: ++number, item })
    }
    return { number: index + 1, date: day.date, thematic: day.thematic, entries }
  })
  // Side events at a glance: by day, then by start time (stable, so equal times keep their order).
  sideEvents.sort((a, b) => (a.date === b.date ? compareText(a.item.start, b.item.start) : compareText(a.date, b.date)))
  return { days: outlineDays, sideEvents, firstDay: days[0]?.date ?? null, lastDay: days.at(-1)?.date ?? null, itemCount: number }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Is the item part of the thematic discussions: a thematic segment, or any formal item of a thematic day? */
export function isThematic(entry: OutlineEntry, day: OutlineDay): boolean {
  return entry.kind === 'item' && (entry.item.segment === 'thematic' || day.thematic)
}
