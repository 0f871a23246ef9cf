import 'server-only'
// Presence in the editor (issue 15, "many hands at once"). It lives in the database, not in a server's
// memory, so that several servers behind one PostgreSQL agree on who is there. Reading who is there
// never writes; a heartbeat (POST) records it through the one pipeline of changes (lib/actions.ts),
// without an audit event: being present is not a change of the programme.
import { z } from 'zod'
import { mutation } from '@/lib/actions'
import type { Db, Tx } from '@/lib/db'
import { initialsOf, PRESENT_FOR_MS, stampOf, type ProgrammePulse } from './people'

const PresenceSchema = z.object({ programmeId: z.string().min(1), leaving: z.boolean().optional() })

/** The people who have the programme open now, other than `self`, by name. */
export async function pulseOf(database: Db | Tx, head: { id: string; version: number; updatedAt: Date }, self: string, now = new Date()): Promise<ProgrammePulse> {
  const rows = await database.presence.findMany({
    where: { programmeId: head.id, seenAt: { gt: new Date(now.getTime() - PRESENT_FOR_MS) }, userId: { not: self }, user: { deactivatedAt: null } },
    select: { user: { select: { id: true, name: true } } },
  })
  const people = rows.map((r) => ({ id: r.user.id, name: r.user.name, initials: initialsOf(r.user.name) })).sort((a, b) => a.name.localeCompare(b.name))
  return { stamp: stampOf(head), people }
}

/** "I have the programme open" (or, leaving, "I closed it"): the heartbeat of the editor. */
export const markPresent = mutation({
  schema: PresenceSchema,
  permission: 'programme.viewDraft',
  programme: (_tx, input) => input.programmeId,
  // Presence must not wait for, nor hold up, a save of the programme.
  lock: false,
  async run({ tx, user, programme, now }, input): Promise<ProgrammePulse> {
    // Leaving: seen long enough ago to count as gone at once.
    const seenAt = input.leaving ? new Date(now.getTime() - 2 * PRESENT_FOR_MS) : now
    await tx.presence.upsert({
      where: { programmeId_userId: { programmeId: programme.id, userId: user.id } },
      create: { programmeId: programme.id, userId: user.id, seenAt },
      update: { seenAt },
    })
    return pulseOf(tx, programme, user.id, now)
  },
})
