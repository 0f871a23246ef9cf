// Signing in with a password. Each guess is counted before the password is hashed, so that however
// the guesses arrive (one by one or all at once) no more than the limits reach the password check:
// - from a browser where the account signed in before (its signed cookie): 10 per 15 minutes for
//   that account on that browser, whatever strangers do;
// - from anywhere else: 10 per 15 minutes for the account, existing or not, and 20 failed ones per
//   15 minutes from one client address, over all accounts.
// A successful sign-in gives its own count back: only failures use up the limits.
import { RateLimiterRes } from 'rate-limiter-flexible'
import type { Db } from '@/lib/db'
import { findUserForSignIn } from './accounts'
import { verifyPassword } from './passwords'
import { limitKey, signInLimiters, type SignInLimit } from './sign-in-limits'

export type SignInAttempt = {
  email: string
  password: string
  /** The client's address (lib/auth/client-address), or null when unknown. */
  address: string | null
  /** The id of this browser when its known-device cookie is valid for this account (lib/auth/known-device). */
  device: string | null
}

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: 'wrong-credentials' }
  /** `locked`: the account's guesses are used up; `throttled`: the address's. */
  | { ok: false; reason: 'locked' | 'throttled'; until: Date }

/** The e-mail as accounts are found by it. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase()

export async function signInWithPassword(db: Db, attempt: SignInAttempt, verify = verifyPassword): Promise<SignInResult> {
  const account = normaliseEmail(attempt.email)
  const limiters = signInLimiters(db)
  const plan: [SignInLimit, string][] = attempt.device
    ? [['device', limitKey(account, attempt.device)]]
    : [...(attempt.address ? [['address', limitKey(attempt.address)] as [SignInLimit, string]] : []), ['account', limitKey(account)]]
  const reserved: [SignInLimit, string][] = []
  const giveBack = () => Promise.all(reserved.map(([limit, key]) => limiters[limit].reward(key, 1)))

  for (const [limit, key] of plan) {
    try {
      await limiters[limit].consume(key, 1)
      reserved.push([limit, key])
    } catch (refusal) {
      // The guesses already counted for this attempt never reach the check: they are given back.
      await giveBack()
      if (!(refusal instanceof RateLimiterRes)) throw refusal
      return { ok: false, reason: limit === 'address' ? 'throttled' : 'locked', until: new Date(Date.now() + refusal.msBeforeNext) }
    }
  }

  const user = await findUserForSignIn(db, account)
  const ok = await verify(attempt.password, user?.passwordHash)
  // A deactivated person is told no more than a wrong password would tell them.
  if (!ok || !user || user.deactivatedAt) return { ok: false, reason: 'wrong-credentials' }
  await giveBack()
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } }
}
