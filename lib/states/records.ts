// The ISU's records of States (status changes and obligations) and the invitations of items.
import 'server-only'
import { mutation } from '@/lib/actions'
import type { Db, Tx } from '@/lib/db'
import { Conflict, NotFound } from '@/lib/failures'
import { programmeIdOf, touchProgramme } from '@/lib/programme-store'
import { stateFacts, type StateFacts, type StateRecord, type StateStatus } from './list'
import { SaveStateSchema, SetInvitationSchema } from './schema'

type Row = { iso: string; status: string | null; article5Deadline: string | null; extensionPending: boolean; article4UnderWay: boolean; significantSurvivors: boolean; version: number }
const recordOf = (row: Row): StateRecord => ({
  iso: row.iso,
  status: (row.status as StateStatus | null) ?? null,
  article5Deadline: row.article5Deadline,
  extensionPending: row.extensionPending,
  article4UnderWay: row.article4UnderWay,
  significantSurvivors: row.significantSurvivors,
  version: row.version,
})

/** Every State Party and signatory with what the ISU has entered. */
export async function listStateFacts(database: Db | Tx): Promise<StateFacts[]> {
  return stateFacts((await database.stateRecord.findMany()).map(recordOf))
}

export const saveState = mutation({
  schema: SaveStateSchema,
  permission: 'states.edit',
  programme: null,
  async run({ tx, audit }, input): Promise<StateRecord> {
    const { iso, version, ...data } = input
    const current = await tx.stateRecord.findUnique({ where: { iso } })
    if (version === null ? current !== null : current?.version !== version) throw new Conflict(current ? recordOf(current) : null)
    const row = current
      ? await tx.stateRecord.update({ where: { iso, version: current.version }, data: { ...data, version: { increment: 1 } } })
      : await tx.stateRecord.create({ data: { iso, ...data } })
    await audit('state.saved', { iso, ...data }, null)
    return recordOf(row)
  },
})

export const setInvitation = mutation({
  schema: SetInvitationSchema,
  permission: 'programme.edit',
  programme: (tx, input) => programmeIdOf.item(tx, input.itemId),
  async run({ tx, programme, audit }, input): Promise<{ itemId: string; version: number }> {
    const { count } = await tx.item.updateMany({
      where: { id: input.itemId, version: input.version },
      data: { invited: input.invited, version: { increment: 1 } },
    })
    if (count === 0) {
      const row = await tx.item.findUnique({ where: { id: input.itemId }, select: { version: true } })
      if (!row) throw new NotFound('itemGone')
      throw new Conflict({ version: row.version })
    }
    await touchProgramme(tx, programme.id)
    await audit('item.invited', { itemId: input.itemId, states: input.invited.states, basis: input.invited.basis })
    return { itemId: input.itemId, version: input.version + 1 }
  },
})
