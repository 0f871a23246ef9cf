// The programme as the workflow changes it: read it whole, and move its status under the optimistic
// lock (Programme.version), so that two people acting on one state cannot both succeed.
import { Conflict, NotFound } from '@/lib/actions'
import type { Db, Tx } from '@/lib/db'

/** The same rows as lib/meetings/queries `findProgrammeByYear`, by id, inside a transaction too. */
export function programmeWithDays(tx: Db | Tx, programmeId: string) {
  return tx.programme.findUnique({
    where: { id: programmeId },
    include: {
      days: { orderBy: { date: 'asc' }, include: { items: { orderBy: { position: 'asc' } } } },
      otherMeetings: { orderBy: { start: 'asc' } },
    },
  })
}

export async function programmeState(tx: Db | Tx, programmeId: string) {
  const p = await tx.programme.findUnique({ where: { id: programmeId }, select: { id: true, year: true, status: true, revision: true, version: true } })
  if (!p) throw new NotFound('This programme no longer exists.')
  return p
}

export type ProgrammeState = Awaited<ReturnType<typeof programmeState>>

/** What a conflict of status shows: the state someone else left the programme in. */
export type StatusConflict = { status: string; version: number; revision: number }

/**
 * Changes the programme's status (and any other field) only if it is still at `version`, and moves
 * the version on. Throws Conflict with the current state otherwise.
 */
export async function changeUnderLock(tx: Tx, programmeId: string, version: number, data: { status?: string; revision?: { increment: number } }) {
  const { count } = await tx.programme.updateMany({ where: { id: programmeId, version }, data: { ...data, version: { increment: 1 } } })
  if (count !== 1) {
    const now = await programmeState(tx, programmeId)
    throw new Conflict({ status: now.status, version: now.version, revision: now.revision } satisfies StatusConflict)
  }
  return programmeState(tx, programmeId)
}
