// Passwords: a forgotten one by e-mail (a one-time link valid for an hour; the answer never says
// whether the address has an account), and a change on the profile page. Either ends every session
// of the person (lib/auth/sessions): whoever held the old password is signed out.
import 'server-only'
import { mutation, publicMutation } from '@/lib/actions'
import { hashPassword, verifyPassword } from '@/lib/auth/passwords'
import { consumePublicLimits, withinPublicLimit } from '@/lib/auth/public-limits'
import { endSessions } from '@/lib/auth/sessions'
import type { Db, Tx } from '@/lib/db'
import { Conflict, NotFound, Refusal } from '@/lib/failures'
import { resetMail } from './mail'
import { PasswordChangeInput, ProfileInput, ResetPasswordInput, ResetRequestInput } from './schema'
import { hashToken, newToken, RESET_TTL_MS } from './tokens'

/**
 * Asks for a link: the same answer whether or not the address has an account (or is deactivated).
 * Too many requests from one address are refused; too many for one account are answered the same,
 * and no more e-mail is sent (its owner's inbox is not flooded, and the answer tells nothing).
 */
export const requestPasswordReset = publicMutation({
  schema: ResetRequestInput,
  limit: (db, _input, address) => consumePublicLimits(db, [['resetAddress', address]]),
  prepare: (db, input) => withinPublicLimit(db, 'resetAccount', input.email),
  async run({ tx, now, locale, mail, audit, prepared: withinLimit }, { email }) {
    const user = withinLimit ? await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, deactivatedAt: true } }) : null
    if (user && !user.deactivatedAt) {
      const token = newToken()
      const expiresAt = new Date(now.getTime() + RESET_TTL_MS)
      await tx.passwordReset.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt } })
      await mail(resetMail(locale, { ...user, token, expiresAt }))
      await audit('person.resetRequested', { userId: user.id }, user.id)
    }
    return { requested: true as const }
  },
})

/** The link's new password: once, within the hour; every session of the person ends. */
export const resetPassword = publicMutation({
  schema: ResetPasswordInput,
  limit: (db, _input, address) => consumePublicLimits(db, [['tokenAddress', address]]),
  // The link is checked, then the password hashed, before the transaction: no lock waits on the hash.
  prepare: async (db, input, now) => (await usableReset(db, input.token, now), hashPassword(input.password)),
  async run({ tx, now, audit, prepared }, input) {
    const reset = await usableReset(tx, input.token, now)
    const passwordHash = prepared as string
    const { count } = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } })
    if (count !== 1) throw new Refusal('resetUsed')
    // Every other link of the person ends too: one reset, one new password.
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } })
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } })
    await endSessions(tx, reset.userId)
    await audit('person.passwordReset', { userId: reset.userId }, reset.userId)
    return { email: reset.user.email }
  },
})

/** The reset of a link, or the refusal that says why it cannot be used. */
async function usableReset(db: Db | Tx, token: string, now: Date) {
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { email: true, deactivatedAt: true } } } })
  if (!reset || reset.user.deactivatedAt) throw new NotFound('resetInvalid')
  if (reset.usedAt) throw new Refusal('resetUsed')
  if (reset.expiresAt.getTime() <= now.getTime()) throw new Refusal('resetExpired')
  return reset
}

/** One's own name (comments and history show it). */
export const renameSelf = mutation({
  schema: ProfileInput,
  permission: 'profile.edit',
  programme: null,
  async run({ tx, user, audit }, { name }) {
    if (name === user.name) return { name }
    await tx.user.update({ where: { id: user.id }, data: { name } })
    await audit('person.renamed', { userId: user.id, previous: user.name, name })
    return { name }
  },
})

/** One's own password, the current one first; every session ends (this one too: sign in again). */
export const changePassword = mutation({
  schema: PasswordChangeInput,
  permission: 'profile.edit',
  programme: null,
  // Both hashes before the transaction (no lock waits on them); the change applies only to the password checked.
  async prepare(db, user, input) {
    const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } })
    if (!row) throw new NotFound('userGone')
    if (!(await verifyPassword(input.current, row.passwordHash))) throw new Refusal('wrongPassword')
    return { checked: row.passwordHash, passwordHash: await hashPassword(input.password) }
  },
  async run({ tx, user, audit, prepared }) {
    const { checked, passwordHash } = prepared as { checked: string | null; passwordHash: string }
    const { count } = await tx.user.updateMany({ where: { id: user.id, passwordHash: checked }, data: { passwordHash } })
    if (count !== 1) throw new Conflict(undefined, 'wrongPassword')
    await endSessions(tx, user.id)
    await audit('person.passwordChanged', { userId: user.id })
    return { signedOut: true as const }
  },
})
