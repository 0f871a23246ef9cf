import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { z } from 'zod'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { verifyPassword } from './passwords'
import { findUserForSignIn, recordSignInAttempt, signInLock, upsertSsoUser } from './accounts'

/** Codes the sign-in form turns into sentences (see messages: auth.errors). */
export const SIGN_IN_ERRORS = { wrong: 'wrong-credentials', locked: 'locked' } as const

const Credentials = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) })

export const SESSION_MAX_AGE_S = 8 * 60 * 60

function providers(): NextAuthOptions['providers'] {
  const e = env()
  const list: NextAuthOptions['providers'] = [
    CredentialsProvider({
      name: 'password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(raw) {
        const parsed = Credentials.safeParse(raw)
        if (!parsed.success) throw new Error(SIGN_IN_ERRORS.wrong)
        const { email, password } = parsed.data
        const lock = await signInLock(db(), email)
        if (lock.locked) throw new Error(`${SIGN_IN_ERRORS.locked}:${lock.until?.toISOString()}`)
        const user = await findUserForSignIn(db(), email)
        const ok = await verifyPassword(password, user?.passwordHash)
        await recordSignInAttempt(db(), email, ok && !!user)
        if (!ok || !user) throw new Error(SIGN_IN_ERRORS.wrong)
        return { id: user.id, email: user.email, name: user.name }
      },
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
    secret: env().NEXTAUTH_SECRET ?? 'development-only-secret-not-for-production-use',
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    jwt: { maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/signin', error: '/signin' },
    providers: providers(),
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== 'oidc') return true
        return !!user.email // single sign-on needs an e-mail to match our users
      },
      async jwt({ token, user, account }) {
        if (account?.provider === 'oidc' && user?.email) {
          const ours = await upsertSsoUser(db(), user.email, user.name ?? user.email)
          token.sub = ours.id
        } else if (user) token.sub = user.id
        return token
      },
      // The role is read from the database on every request (lib/auth/session.ts), never from the token.
      async session({ session, token }) {
        return { ...session, userId: token.sub }
      },
    },
  }
}
