// Sessions are signed tokens kept by the browser (next-auth's JWT); the server remembers only each
// person's session version. A token carries the version it was issued with, and counts only while
// it is still the person's version: signing out, being deactivated or changing one's password moves
// the version on, and every token issued before is refused on its next request, wherever it was copied.
import type { Db, Tx } from '@/lib/db'
import { toSessionUser, withMemberships, type SessionUser } from './user'

/** How long a session lasts without a new sign-in. */
export const SESSION_MAX_AGE_S = 8 * 60 * 60

/** What a session token says about its holder (next-auth's `sub` and our claim). */
export type SessionClaims = { sub?: string | null; sessionVersion?: unknown }

export async function sessionVersionOf(db: Db | Tx, userId: string): Promise<number | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } })
  return user?.sessionVersion ?? null
}

/** The holder of the token, read fresh (a changed role counts at once), or null when its session has ended. */
export async function userOfSession(db: Db, claims: SessionClaims | null | undefined): Promise<SessionUser | null> {
  if (!claims?.sub || typeof claims.sessionVersion !== 'number') return null
  const user = await db.user.findUnique({ where: { id: claims.sub }, include: withMemberships })
  // A deactivated person's version moved on when they were deactivated; the flag is checked as well.
  return user && user.sessionVersion === claims.sessionVersion && !user.deactivatedAt ? toSessionUser(user) : null
}

/** Whether the token still belongs to a current session (no user read). */
export async function isCurrentSession(db: Db, claims: SessionClaims | null | undefined): Promise<boolean> {
  if (!claims?.sub || typeof claims.sessionVersion !== 'number') return false
  return (await sessionVersionOf(db, claims.sub)) === claims.sessionVersion
}

/**
 * Ends every session of the person, on every device: for signing out, deactivating a person and a
 * change of password. Call it in the transaction of that change.
 */
export async function endSessions(db: Db | Tx, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } })
}
