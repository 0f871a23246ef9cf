// Invitations by e-mail: an administrator invites a person with a role (for a year, or standing); the
// e-mail carries a one-time link valid for 7 days on which the person chooses a password (or signs in
// through single sign-on, lib/auth/accounts). Re-sending makes a new link (the old one stops
// working); revoking ends it. Only the hash of a link's token is kept.
import 'server-only'
import { mutation, publicMutation } from '@/lib/actions'
import { accountFromInvitation } from '@/lib/auth/accounts'
import { hashPassword } from '@/lib/auth/passwords'
import type { Role } from '@/lib/auth/permissions'
import { consumePublicLimits } from '@/lib/auth/public-limits'
import type { Db, Tx } from '@/lib/db'
import { Forbidden, NotFound, Refusal } from '@/lib/failures'
import { isLocale } from '@/lib/i18n/languages'
import { invitationMail } from './mail'
import { AcceptInvitationInput, InvitationInput, InvitationRef } from './schema'
import { hashToken, INVITATION_TTL_MS, newToken } from './tokens'

export type InvitationState = 'pending' | 'expired' | 'accepted' | 'revoked'

/** Where an invitation stands at `now` (an expired one is only derived, never written). */
export function invitationState(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  if (invitation.acceptedAt) return 'accepted'
  if (invitation.revokedAt) return 'revoked'
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending'
}

const pendingOnly = { acceptedAt: null, revokedAt: null }

export const invite = mutation({
  schema: InvitationInput,
  permission: 'people.invite',
  programme: null,
  async run({ tx, user, now, audit, mail }, input) {
    // Only an administrator makes another administrator (the table may one day let the ISU invite).
    if (input.admin && !user.admin) throw new Forbidden('users.manage')
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new Refusal('accountExists', { email: input.email })
    // One link at a time for an address: an earlier pending invitation ends.
    await tx.invitation.updateMany({ where: { email: input.email, ...pendingOnly }, data: { revokedAt: now } })
    const token = newToken()
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS)
    const invitation = await tx.invitation.create({
      data: { email: input.email, name: input.name, role: input.role, year: input.year, admin: input.admin, language: input.language, tokenHash: hashToken(token), invitedById: user.id, expiresAt },
    })
    await mail(invitationMail(input.language, { ...input, inviter: user.name, token, expiresAt }))
    await audit('person.invited', { invitationId: invitation.id, email: input.email, role: input.role, year: input.year, admin: input.admin })
    return { invitationId: invitation.id, expiresAt: expiresAt.toISOString() }
  },
})

async function pendingInvitation(tx: Tx, id: string, now: Date) {
  const invitation = await tx.invitation.findUnique({ where: { id } })
  if (!invitation) throw new NotFound('invitationInvalid')
  const state = invitationState(invitation, now)
  // An expired invitation may be sent again (a new link); an accepted or revoked one may not.
  if (state === 'accepted' || state === 'revoked') throw new Refusal(state === 'accepted' ? 'invitationUsed' : 'invitationRevoked')
  return invitation
}

/** A new link for the same invitation, valid 7 days from now; the old link stops working. */
export const resendInvitation = mutation({
  schema: InvitationRef,
  permission: 'people.invite',
  programme: null,
  async run({ tx, user, now, audit, mail }, { invitationId }) {
    const invitation = await pendingInvitation(tx, invitationId, now)
    const token = newToken()
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS)
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, ...pendingOnly }, data: { tokenHash: hashToken(token), expiresAt } })
    if (count !== 1) throw new Refusal('invitationUsed')
    const language = isLocale(invitation.language) ? invitation.language : 'en'
    await mail(invitationMail(language, { email: invitation.email, name: invitation.name, role: invitation.role as Role, year: invitation.year, inviter: user.name, token, expiresAt }))
    await audit('person.invitationResent', { invitationId: invitation.id, email: invitation.email })
    return { expiresAt: expiresAt.toISOString() }
  },
})

export const revokeInvitation = mutation({
  schema: InvitationRef,
  permission: 'people.invite',
  programme: null,
  async run({ tx, now, audit }, { invitationId }) {
    const invitation = await pendingInvitation(tx, invitationId, now)
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, ...pendingOnly }, data: { revokedAt: now } })
    if (count !== 1) throw new Refusal('invitationUsed')
    await audit('person.invitationRevoked', { invitationId: invitation.id, email: invitation.email, role: invitation.role, year: invitation.year })
    return null
  },
})

/** The pending invitation of a link, or the refusal that says why it cannot be used. */
async function usableInvitation(db: Db | Tx, token: string, now: Date) {
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) } })
  if (!invitation) throw new NotFound('invitationInvalid')
  const state = invitationState(invitation, now)
  if (state !== 'pending') throw new Refusal(({ accepted: 'invitationUsed', revoked: 'invitationRevoked', expired: 'invitationExpired' } as const)[state])
  return invitation
}

/** The invited person chooses their name and password: their account, with the invitation's role. */
export const acceptInvitation = publicMutation({
  schema: AcceptInvitationInput,
  limit: (db, _input, address) => consumePublicLimits(db, [['tokenAddress', address]]),
  // The link is checked, then the password hashed, before the transaction: no lock waits on the hash.
  prepare: async (db, input, now) => (await usableInvitation(db, input.token, now), hashPassword(input.password)),
  async run({ tx, now, audit, prepared }, input) {
    const invitation = await usableInvitation(tx, input.token, now)
    const passwordHash = prepared as string
    // Claimed first: of two acceptances at once, one gets the account and the other is told the link was used.
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, ...pendingOnly }, data: { acceptedAt: now } })
    if (count !== 1) throw new Refusal('invitationUsed')
    const user = await accountFromInvitation(tx, invitation, { name: input.name, passwordHash })
    await audit('person.invitationAccepted', { invitationId: invitation.id, email: user.email, role: invitation.role, year: invitation.year, admin: invitation.admin }, user.id)
    return { email: user.email }
  },
})
