// Issue 12, items 2-4: password guesses are counted in the database before the password is hashed,
// so that no more than the limits reach the check, however they arrive; strangers cannot lock the
// owner out of their own browser; a sweep over many accounts from one address is refused; unknown
// accounts are limited like the others. On SQLite and PostgreSQL (real concurrency through a pool).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { verifyPassword } from '@/lib/auth/passwords'
import { normaliseEmail, signInWithPassword, type SignInAttempt, type SignInResult } from '@/lib/auth/sign-in'
import { SIGN_IN_LIMITS, signInLimiters } from '@/lib/auth/sign-in-limits'
import { createDb, type Db } from '@/lib/db'
import { createUser } from '@/lib/users'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

const PASSWORD = 'the right password'

/** The real password check, counting the calls that reach it. */
function countingVerify() {
  const verify = vi.fn(verifyPassword)
  return verify
}

const outcome = (r: SignInResult) => (r.ok ? 'signed-in' : r.reason)
const tally = (results: SignInResult[]) => results.reduce<Record<string, number>>((t, r) => ({ ...t, [outcome(r)]: (t[outcome(r)] ?? 0) + 1 }), {})

describe.each(PROVIDERS)('sign-in limits on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  let db: Db
  let n = 0
  /** A fresh account (and address) for each test: the limits of one do not leak into another. */
  const fresh = async () => {
    n += 1
    const email = `owner-${n}@example.org`
    await createUser(db, { email, name: `Owner ${n}`, role: 'president', password: PASSWORD })
    return { email, address: `203.0.113.${n}` }
  }
  const attempt = (a: Partial<SignInAttempt> & { email: string }, verify = verifyPassword) =>
    signInWithPassword(db, { password: 'wrong password', address: null, device: null, ...a }, verify)

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    db = t.db
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('39 wrong passwords and the right one sent at once: at most 10 reach the password check', async () => {
    const { email, address } = await fresh()
    const verify = countingVerify()
    const passwords = [...Array.from({ length: 39 }, (_, i) => `wrong ${i}`), PASSWORD].sort(() => Math.random() - 0.5)
    const results = await Promise.all(passwords.map((password) => attempt({ email, password, address }, verify)))
    expect(verify.mock.calls.length).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.points)
    const counts = tally(results)
    expect((counts['wrong-credentials'] ?? 0) + (counts['signed-in'] ?? 0)).toBe(verify.mock.calls.length)
    // The others were refused before it: by the account's limit, or by the address's (20 failures).
    expect((counts.locked ?? 0) + (counts.throttled ?? 0)).toBe(40 - verify.mock.calls.length)
    // Refused before the check: the time until the account's guesses come back.
    const locked = results.find((r) => !r.ok && r.reason === 'locked') as { until: Date }
    expect(locked.until.getTime() - Date.now()).toBeGreaterThan(14 * 60_000)
    expect(locked.until.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000 + 1000)
  })

  it.skipIf(skip)('ten failures lock the account, the right password included, and nine do not', async () => {
    const { email } = await fresh()
    for (let i = 0; i < 9; i++) expect(outcome(await attempt({ email }))).toBe('wrong-credentials')
    expect(outcome(await attempt({ email, password: PASSWORD }))).toBe('signed-in') // a success gives its count back
    expect(outcome(await attempt({ email }))).toBe('wrong-credentials') // the tenth failure
    expect(outcome(await attempt({ email, password: PASSWORD }))).toBe('locked')
    expect(outcome(await attempt({ email: ` ${email.toUpperCase()} ` }))).toBe('locked') // the same account, however typed
  })

  it.skipIf(skip)('a stranger who used up the account cannot lock the owner out of a browser where they signed in before', async () => {
    const { email } = await fresh()
    const device = 'owner-laptop-0001'
    for (let i = 0; i < 12; i++) await attempt({ email, address: '198.51.100.7' })
    expect(outcome(await attempt({ email, password: PASSWORD, address: '192.0.2.1' }))).toBe('locked')
    // From the owner's own browser (its known-device cookie), the right password still works.
    expect(outcome(await attempt({ email, password: PASSWORD, device, address: '192.0.2.1' }))).toBe('signed-in')
    // That browser has guesses of its own, limited too: a stolen cookie is no way around the limit.
    const verify = countingVerify()
    const results = await Promise.all(Array.from({ length: 25 }, () => attempt({ email, device }, verify)))
    expect(verify.mock.calls.length).toBe(SIGN_IN_LIMITS.device.points)
    expect(tally(results).locked).toBe(25 - SIGN_IN_LIMITS.device.points)
  })

  it.skipIf(skip)('30 guesses at 30 different accounts from one address: the sweep is refused after 20', async () => {
    const address = '198.51.100.30'
    const results: SignInResult[] = []
    for (let i = 0; i < 30; i++) results.push(await attempt({ email: `someone-${i}-${provider}@example.org`, address }))
    expect(results.slice(0, SIGN_IN_LIMITS.address.points).map(outcome)).toEqual(Array(SIGN_IN_LIMITS.address.points).fill('wrong-credentials'))
    expect(results.slice(SIGN_IN_LIMITS.address.points).map(outcome)).toEqual(Array(30 - SIGN_IN_LIMITS.address.points).fill('throttled'))
    // Another address is not concerned, and the owner's known browser neither.
    const { email } = await fresh()
    expect(outcome(await attempt({ email, password: PASSWORD, address: '198.51.100.31' }))).toBe('signed-in')
    expect(outcome(await attempt({ email, password: PASSWORD, address, device: 'owner-phone-00001' }))).toBe('signed-in')
  })

  it.skipIf(skip)('a refused guess costs the address nothing, and successes do not add up to a refusal', async () => {
    const address = '198.51.100.40'
    const { email } = await fresh()
    // 10 failures lock the account; 15 more on it are refused before the check and not counted on the address.
    for (let i = 0; i < 25; i++) await attempt({ email, address })
    const other = await fresh()
    for (let i = 0; i < 5; i++) expect(outcome(await attempt({ email: other.email, password: PASSWORD, address }))).toBe('signed-in')
    // 10 of the address's 20 failures are left.
    const verify = countingVerify()
    const sweep = await Promise.all(Array.from({ length: 15 }, (_, i) => attempt({ email: `sweep-${i}-${provider}@example.org`, address }, verify)))
    expect(verify.mock.calls.length).toBe(SIGN_IN_LIMITS.address.points - SIGN_IN_LIMITS.account.points)
    expect(tally(sweep).throttled).toBe(15 - verify.mock.calls.length)
  })

  it.skipIf(skip)('an account that does not exist is limited like one that does', async () => {
    const email = `nobody-${provider}@example.org`
    const verify = countingVerify()
    const results = await Promise.all(Array.from({ length: 15 }, () => attempt({ email }, verify)))
    expect(verify.mock.calls.length).toBe(SIGN_IN_LIMITS.account.points)
    expect(tally(results)).toEqual({ 'wrong-credentials': 10, locked: 5 })
  })

  it.skipIf(skip)('keeps no e-mail or address in the limiter table, and purges what expired', async () => {
    const rows = await db.rateLimit.findMany()
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row.key).not.toMatch(/@|example\.org|198\.51|203\.0/)
      expect(row.key).toMatch(/^sign-in-(account|device|address):[\w-]{43}$/)
    }
    // The limiter's own timer deletes, every 5 minutes, the rows that expired over an hour ago.
    await db.rateLimit.createMany({
      data: [
        { key: 'sign-in-account:old', points: 3, expire: new Date(Date.now() - 2 * 3600_000) },
        { key: 'sign-in-account:recent', points: 3, expire: new Date(Date.now() - 60_000) },
      ],
    })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const client = createDb(t.url)
    try {
      signInLimiters(client)
      vi.advanceTimersByTime(5 * 60_000)
      vi.useRealTimers()
      await vi.waitFor(async () => expect(await db.rateLimit.findUnique({ where: { key: 'sign-in-account:old' } })).toBeNull())
      expect(await db.rateLimit.findUnique({ where: { key: 'sign-in-account:recent' } })).not.toBeNull()
    } finally {
      vi.useRealTimers()
      await client.$disconnect()
    }
  })

  it.skipIf(skip)('finds the account by its e-mail however it is typed', () => {
    expect(normaliseEmail('  Owner@Example.ORG ')).toBe('owner@example.org')
  })
})
