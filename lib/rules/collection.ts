// The rule over several programmes: where they are stored or imported together.
import { finding, type Finding } from './finding'

/** The year of a document when it is readable: an integer `year` field, valid programme or not. */
export function readableYear(doc: unknown): number | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null
  const year = (doc as { year?: unknown }).year
  return typeof year === 'number' && Number.isInteger(year) ? year : null
}

// one-per-year: 3RC, the meetings "will be held each year": one programme for a year.
export function onePerYear(years: readonly (number | null)[]): Finding[][] {
  const count = new Map<number, number>()
  for (const year of years) if (year !== null) count.set(year, (count.get(year) ?? 0) + 1)
  return years.map((year) => {
    const sharing = year === null ? 0 : (count.get(year) ?? 0) - 1
    if (year === null || sharing === 0) return []
    const others = sharing === 1 ? 'Another programme' : `${sharing} other programmes`
    return [
      finding(
        'one-per-year',
        `${others} in this collection ${sharing === 1 ? 'is' : 'are'} also for ${year}; there is one programme of Intersessional Meetings each year.`,
        'year',
        { year, others: sharing },
      ),
    ]
  })
}
