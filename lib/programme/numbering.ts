// Numbering, as the Convention's annotated programmes do it (programme-format.md, end of version 2):
// the items of the formal meeting (neither `break` nor `side-event`) are numbered 1, 2, 3… across the
// days in time order, and their sub-items lettered a, b, c (item 4's are 4a, 4b). Breaks and side
// events carry no number. The PDF, the public page and the editor share this one function.
import { parseTime } from './time'
import { INFORMAL_SEGMENTS, type Segment } from './vocabulary'

export interface ItemNumber {
  number: number
  /** The number as printed: "4". */
  label: string
  /** The sub-items' labels in their order: "4a", "4b". */
  subItems: string[]
}

interface Numberable {
  days: readonly {
    date: string
    items: readonly { start: string; end: string; segment?: Segment; subItems?: readonly unknown[] }[]
  }[]
}

/** "a" for the first sub-item, "z" for the 26th (the format allows no more); "aa", "ab"… beyond, should a caller need it. */
export function subItemLetter(index: number): string {
  let letters = ''
  let rest = index
  do {
    letters = String.fromCharCode(97 + (rest % 26)) + letters
    rest = Math.floor(rest / 26) - 1
  } while (rest >= 0)
  return letters
}

/** A time for ordering: minutes after midnight, and a time that is not one after every time of the day. */
const minutes = (time: string) => parseTime(time) ?? Number.POSITIVE_INFINITY

/**
 * The number of each item, in the document's order: `numbers[d][i]` is that of `days[d].items[i]`,
 * or null for a break or a side event. Days are taken by date, items by start, then end, then their
 * place in the file.
 */
export function numberItems(programme: Numberable): (ItemNumber | null)[][] {
  const numbers: (ItemNumber | null)[][] = programme.days.map((day) => day.items.map(() => null))
  const days = programme.days.map((day, index) => ({ day, index })).sort((a, b) => (a.day.date < b.day.date ? -1 : a.day.date > b.day.date ? 1 : a.index - b.index))
  let next = 1
  for (const { day, index: dayIndex } of days) {
    const formal = day.items
      .map((item, index) => ({ item, index, start: minutes(item.start), end: minutes(item.end) }))
      .filter(({ item }) => !INFORMAL_SEGMENTS.has(item.segment ?? 'general'))
      .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index)
    for (const { item, index } of formal) {
      const label = String(next)
      const row = numbers[dayIndex]
      if (row) row[index] = { number: next, label, subItems: (item.subItems ?? []).map((_, i) => `${label}${subItemLetter(i)}`) }
      next += 1
    }
  }
  return numbers
}
