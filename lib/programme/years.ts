// The years a programme may have: the Convention's first Meeting of the States Parties (1999) to
// 2100. The creation form, the import, the URLs and the actions all take this one range.
export const MIN_YEAR = 1999
export const MAX_YEAR = 2100

export const isProgrammeYear = (year: unknown): year is number => typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR

/** A year as written in a URL: four digits within the range, else null. */
export function yearFromParam(param: string): number | null {
  if (!/^\d{4}$/.test(param)) return null
  const year = Number(param)
  return isProgrammeYear(year) ? year : null
}
