// Text that a database cannot keep as it was typed: the NUL character (PostgreSQL refuses it, and
// the save would fail) and half of a surrogate pair (UTF-8 cannot encode it: SQLite would store
// replacement characters instead). Such text is refused with a message naming the field, never
// stored altered. Pure: the server actions, the import and the browser share it.

export const UNSTORABLE_TEXT = 'This text has a character that cannot be stored (a NUL character, or half of an emoji). Remove it and try again.'

export const isStorableText = (text: string) => !text.includes('\u0000') && text.isWellFormed()

/** Deep enough for every text of the interchange format: `days[0].items[1].translations.fr.subItems[2].title` is 9 levels. */
const DEPTH = 12

/** The paths of the strings in `value` (objects and arrays, DEPTH levels deep) that cannot be stored. */
export function unstorableTextPaths(value: unknown, path: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'string') {
    if (!isStorableText(value)) found.push(path)
  } else if (Array.isArray(value)) {
    if (path.length < DEPTH) value.forEach((v, i) => unstorableTextPaths(v, [...path, i], found))
  } else if (value && typeof value === 'object' && path.length < DEPTH) {
    for (const [key, v] of Object.entries(value)) unstorableTextPaths(v, [...path, key], found)
  }
  return found
}
