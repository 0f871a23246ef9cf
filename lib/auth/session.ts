import { getServerSession } from 'next-auth'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { db } from '@/lib/db'
import { findUserById, type SessionUser } from './user'
import { authOptions } from './options'

/**
 * The signed-in user, read fresh from the database (a changed role counts at once), or null.
 * Read once per request: the layout and the page share it.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { userId?: string } | null
  if (!session?.userId) return null
  return findUserById(db(), session.userId)
})

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(callbackUrl = '/'): Promise<SessionUser> {
  const user = await currentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`)
  return user
}
