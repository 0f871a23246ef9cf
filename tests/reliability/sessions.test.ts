// Issue 12, item 11 (and issue 17's deactivation and password change): a session token counts only
// while its session version is the person's. Signing out moves the version on (so does
// endSessions, for deactivating a person or changing a password): a copy of the token made before
// is refused after, wherever it is used. The HTTP side is in e2e/reliability/sign-in.spec.ts.
import type { JWT } from 'next-auth/jwt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authOptions } from '@/lib/auth/options'
import { endSessions, isCurrentSession, userOfSession } from '@/lib/auth/sessions'
import type { Db } from '@/lib/db'
import type { SessionUser } from '@/lib/auth/user'
import { createUser } from '@/lib/users'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

describe.each(PROVIDERS)('session versions on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  let user: SessionUser
  const global = globalThis as unknown as { plannerDb?: Db }
  let before: Db | undefined

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    user = await createUser(t.db, { email: 'holder@example.org', name: 'Holder', role: 'isu', password: 'long enough password' })
    // authOptions() reads the application's database: this one, for the test.
    before = global.plannerDb
    global.plannerDb = t.db
  })
  afterAll(async () => {
    global.plannerDb = before
    await t?.drop()
  })

  it.skipIf(skip)('a token names its holder only while its version is theirs', async () => {
    expect(await userOfSession(t.db, { sub: user.id, sessionVersion: 0 })).toMatchObject({ id: user.id, role: 'isu' })
    for (const claims of [{ sub: user.id }, { sub: user.id, sessionVersion: 1 }, { sub: user.id, sessionVersion: '0' }, { sub: 'nobody', sessionVersion: 0 }, { sessionVersion: 0 }, null]) {
      expect(await userOfSession(t.db, claims), JSON.stringify(claims)).toBeNull()
    }
  })

  it.skipIf(skip)('endSessions refuses every token issued before, and only those', async () => {
    const other = await createUser(t.db, { email: 'other@example.org', name: 'Other', role: 'committee', password: 'long enough password' })
    const { sessionVersion } = await t.db.user.findUniqueOrThrow({ where: { id: user.id } })
    await endSessions(t.db, user.id)
    expect(await isCurrentSession(t.db, { sub: user.id, sessionVersion })).toBe(false)
    expect(await userOfSession(t.db, { sub: user.id, sessionVersion: sessionVersion + 1 })).not.toBeNull()
    expect(await userOfSession(t.db, { sub: other.id, sessionVersion: 0 })).not.toBeNull()
    // In a transaction, with the change that calls for it (issue 17: deactivation, new password).
    await t.db.$transaction((tx) => endSessions(tx, user.id))
    expect(await isCurrentSession(t.db, { sub: user.id, sessionVersion: sessionVersion + 1 })).toBe(false)
  })

  it.skipIf(skip)("next-auth: signing in puts the version in the token; signing out ends it; an ended one is refused", async () => {
    const options = authOptions()
    const jwt = options.callbacks!.jwt!
    const { sessionVersion } = await t.db.user.findUniqueOrThrow({ where: { id: user.id } })
    const signedIn = (await jwt({ token: {} as JWT, user: { id: user.id, email: user.email, name: user.name, sessionVersion } as never, account: null })) as JWT
    expect(signedIn).toMatchObject({ sub: user.id, sessionVersion })
    // Read again later (next-auth's /api/auth/session): still current.
    await expect(jwt({ token: { ...signedIn }, user: undefined as never, account: null })).resolves.toMatchObject({ sub: user.id })
    const copy = { ...signedIn }
    await options.events!.signOut!({ token: signedIn, session: undefined as never })
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(sessionVersion + 1)
    await expect(jwt({ token: copy, user: undefined as never, account: null })).rejects.toThrow(/session has ended/)
    expect(await userOfSession(t.db, copy)).toBeNull()
    // Signing out again with the old copy ends nothing more (the newer sessions stay).
    await options.events!.signOut!({ token: copy, session: undefined as never })
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(sessionVersion + 1)
  })

  it.skipIf(skip)("next-auth's redirects stay on the site", async () => {
    const redirect = authOptions().callbacks!.redirect!
    const baseUrl = 'https://planner.example.org'
    expect(await redirect({ url: '/meetings/2026', baseUrl })).toBe(`${baseUrl}/meetings/2026`)
    expect(await redirect({ url: `${baseUrl}/programme`, baseUrl })).toBe(`${baseUrl}/programme`)
    for (const url of ['/\t/evil.example/phish', 'https://evil.example/', '//evil.example', '/.//evil.example']) expect(await redirect({ url, baseUrl }), url).toBe(`${baseUrl}/`)
  })
})
