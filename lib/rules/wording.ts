// Pieces of the findings' sentences: dates written out, item titles in quotes, times shown.
import { formatDate, isIsoDate } from '../programme/dates'
import type { DayFacts, ItemFacts, ProgrammeFacts } from './facts'

export const writtenDay = (facts: ProgrammeFacts, day: DayFacts) => formatDate(day.day.date, facts.locale)

// A working day worked out beyond year 9999 is no ISO date: shown as it is rather than failing.
export const writtenDate = (facts: ProgrammeFacts, date: string) => (isIsoDate(date) ? formatDate(date, facts.locale) : date)

export const quotedTitle = (item: ItemFacts) => (item.item.title.trim() === '' ? 'an untitled item' : `"${item.item.title}"`)

export const timeSpan = (item: ItemFacts) => `${item.item.start}-${item.item.end}`

/** "A", "A and B", "A, B and C". */
export function listed(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}
