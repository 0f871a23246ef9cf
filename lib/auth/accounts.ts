// The users' side of signing in: finding the account, the lockout's record of attempts, and the
// account of a person who signs in through single sign-on.
import type { Db } from '@/lib/db'
import { LOOKBACK_MS, lockoutState } from './lockout'
import { toSessionUser, type SessionUser } from './user'

export async function findUserForSignIn(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.toLowerCase() } })
}

/** Finds or creates the user who signed in through single sign-on; new users start as observers. */
export async function upsertSsoUser(db: Db, email: string, name: string): Promise<SessionUser> {
  const user = await db.user.upsert({ where: { email: email.toLowerCase() }, update: {}, create: { email: email.toLowerCase(), name, role: 'observer' } })
  return toSessionUser(user)
}

export async function signInLock(db: Db, email: string, now = new Date()) {
  const failures = await db.loginAttempt.findMany({
    where: { email: email.toLowerCase(), success: false, createdAt: { gte: new Date(now.getTime() - LOOKBACK_MS) } },
    select: { createdAt: true },
  })
  return lockoutState(failures.map((f) => f.createdAt), now)
}

export async function recordSignInAttempt(db: Db, email: string, success: boolean) {
  await db.loginAttempt.create({ data: { email: email.toLowerCase(), success } })
}
