// Issue 17: the people of each year managed in the application. Invitations and forgotten passwords
// through the real e-mail path (the outbox delivered by nodemailer to a loopback SMTP server, the link
// read from the received message), deactivation, roles per year decided by the policy, and the limits
// of the public entry points. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resultOf } from '@/lib/actions'
import { signInWithPassword } from '@/lib/auth/sign-in'
import { canView, Forbidden } from '@/lib/auth/policy'
import { userOfSession } from '@/lib/auth/sessions'
import { findUserById, type SessionUser } from '@/lib/auth/user'
import { upsertSsoUser } from '@/lib/auth/accounts'
import { createThread } from '@/lib/comments/threads'
import { openRound } from '@/lib/consultation/rounds'
import { createProgrammeFromDocument } from '@/lib/meetings/documents'
import { deliverOutbox, smtpMailer } from '@/lib/mail/outbox'
import { setActive } from '@/lib/people/activation'
import { acceptInvitation, invite, resendInvitation, revokeInvitation } from '@/lib/people/invitations'
import { copyCommittee, removeMembership, setMembership } from '@/lib/people/memberships'
import { changePassword, requestPasswordReset, resetPassword } from '@/lib/people/passwords'
import { administrators, committeeOf, invitationOfLink, pendingInvitations, resetLinkState, rightsHistory } from '@/lib/people/queries'
import { moveToYear } from '@/lib/programme/move-year'
import { createUser } from '@/lib/users'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'
import { startSmtp } from '../support/smtp'
import { demoProgramme } from '../workflow/support'

const DAY = 24 * 60 * 60 * 1000
const password = 'a long enough password'

describe.each(PROVIDERS)('people on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let admin: SessionUser
  let draft2026: { id: string; year: number; status: string }
  let draft2027: { id: string; year: number; status: string }

  /** Delivers the outbox to the loopback server and returns the link of the last message to `to`. */
  async function linkSentTo(to: string, path: 'invitation' | 'reset-password'): Promise<string> {
    const mailer = smtpMailer(smtp.url)
    await deliverOutbox(t.db, mailer, { from: 'Planner <planner@test.org>' })
    mailer.close?.()
    const mail = smtp.received.filter((m) => m.to.includes(to)).at(-1)
    expect(mail, `a message to ${to}`).toBeDefined()
    const match = mail!.text.match(new RegExp(`/${path}/([A-Za-z0-9_-]{20,})`))
    expect(match, mail!.text).not.toBeNull()
    return match![1]!
  }

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    smtp = await startSmtp()
    admin = await createUser(t.db, { email: 'admin@test.org', name: 'Ada Admin', role: 'isu', admin: true, password })
    const p26 = await t.db.$transaction((tx) => createProgrammeFromDocument(tx, demoProgramme(), 'draft'))
    const p27 = await t.db.$transaction((tx) => createProgrammeFromDocument(tx, moveToYear(demoProgramme(), 2027), 'draft'))
    draft2026 = (await t.db.programme.findUniqueOrThrow({ where: { id: p26.id } })) as typeof draft2026
    draft2027 = (await t.db.programme.findUniqueOrThrow({ where: { id: p27.id } })) as typeof draft2027
  })
  afterAll(async () => {
    await smtp?.close()
    await t?.drop()
  })

  it.skipIf(skip)('an invitation for 2026 is accepted once: the account has the role of 2026 and not of 2027', async () => {
    await invite(t.db, admin, { email: 'K.Mensah@test.org', name: 'Kwame Mensah', role: 'committee', year: 2026, admin: false, language: 'fr' })
    expect((await pendingInvitations(t.db)).map((i) => i.email)).toContain('k.mensah@test.org')
    const token = await linkSentTo('k.mensah@test.org', 'invitation')
    const mail = smtp.received.at(-1)!
    // In the language chosen for it (the subject is MIME-encoded: accents).
    expect(mail.raw).toMatch(/^Subject: /m)
    expect(mail.text).toContain('Bonjour Kwame Mensah,')
    expect(mail.text).toContain('Membre du Comité de coordination pour 2026')
    // Only the token's hash is kept.
    expect(await t.db.invitation.count({ where: { tokenHash: token } })).toBe(0)
    expect(await invitationOfLink(t.db, token)).toMatchObject({ state: 'pending', email: 'k.mensah@test.org', role: 'committee', year: 2026 })

    expect(await acceptInvitation(t.db, { token, name: 'Kwame Mensah', password })).toEqual({ email: 'k.mensah@test.org' })
    expect(await pendingInvitations(t.db)).toHaveLength(0)
    // Used twice: refused, and nothing changes.
    expect(await acceptInvitation(t.db, { token, name: 'Someone Else', password }).catch((e: Error) => e.message)).toMatch(/already been accepted/)
    expect(await t.db.user.count({ where: { email: 'k.mensah@test.org' } })).toBe(1)

    const signedIn = await signInWithPassword(t.db, { email: 'k.mensah@test.org', password, address: null, device: null })
    expect(signedIn.ok).toBe(true)
    const member = (await findUserById(t.db, (signedIn as { user: { id: string } }).user.id))!
    expect(member).toMatchObject({ role: 'observer', years: { 2026: 'committee' } })
    // The policy decides with the role of the programme's year.
    expect(canView(member, draft2026)).toBe(true)
    expect(canView(member, draft2027)).toBe(false)
    await expect(createThread(t.db, member, { programmeId: draft2027.id, itemId: null, body: 'On 2027' })).rejects.toBeInstanceOf(Forbidden)
    await expect(createThread(t.db, member, { programmeId: draft2026.id, itemId: null, body: 'On 2026' })).resolves.toBeDefined()
  })

  it.skipIf(skip)('two acceptances of one link at once: one account, and the other is told the link was used', async () => {
    await invite(t.db, admin, { email: 'twice@test.org', name: 'Twice', role: 'observer', year: null, admin: false, language: 'en' })
    const token = await linkSentTo('twice@test.org', 'invitation')
    const results = await Promise.allSettled([acceptInvitation(t.db, { token, name: 'One', password }), acceptInvitation(t.db, { token, name: 'Two', password })])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason)).toMatch(/already been accepted/)
    expect(await t.db.user.count({ where: { email: 'twice@test.org' } })).toBe(1)
  })

  it.skipIf(skip)('an expired, a revoked and a re-sent invitation', async () => {
    const now = new Date()
    await invite(t.db, admin, { email: 'late@test.org', name: 'Late', role: 'committee', year: 2026, admin: false, language: 'en' }, now)
    const late = await linkSentTo('late@test.org', 'invitation')
    expect(await acceptInvitation(t.db, { token: late, name: 'Late', password }, { now: new Date(now.getTime() + 7 * DAY + 1000) }).catch((e: Error) => e.message)).toMatch(/has expired/)
    expect((await pendingInvitations(t.db, new Date(now.getTime() + 8 * DAY))).find((i) => i.email === 'late@test.org')?.expired).toBe(true)

    // Sent again: a new link; the old one no longer works, the new one does.
    const { id } = await t.db.invitation.findFirstOrThrow({ where: { email: 'late@test.org' } })
    await resendInvitation(t.db, admin, { invitationId: id })
    const fresh = await linkSentTo('late@test.org', 'invitation')
    expect(fresh).not.toBe(late)
    await expect(acceptInvitation(t.db, { token: late, name: 'Late', password })).rejects.toThrow(/not valid/)
    await acceptInvitation(t.db, { token: fresh, name: 'Late', password })

    await invite(t.db, admin, { email: 'withdrawn@test.org', name: 'Withdrawn', role: 'isu', year: null, admin: false, language: 'es' })
    const withdrawn = await linkSentTo('withdrawn@test.org', 'invitation')
    const invitation = await t.db.invitation.findFirstOrThrow({ where: { email: 'withdrawn@test.org' } })
    await revokeInvitation(t.db, admin, { invitationId: invitation.id })
    await expect(acceptInvitation(t.db, { token: withdrawn, name: 'W', password })).rejects.toThrow(/withdrawn/)
    expect(await t.db.user.count({ where: { email: 'withdrawn@test.org' } })).toBe(0)
    // Someone with an account is not invited again.
    await expect(invite(t.db, admin, { email: 'late@test.org', name: 'Late', role: 'isu', year: null, admin: false, language: 'en' })).rejects.toThrow(/already an account/)
  })

  it.skipIf(skip)('only an administrator invites; a person who is not one is refused before anything is read', async () => {
    const isu = await createUser(t.db, { email: 'isu@test.org', name: 'Isa', role: 'isu', password })
    expect(await resultOf(invite, t.db, isu, { email: 'x@test.org' })).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await resultOf(setMembership, t.db, isu, { userId: isu.id, year: 2027, role: 'president' })).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await resultOf(setActive, t.db, isu, { userId: admin.id, active: false })).toMatchObject({ ok: false, error: 'forbidden' })
  })

  it.skipIf(skip)('a reset link works once, within the hour, and the answer never tells whether the address exists', async () => {
    const person = await createUser(t.db, { email: 'forgetful@test.org', name: 'Forgetful', role: 'isu', password })
    const before = await t.db.outboxMessage.count()
    expect(await requestPasswordReset(t.db, { email: 'nobody@test.org' })).toEqual({ requested: true })
    expect(await t.db.outboxMessage.count()).toBe(before)
    expect(await requestPasswordReset(t.db, { email: 'Forgetful@test.org' }, { locale: 'es' })).toEqual({ requested: true })
    const token = await linkSentTo('forgetful@test.org', 'reset-password')
    expect(smtp.received.at(-1)!.text).toContain('Alguien (esperamos que usted)')
    expect(await resetLinkState(t.db, token)).toBe('valid')

    const { sessionVersion } = await t.db.user.findUniqueOrThrow({ where: { id: person.id } })
    expect(await resetPassword(t.db, { token, password: 'the new password 1' })).toEqual({ email: 'forgetful@test.org' })
    // Every session of the person ended; the new password signs in, the old one no longer does.
    expect(await userOfSession(t.db, { sub: person.id, sessionVersion })).toBeNull()
    expect((await signInWithPassword(t.db, { email: 'forgetful@test.org', password: 'the new password 1', address: null, device: null })).ok).toBe(true)
    expect((await signInWithPassword(t.db, { email: 'forgetful@test.org', password, address: null, device: null })).ok).toBe(false)
    // Used twice.
    await expect(resetPassword(t.db, { token, password: 'yet another password' })).rejects.toThrow(/already been used/)
    expect(await resetLinkState(t.db, token)).toBe('used')

    // Late: an hour and a second after it was sent.
    const sent = new Date()
    await requestPasswordReset(t.db, { email: 'forgetful@test.org' }, { now: sent })
    const lateToken = await linkSentTo('forgetful@test.org', 'reset-password')
    await expect(resetPassword(t.db, { token: lateToken, password: 'yet another password' }, { now: new Date(sent.getTime() + 3_601_000) })).rejects.toThrow(/has expired/)
    await expect(resetPassword(t.db, { token: 'not-a-token-at-all-but-long-enough', password: 'yet another password' })).rejects.toThrow(/not valid/)
  })

  it.skipIf(skip)('asking for reset links is limited per address and per account', async () => {
    const address = `192.0.2.${provider === 'sqlite' ? 1 : 2}`
    await createUser(t.db, { email: 'flooded@test.org', name: 'Flooded', role: 'observer', password })
    const sent = () => t.db.passwordReset.count({ where: { user: { email: 'flooded@test.org' } } })
    for (let i = 0; i < 5; i++) await requestPasswordReset(t.db, { email: 'flooded@test.org' }, { address: `198.51.100.${i}` })
    expect(await sent()).toBe(5)
    // The account's limit: the same answer, and no more e-mail.
    expect(await requestPasswordReset(t.db, { email: 'flooded@test.org' }, { address: '198.51.100.9' })).toEqual({ requested: true })
    expect(await sent()).toBe(5)
    // The address's limit: refused, whatever the accounts.
    for (let i = 0; i < 20; i++) await requestPasswordReset(t.db, { email: `someone-${i}@test.org` }, { address })
    await expect(requestPasswordReset(t.db, { email: 'another@test.org' }, { address })).rejects.toThrow(/Too many attempts/)
    // Guessing tokens from one address.
    for (let i = 0; i < 20; i++) await acceptInvitation(t.db, { token: `guess-${i}-xxxxxxxxxxxxxxxxxxxx`, name: 'G', password }, { address }).catch(() => null)
    await expect(acceptInvitation(t.db, { token: 'guess-last-xxxxxxxxxxxxxxxxxxxx', name: 'G', password }, { address })).rejects.toThrow(/Too many attempts/)
  })

  it.skipIf(skip)('a deactivated person: open sessions refused at the next request, no sign-in, comments keep their name', async () => {
    const member = await createUser(t.db, { email: 'leaving@test.org', name: 'Leaving Member', role: 'committee', password })
    await createThread(t.db, member, { programmeId: draft2026.id, itemId: null, body: 'My remark' })
    const { sessionVersion } = await t.db.user.findUniqueOrThrow({ where: { id: member.id } })
    expect(await userOfSession(t.db, { sub: member.id, sessionVersion })).not.toBeNull()

    await setActive(t.db, admin, { userId: member.id, active: false })
    expect(await userOfSession(t.db, { sub: member.id, sessionVersion })).toBeNull()
    expect(await userOfSession(t.db, { sub: member.id, sessionVersion: sessionVersion + 1 })).toBeNull()
    expect((await signInWithPassword(t.db, { email: 'leaving@test.org', password, address: null, device: null })).ok).toBe(false)
    const comment = await t.db.comment.findFirstOrThrow({ where: { authorId: member.id }, include: { author: true } })
    expect(comment.author.name).toBe('Leaving Member')
    // No reset link for a deactivated person, and the same answer.
    const before = await t.db.outboxMessage.count()
    expect(await requestPasswordReset(t.db, { email: 'leaving@test.org' })).toEqual({ requested: true })
    expect(await t.db.outboxMessage.count()).toBe(before)
    await expect(setActive(t.db, admin, { userId: admin.id, active: false })).rejects.toThrow(/cannot deactivate yourself/)

    await setActive(t.db, admin, { userId: member.id, active: true })
    expect((await signInWithPassword(t.db, { email: 'leaving@test.org', password, address: null, device: null })).ok).toBe(true)
  })

  it.skipIf(skip)("copies last year's Committee in one action, keeps this year's roles, and lists every change of rights", async () => {
    const a = await createUser(t.db, { email: 'chair-a@test.org', name: 'Chair A', role: 'observer', password })
    const b = await createUser(t.db, { email: 'chair-b@test.org', name: 'Chair B', role: 'observer', password })
    await setMembership(t.db, admin, { userId: a.id, year: 2030, role: 'committee' })
    await setMembership(t.db, admin, { userId: b.id, year: 2030, role: 'president' })
    await setMembership(t.db, admin, { userId: b.id, year: 2031, role: 'committee' })
    expect(await copyCommittee(t.db, admin, { year: 2031 })).toEqual({ copied: 1, kept: 1 })
    expect((await committeeOf(t.db, 2031)).map((m) => [m.name, m.role])).toEqual([
      ['Chair A', 'committee'],
      ['Chair B', 'committee'],
    ])
    await expect(copyCommittee(t.db, admin, { year: 2040 })).rejects.toThrow(/No one has a role for 2039/)
    await removeMembership(t.db, admin, { userId: a.id, year: 2031 })
    expect(await committeeOf(t.db, 2031)).toHaveLength(1)

    const history = await rightsHistory(t.db)
    expect(history[0]).toMatchObject({ action: 'person.yearRoleRemoved', by: 'Ada Admin', detail: { year: 2031, name: 'Chair A' } })
    const actions = history.map((e) => e.action)
    for (const a of ['person.committeeCopied', 'person.yearRoleSet', 'person.invited', 'person.invitationAccepted', 'person.invitationRevoked', 'person.deactivated', 'person.reactivated', 'person.passwordReset'])
      expect(actions, a).toContain(a)
    expect((await administrators(t.db)).map((p) => p.name)).toEqual(['Ada Admin'])
  })

  it.skipIf(skip)('single sign-on: a new person lands as observer, an invited one accepts their invitation', async () => {
    expect(await upsertSsoUser(t.db, 'Stranger@test.org', 'Stranger')).toMatchObject({ role: 'observer', admin: false })
    await invite(t.db, admin, { email: 'sso-invited@test.org', name: 'Invited', role: 'committee', year: 2027, admin: false, language: 'en' })
    const user = await upsertSsoUser(t.db, 'sso-invited@test.org', 'Invited Person')
    expect(await findUserById(t.db, user.id)).toMatchObject({ role: 'observer', years: { 2027: 'committee' } })
    expect(await pendingInvitations(t.db)).toEqual([])
  })

  it.skipIf(skip)('changing one’s password needs the current one and ends every session', async () => {
    const me = await createUser(t.db, { email: 'me@test.org', name: 'Me', role: 'committee', password })
    await expect(changePassword(t.db, me, { current: 'not it at all', password: 'a brand new password' })).rejects.toThrow(/current password is not right/)
    await changePassword(t.db, me, { current: password, password: 'a brand new password' })
    expect(await userOfSession(t.db, { sub: me.id, sessionVersion: 0 })).toBeNull()
    expect((await signInWithPassword(t.db, { email: 'me@test.org', password: 'a brand new password', address: null, device: null })).ok).toBe(true)
  })

  it.skipIf(skip)("the Committee of the programme's year is told of its consultation, and no other year's", async () => {
    const only2027 = await createUser(t.db, { email: 'only-2027@test.org', name: 'Only 2027', role: 'observer', password })
    await setMembership(t.db, admin, { userId: only2027.id, year: 2027, role: 'committee' })
    const programme = await t.db.programme.findUniqueOrThrow({ where: { id: draft2026.id } })
    await openRound(t.db, admin, { programmeId: programme.id, version: programme.version, message: 'Please answer.', deadline: new Date(Date.now() + 3 * DAY) })
    const told = (await t.db.notification.findMany({ where: { kind: 'round.opened' }, include: { user: true } })).map((n) => n.user.email)
    expect(told).toContain('k.mensah@test.org')
    expect(told).not.toContain('only-2027@test.org')
  })
})
