// How often the pages open to anyone may be used (rate-limiter-flexible, counters in the database as
// for the sign-in limits): accepting an invitation (a guess at a token), asking for a forgotten
// password's link (an e-mail to someone's inbox) and choosing the new password. Over the limit, the
// request is refused before anything is read or sent.
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible'
import type { Db } from '@/lib/db'
import { Refusal } from '@/lib/failures'
import { limitKey } from './sign-in-limits'

const QUARTER_HOUR_S = 15 * 60
const HOUR_S = 60 * 60

export const PUBLIC_LIMITS = {
  /** Tokens tried from one address (invitations and reset links alike). */
  tokenAddress: { points: 20, duration: QUARTER_HOUR_S },
  /** Reset links asked from one address, whatever the accounts. */
  resetAddress: { points: 20, duration: QUARTER_HOUR_S },
  /** Reset links asked for one e-mail address: its owner's inbox is not flooded. */
  resetAccount: { points: 5, duration: HOUR_S },
} as const

export type PublicLimit = keyof typeof PUBLIC_LIMITS

const byDb = new WeakMap<Db, Record<PublicLimit, RateLimiterPrisma>>()

function limiters(db: Db) {
  let set = byDb.get(db)
  if (!set) {
    const limiter = (name: PublicLimit) => new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimit', keyPrefix: `public-${name}`, ...PUBLIC_LIMITS[name], clearExpiredByTimeout: false })
    set = { tokenAddress: limiter('tokenAddress'), resetAddress: limiter('resetAddress'), resetAccount: limiter('resetAccount') }
    byDb.set(db, set)
  }
  return set
}

/** Counts one use against the limit; false (and nothing thrown) when it is used up. */
export async function withinPublicLimit(db: Db, limit: PublicLimit, key: string): Promise<boolean> {
  try {
    await limiters(db)[limit].consume(limitKey(key), 1)
    return true
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal
    return false
  }
}

/** Counts one use against each limit (a part of the key that is null is not counted); refuses with the time to wait when one is used up. */
export async function consumePublicLimits(db: Db, uses: [PublicLimit, string | null][]): Promise<void> {
  const set = limiters(db)
  for (const [limit, key] of uses) {
    if (key === null) continue
    try {
      await set[limit].consume(limitKey(key), 1)
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal
      throw new Refusal('tooManyAttempts', { until: new Date(Date.now() + refusal.msBeforeNext) })
    }
  }
}
