// Passwords: a forgotten one by e-mail (a one-time link valid for an hour; the answer never says
// whether the address has an account), and a change on the profile page. Either ends every session
// of the person (lib/auth/sessions): whoever held the old password is signed out.
import 'server-only'
import { mutation, publicMutation } from '@/lib/actions'
import { hashPassword, verifyPassword } from '@/lib/auth/passwords'
import { consumePublicLimits } from '@/lib/auth/public-limits'
import { endSessions } from '@/lib/auth/sessions'
import { NotFound, Refusal } from '@/lib/failures'
import { resetMail } from './mail'
import { PasswordChangeInput, ProfileInput, ResetPasswordInput, ResetRequestInput } from './schema'
import { hashToken, newToken, RESET_TTL_MS } from './tokens'

/** Asks for a link: the same answer whether or not the address has an account (or is deactivated). */
export const requestPasswordReset = publicMutation({
  schema: ResetRequestInput,
  limit: (db, input, address) => consumePublicLimits(db, [['resetAddress', address], ['resetAccount', input.email]]),
  async run({ tx, now, locale, mail, audit }, { email }) {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, deactivatedAt: true } })
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
  async run({ tx, now, audit }, input) {
    const reset = await tx.passwordReset.findUnique({ where: { tokenHash: hashToken(input.token) }, include: { user: { select: { email: true, deactivatedAt: true } } } })
    if (!reset || reset.user.deactivatedAt) throw new NotFound('resetInvalid')
    if (reset.usedAt) throw new Refusal('resetUsed')
    if (reset.expiresAt.getTime() <= now.getTime()) throw new Refusal('resetExpired')
    const passwordHash = await hashPassword(input.password)
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
  async run({ tx, user, audit }, input) {
    const row = await tx.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } })
    if (!row) throw new NotFound('userGone')
    if (!(await verifyPassword(input.current, row.passwordHash))) throw new Refusal('wrongPassword')
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } })
    await endSessions(tx, user.id)
    await audit('person.passwordChanged', { userId: user.id })
    return { signedOut: true as const }
  },
})
