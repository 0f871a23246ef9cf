// Deactivating a person: they can no longer sign in, and every session they have open ends at its
// next request (their session version moves on, lib/auth/sessions). Nothing of theirs is removed:
// their comments, answers and history keep their name. Reactivating lets them sign in again.
import 'server-only'
import { mutation } from '@/lib/actions'
import { endSessions } from '@/lib/auth/sessions'
import { NotFound, Refusal } from '@/lib/failures'
import { ActivationInput } from './schema'

export const setActive = mutation({
  schema: ActivationInput,
  permission: 'people.manage',
  programme: null,
  async run({ tx, user: by, now, audit }, { userId, active }) {
    if (userId === by.id && !active) throw new Refusal('ownDeactivation')
    const person = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, deactivatedAt: true } })
    if (!person) throw new NotFound('userGone')
    if (!person.deactivatedAt === active) return { changed: false }
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: active ? null : now } })
    if (!active) await endSessions(tx, userId)
    // Their pending links end with them.
    if (!active) await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } })
    await audit(active ? 'person.reactivated' : 'person.deactivated', { userId, email: person.email, name: person.name })
    return { changed: true }
  },
})
