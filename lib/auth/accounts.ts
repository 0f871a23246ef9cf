// The users' side of signing in: finding the account by its e-mail, and the account of a person who
// signs in through single sign-on.
import type { Db } from '@/lib/db'
import { toSessionUser, type SessionUser } from './user'

export async function findUserForSignIn(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() } })
}

/** Finds or creates the user who signed in through single sign-on; new users start as observers. */
export async function upsertSsoUser(db: Db, email: string, name: string): Promise<SessionUser> {
  const user = await db.user.upsert({ where: { email: email.toLowerCase() }, update: {}, create: { email: email.toLowerCase(), name, role: 'observer' } })
  return toSessionUser(user)
}
