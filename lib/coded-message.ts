// A sentence kept as a code: a catalogue key and the values it names, written as one line of text
// (`notify.approved?name=Ana&year=2027`, the values as in a query string). Stored where a sentence
// was stored before (a notification's title, a field's message), it is said in the reader's language
// when read; a sentence written out (an older row, a person's own words) reads back as null.

/** A key of the catalogue and its values, as one line of text. */
export function codedMessage(key: string, values: Record<string, string | number | null | undefined> = {}): string {
  const entries = Object.entries(values).filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
  const query = new URLSearchParams(entries.map(([name, value]) => [name, String(value)])).toString()
  return query ? `${key}?${query}` : key
}

const CODED = /^([a-z][A-Za-z]*(?:\.[\w-]+)+)(?:\?(.*))?$/s

/** A coded message read back: its key and values; null for a sentence written out. */
export function readCodedMessage(text: string): { key: string; values: Record<string, string> } | null {
  const match = CODED.exec(text)
  if (!match) return null
  return { key: match[1]!, values: Object.fromEntries(new URLSearchParams(match[2] ?? '')) }
}
