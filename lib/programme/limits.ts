// The limits of a programme: one set of numbers for the interchange format's schema (the import and
// the checker), the editor's forms and the server actions, so that a file can hold only what the
// editor can hold. The numbers are generous for a real programme (two or three days of about twenty
// items each) and small enough that no document can overwhelm a page, the rulebook or the PDF.

/** The first Intersessional Meetings were held in 1999, the year the Convention entered into force. */
export const MIN_YEAR = 1999
/** A four-digit year far enough ahead for any planning. */
export const MAX_YEAR = 2100

/** Whether a value is a year a programme may have: a whole number from MIN_YEAR to MAX_YEAR. */
export const isProgrammeYear = (year: unknown): year is number =>
  typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR

export const LIMITS = {
  /** Characters of a short text: a title, a venue, a name, a room, a chair, the basis of an invitation. */
  label: 300,
  /** Characters of a long text: a description, the rationale of the format decision. */
  description: 2000,
  /** Characters of an item's speakers written one per line, as the editor's field holds them. */
  speakersText: 2000,
  /** Meeting days of a programme (the editor's settings allow 10). */
  days: 10,
  /** Items of one day: a ten-hour day in three-minute slots. */
  itemsPerDay: 200,
  speakersPerItem: 50,
  /** Sub-items are lettered a to z. */
  subItemsPerItem: 26,
  /** Actions of the Action Plan an item addresses (the Oslo Action Plan has 50). */
  actionsPerItem: 100,
  /** The highest action number. */
  actionNumber: 999,
  /** States invited on one item: every State of the world. */
  invitedStates: 200,
  /** Meetings of other Conventions or activities listed beside the programme. */
  otherMeetings: 50,
} as const

/** Number of characters as people count them (an emoji is one), not UTF-16 units. */
export function characters(text: string): number {
  let count = 0
  for (const _ of text) count += 1
  return count
}

/** A year as written in a URL: four digits within the range, else null. */
export function yearFromParam(param: string): number | null {
  if (!/^\d{4}$/.test(param)) return null
  const year = Number(param)
  return isProgrammeYear(year) ? year : null
}
