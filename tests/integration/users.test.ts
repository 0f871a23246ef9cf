import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyPassword } from '@/lib/auth/passwords'
import { findUserForSignIn } from '@/lib/auth/accounts'
import { findUserById } from '@/lib/auth/user'
import { resultOf } from '@/lib/actions'
import { createUser } from '@/lib/users'
import { changeRole } from '@/lib/users/roles'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

describe.each(PROVIDERS)('users and sign-in on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  beforeAll(async () => {
    if (!skip) t = await migratedDatabase(provider)
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('stores a hashed password, never the password itself', async () => {
    const user = await createUser(t.db, { email: 'Chair@Example.org', name: 'Chair', role: 'committee', password: 'long enough password' })
    expect(user.email).toBe('chair@example.org')
    const row = await findUserForSignIn(t.db, 'CHAIR@example.org')
    expect(row?.passwordHash).not.toContain('long enough password')
    expect(await verifyPassword('long enough password', row?.passwordHash)).toBe(true)
    expect(await verifyPassword('wrong', row?.passwordHash)).toBe(false)
  })

  it.skipIf(skip)('refuses a short password and an unknown role with a message', async () => {
    await expect(createUser(t.db, { email: 'a@b.org', name: 'A', role: 'committee', password: 'short' })).rejects.toThrow(/fieldErrors\.password\?minimum=10/)
    await expect(createUser(t.db, { email: 'a@b.org', name: 'A', role: 'king' as never, password: 'long enough password' })).rejects.toThrow(/fieldErrors\.role/)
  })

  it.skipIf(skip)('changes a role and records who did it', async () => {
    const admin = await createUser(t.db, { email: 'admin@example.org', name: 'Admin', role: 'president', admin: true, password: 'long enough password' })
    const member = await createUser(t.db, { email: 'member@example.org', name: 'Member', role: 'observer', password: 'long enough password' })
    await changeRole(t.db, admin, { userId: member.id, role: 'committee', admin: false })
    expect((await findUserById(t.db, member.id))?.role).toBe('committee')
    const event = await t.db.auditEvent.findFirst({ where: { action: 'user.roleChanged', userId: admin.id } })
    expect(event?.detail).toMatchObject({ userId: member.id, role: 'committee' })
    await expect(changeRole(t.db, admin, { userId: admin.id, role: 'president', admin: false })).rejects.toThrow(/own administrator rights/)
    // The administrator is told why, in their language, not "something went wrong".
    expect(await resultOf(changeRole, t.db, admin, { userId: admin.id, role: 'president', admin: false }, 'fr')).toMatchObject({
      ok: false,
      reason: 'ownAdminRights',
      message: 'Vous ne pouvez pas retirer vos propres droits d’administrateur.',
    })
    // Nobody but an administrator may change a role: refused before the input is even read.
    expect(await resultOf(changeRole, t.db, member, { userId: 'x'.repeat(500) })).toMatchObject({ ok: false, error: 'forbidden' })
  })
})
