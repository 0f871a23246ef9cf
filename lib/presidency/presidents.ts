// The President of each year's Presidency, kept by the ISU (issue 16). The meeting itself follows
// from the year (lib/programme/presidency.ts); only the person and their State are stored.
import 'server-only'
import { mutation } from '@/lib/actions'
import type { Db } from '@/lib/db'
import { Conflict } from '@/lib/failures'
import { presidencyOfYear, presidentTitle, type Presidency } from '@/lib/programme'
import { SavePresidentSchema } from './schema'

export type StoredPresident = { year: number; president: string; state: string | null; version: number }
export type YearPresidency = { presidency: Presidency | null; title: string | null; president: StoredPresident | null }

const fieldsOf = (row: StoredPresident): StoredPresident => ({ year: row.year, president: row.president, state: row.state, version: row.version })

/** The year's meeting, its wording, and the President entered for it (or null). */
export async function presidencyOf(database: Db, year: number): Promise<YearPresidency> {
  const presidency = presidencyOfYear(year)
  const row = await database.presidency.findUnique({ where: { year } })
  return { presidency, title: presidency ? presidentTitle(presidency) : null, president: row ? fieldsOf(row) : null }
}

export const savePresident = mutation({
  schema: SavePresidentSchema,
  permission: 'presidency.edit',
  programme: null,
  async run({ tx, audit }, input): Promise<StoredPresident> {
    const data = { president: input.president, state: input.state }
    const current = await tx.presidency.findUnique({ where: { year: input.year } })
    // A change names the version it started from: two people entering a President cannot overwrite each other.
    if (input.version === null ? current !== null : current?.version !== input.version) {
      throw new Conflict(current ? fieldsOf(current) : null)
    }
    const row = current
      ? await tx.presidency.update({ where: { year: input.year, version: current.version }, data: { ...data, version: { increment: 1 } } })
      : await tx.presidency.create({ data: { year: input.year, ...data } })
    await audit('presidency.saved', { year: input.year, ...data, before: current ? { president: current.president, state: current.state } : null }, null)
    return fieldsOf(row)
  },
})
