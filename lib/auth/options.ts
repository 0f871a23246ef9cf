import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { cookies } from 'next/headers'
import { z } from 'zod'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { mayStillSignIn, upsertSsoUser } from './accounts'
import { safeCallbackUrl } from './callback-url'
import { clientAddress } from './client-address'
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_S, knownDevice, knownDeviceCookie } from './known-device'
import { endSessions, isCurrentSession, SESSION_MAX_AGE_S, sessionVersionOf } from './sessions'
import { decodeToken, encodeToken } from './token-codec'
import { normaliseEmail, signInWithPassword } from './sign-in'

/** Codes the sign-in form turns into sentences (see messages: auth.errors). */
export const SIGN_IN_ERRORS = { wrong: 'wrong-credentials', locked: 'locked', throttled: 'throttled' } as const

const Credentials = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) })

export { SESSION_MAX_AGE_S }

/** The key that signs sessions and known-device cookies. */
export const authSecret = () => env().NEXTAUTH_SECRET ?? 'development-only-secret-not-for-production-use'

/** Cookies are sent over https only when the application is served over https (as next-auth decides). */
const secureCookies = () => !!env().NEXTAUTH_URL?.startsWith('https://')

type RequestHeaders = Record<string, string | string[] | undefined>

async function authorizeWithPassword(raw: unknown, headers: RequestHeaders) {
  const parsed = Credentials.safeParse(raw)
  if (!parsed.success) throw new Error(SIGN_IN_ERRORS.wrong)
  const { email, password } = parsed.data
  const account = normaliseEmail(email)
  const jar = await cookies()
  const device = knownDevice(authSecret(), account, jar.get(KNOWN_DEVICE_COOKIE)?.value)
  const result = await signInWithPassword(db(), { email, password, address: clientAddress(headers, env().TRUST_PROXY), device })
  if (!result.ok) {
    if (result.reason === 'wrong-credentials') throw new Error(SIGN_IN_ERRORS.wrong)
    throw new Error(`${SIGN_IN_ERRORS[result.reason]}:${result.until.toISOString()}`)
  }
  // This browser is now known to the account: its owner gets through while strangers use up the account's guesses.
  jar.set(KNOWN_DEVICE_COOKIE, knownDeviceCookie(authSecret(), account, device ?? undefined), {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(),
    path: '/',
    maxAge: KNOWN_DEVICE_MAX_AGE_S,
  })
  return result.user
}

function providers(): NextAuthOptions['providers'] {
  const e = env()
  const list: NextAuthOptions['providers'] = [
    CredentialsProvider({
      name: 'password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      authorize: (raw, req) => authorizeWithPassword(raw, (req?.headers ?? {}) as RequestHeaders),
    }),
  ]
  if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) {
    list.push({
      id: 'oidc',
      name: e.OIDC_NAME,
      type: 'oauth',
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      profile: (p: { sub: string; email?: string; name?: string }) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? p.email ?? null }),
    })
  }
  return list
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    // The key derived once, not per request (lib/auth/token-codec.ts).
    jwt: { maxAge: SESSION_MAX_AGE_S, encode: encodeToken, decode: decodeToken },
    pages: { signIn: '/signin', error: '/signin' },
    providers: providers(),
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== 'oidc') return true
        // Single sign-on needs an e-mail to match our users; a deactivated person is refused there too.
        return !!user.email && (await mayStillSignIn(db(), user.email))
      },
      // Only a path of this site, whatever callbackUrl next-auth was given (single sign-on, sign-out).
      async redirect({ url, baseUrl }) {
        return new URL(safeCallbackUrl(url, baseUrl), baseUrl).href
      },
      async jwt({ token, user, account }) {
        if (user) {
          // Signing in: the token carries the person's current session version (lib/auth/sessions).
          if (account?.provider === 'oidc' && user.email) token.sub = (await upsertSsoUser(db(), user.email, user.name ?? user.email)).id
          else token.sub = user.id
          token.sessionVersion = 'sessionVersion' in user && typeof user.sessionVersion === 'number' ? user.sessionVersion : await sessionVersionOf(db(), token.sub)
          return token
        }
        // Read again through next-auth's own endpoints: a session that has ended is refused (its cookie cleared).
        if (!(await isCurrentSession(db(), token))) throw new Error('This session has ended (signed out, deactivated or password changed).')
        return token
      },
      // The role is read from the database on every request (lib/auth/session.ts), never from the token.
      async session({ session, token }) {
        return { ...session, userId: token.sub }
      },
    },
    events: {
      // Signing out ends the session on the server too: a copy of the token is refused from now on.
      async signOut({ token }) {
        if (token?.sub && (await isCurrentSession(db(), token))) await endSessions(db(), token.sub)
      },
    },
  }
}
