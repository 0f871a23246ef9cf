// The users' side of signing in: finding the account by its e-mail, the account made when an
// invitation is accepted (with a password or through single sign-on), and the account of a person
// who signs in through single sign-on.
import type { Db, Tx } from '@/lib/db'
import { Refusal } from '@/lib/failures'
import { toSessionUser, type SessionUser } from './user'

export async function findUserForSignIn(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() } })
}

/** What an invitation gives: a role for a year (a membership, the standing role observer), or a standing role. */
export type InvitationGrant = { id: string; email: string; role: string; year: number | null; admin: boolean }

/**
 * The account of an accepted invitation (claimed by the caller in the same transaction). A role for a
 * year makes a membership of that year and leaves the standing role observer (decision: roles per year).
 */
export async function accountFromInvitation(tx: Tx, invitation: InvitationGrant, person: { name: string; passwordHash: string | null }) {
  if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw new Refusal('accountExists', { email: invitation.email })
  const user = await tx.user.create({
    data: {
      email: invitation.email,
      name: person.name,
      role: invitation.year === null ? invitation.role : 'observer',
      admin: invitation.admin,
      passwordHash: person.passwordHash,
      ...(invitation.year !== null ? { memberships: { create: { year: invitation.year, role: invitation.role } } } : {}),
    },
  })
  await tx.invitation.update({ where: { id: invitation.id }, data: { userId: user.id } })
  return user
}

/**
 * Finds or creates the user who signed in through single sign-on. A new person with a pending
 * invitation to their address accepts it (its role); anyone else starts as an observer until an
 * administrator gives a role.
 */
export async function upsertSsoUser(db: Db, email: string, name: string, now = new Date()): Promise<SessionUser> {
  const address = email.toLowerCase()
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: address } })
    if (existing) return toSessionUser(existing)
    const invitation = await tx.invitation.findFirst({ where: { email: address, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: 'desc' } })
    if (invitation) {
      const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } })
      if (claimed.count === 1) {
        const user = await accountFromInvitation(tx, invitation, { name, passwordHash: null })
        await tx.auditEvent.create({ data: { userId: user.id, action: 'person.invitationAccepted', programmeId: null, detail: { email: address, role: invitation.role, year: invitation.year, admin: invitation.admin, through: 'sso' } } })
        return toSessionUser(user)
      }
    }
    return toSessionUser(await tx.user.create({ data: { email: address, name, role: 'observer' } }))
  })
}

/** Whether the person of this address may sign in (unknown addresses may: single sign-on makes their account). */
export async function mayStillSignIn(db: Db, email: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { deactivatedAt: true } })
  return !user?.deactivatedAt
}
