// How many password guesses may reach the password check (rate-limiter-flexible, its counters in the
// database through Prisma, so that every server shares them, on SQLite and PostgreSQL alike).
// A guess is counted before the password is hashed, by an atomic increment (INSERT … ON CONFLICT
// DO UPDATE … RETURNING): however many arrive at once, no more than the limit get through.
import { createHash } from 'node:crypto'
import { RateLimiterPrisma } from 'rate-limiter-flexible'
import type { Db } from '@/lib/db'

const WINDOW_S = 15 * 60

export const SIGN_IN_LIMITS = {
  /** Guesses at one account from browsers that never signed in to it (strangers, and the owner on a new device). */
  account: { points: 10, duration: WINDOW_S },
  /** Guesses at one account from one browser where it signed in before: the owner's way in while strangers use up the above. */
  device: { points: 10, duration: WINDOW_S },
  /** Failed guesses from one client address, whatever the accounts (a sweep over many accounts). */
  address: { points: 20, duration: WINDOW_S },
} as const

export type SignInLimit = keyof typeof SIGN_IN_LIMITS
export type SignInLimiters = Record<SignInLimit, RateLimiterPrisma>

/** Keys are hashed: what people type as their e-mail (sometimes a password) is not kept. */
export const limitKey = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('base64url')

const byDb = new WeakMap<Db, SignInLimiters>()

/** The limiters on this database (one set per client: their purge timer is shared). */
export function signInLimiters(db: Db): SignInLimiters {
  let limiters = byDb.get(db)
  if (!limiters) {
    const limiter = (name: SignInLimit, purge: boolean) =>
      // tableName is the client's property for the RateLimit model. The account limiter's timer deletes,
      // every 5 minutes, the rows of every limiter that expired more than an hour ago.
      new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', keyPrefix: `sign-in-${name}`, ...SIGN_IN_LIMITS[name], clearExpiredByTimeout: purge })
    limiters = { account: limiter('account', true), device: limiter('device', false), address: limiter('address', false) }
    byDb.set(db, limiters)
  }
  return limiters
}
