// Two people saved one item: a merge by field against what the item was when this person opened it.
// Pure, so that it is tested without a browser.
import type { ItemFields } from './schema'

export type Field = keyof ItemFields
export type Clash = { field: Field; mine: unknown; theirs: unknown }

// A list of ids (objectives) is a set; a list of sub-items keeps its order.
const canonical = (v: unknown) => JSON.stringify(Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v].sort() : (v ?? null))
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b)

/**
 * `fields`: mine, with their changes taken where only they changed a field; `taken`: those fields;
 * `clashes`: the fields both changed to different values (mine is kept there until a choice is made).
 */
export function mergeFields(base: ItemFields, mine: ItemFields, theirs: ItemFields): { fields: ItemFields; taken: Field[]; clashes: Clash[] } {
  const fields = { ...mine }
  const taken: Field[] = []
  const clashes: Clash[] = []
  for (const field of Object.keys(theirs) as Field[]) {
    const theyChanged = !same(theirs[field], base[field])
    const iChanged = !same(mine[field], base[field])
    if (!theyChanged || same(mine[field], theirs[field])) continue
    if (!iChanged) {
      ;(fields as Record<Field, unknown>)[field] = theirs[field]
      taken.push(field)
    } else clashes.push({ field, mine: mine[field], theirs: theirs[field] })
  }
  return { fields, taken, clashes }
}
