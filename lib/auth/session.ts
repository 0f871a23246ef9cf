import { getToken } from 'next-auth/jwt'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { db } from '@/lib/db'
import type { SessionUser } from './user'
import { safeCallbackUrl } from './callback-url'
import { authSecret } from './options'
import { decodeToken } from './token-codec'
import { userOfSession } from './sessions'

/**
 * The signed-in user, read fresh from the database (a changed role counts at once), or null when
 * there is no session token, when it is not valid, or when its session has ended (signed out,
 * deactivated, password changed: lib/auth/sessions). Read once per request: the layout and the page share it.
 * Never kept across requests: a sign-out or a change of role through any server counts at the next request
 * (decision 0029 measured a 2 s memory of it and left it out for that reason).
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // The session cookie only (without headers, next-auth's getToken takes no Authorization header instead).
  const token = await getToken({ req: { cookies: await cookies(), headers: {} } as never, secret: authSecret(), decode: decodeToken })
  if (!token?.sub || typeof token.sessionVersion !== 'number') return null
  return userOfSession(db(), token)
})

/** For pages: the signed-in user, or a redirect to the sign-in page (which comes back only to a path of this site). */
export async function requireUser(callbackUrl = '/'): Promise<SessionUser> {
  const user = await currentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackUrl))}`)
  return user
}
