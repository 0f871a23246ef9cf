import fs from 'node:fs'
import path from 'node:path'
import { encode } from 'next-auth/jwt'
import { expect, test } from '@playwright/test'
import { SESSION_MAX_AGE_S } from '@/lib/auth/options'
import { createUser } from '@/lib/users'
import { programmeForSpec } from '../fixtures'
import { postAction, signedInContext, signInRequest } from './http'
import { itemFields, SAVE_ITEM } from './race'
import { PASSWORD, withDb } from './world'

// Signing in and the edges of a session, over HTTP against the production server: the lockout with
// the right password, an expired or tampered session token, a server action from another site, the
// security headers on every kind of answer, and no server secret in the files sent to browsers.

const YEAR = 2099
const LOCKED = 'reliability-lockout@demo.test'
/** The secret the end-to-end server signs sessions with (scripts/e2e-server.ts). */
const E2E_SECRET = /NEXTAUTH_SECRET: '([^']+)'/.exec(fs.readFileSync('scripts/e2e-server.ts', 'utf8'))?.[1]
const SESSION_COOKIE = 'next-auth.session-token'

test.afterAll(() => withDb(async (db) => void (await db.programme.deleteMany({ where: { year: YEAR } }))))

test('ten failed sign-ins lock the e-mail: the right password is refused too, and no session is given', async ({ playwright }, info) => {
  await withDb(async (db) => {
    await db.loginAttempt.deleteMany({ where: { email: LOCKED } })
    if (!(await db.user.findUnique({ where: { email: LOCKED } }))) await createUser(db, { email: LOCKED, name: 'Locked out', role: 'isu', password: PASSWORD })
  })
  const request = await playwright.request.newContext({ baseURL: info.project.use.baseURL })
  try {
    for (let i = 0; i < 10; i++) {
      const res = await signInRequest(request, LOCKED, `wrong-${i}`)
      expect(JSON.stringify(await res.json())).toContain('wrong-credentials')
    }
    const res = await signInRequest(request, LOCKED, PASSWORD)
    expect(JSON.stringify(await res.json())).toMatch(/error=locked/)
    expect((await request.storageState()).cookies.map((c) => c.name)).not.toContain(SESSION_COOKIE)
    expect((await request.get('/meetings', { maxRedirects: 0 })).headers()['location']).toContain('/signin')
  } finally {
    await request.dispose()
  }
})

test.describe('the session', () => {
  test.skip(!E2E_SECRET || !!process.env.E2E_BASE_URL, 'needs the end-to-end server started by the tests (its secret)')

  const token = async (sub: string, maxAge: number) => encode({ token: { sub, name: 'ISU', email: 'isu@demo.test' }, secret: E2E_SECRET!, maxAge })

  test(`lasts ${SESSION_MAX_AGE_S / 3600} hours; an expired or tampered token counts as signed out`, async ({ playwright }, info) => {
    const baseURL = info.project.use.baseURL!
    const signedIn = await signedInContext(playwright, baseURL, 'isu@demo.test', PASSWORD)
    const session = (await signedIn.storageState()).cookies.find((c) => c.name === SESSION_COOKIE)!
    // The cookie the server gives ends with the session, 8 hours from now.
    expect(session.expires * 1000 - Date.now()).toBeGreaterThan((SESSION_MAX_AGE_S - 120) * 1000)
    expect(session.expires * 1000 - Date.now()).toBeLessThanOrEqual(SESSION_MAX_AGE_S * 1000 + 5_000)
    expect(session.httpOnly).toBe(true)
    expect(session.sameSite).toBe('Lax')
    await signedIn.dispose()

    const userId = await withDb(async (db) => (await db.user.findUniqueOrThrow({ where: { email: 'isu@demo.test' } })).id)
    const url = new URL(baseURL)
    const withToken = async (value: string) => {
      const request = await playwright.request.newContext({ baseURL, storageState: { cookies: [{ name: SESSION_COOKIE, value, domain: url.hostname, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }], origins: [] } })
      const page = await request.get('/meetings', { maxRedirects: 0 })
      const action = await postAction(request, 'lib/notifications/actions.ts', 'markReadAction', [{ ids: 'all' }])
      await request.dispose()
      return { page: page.status(), location: page.headers()['location'] ?? '', action: action.answer }
    }
    // A token made the server's way is a session: the forging is right...
    expect(await withToken(await token(userId, 3600))).toEqual({ page: 200, location: '', action: 'ok' })
    // ...so the refusals below come from the expiry and the tampering.
    const expired = await withToken(await token(userId, -60))
    expect(expired).toMatchObject({ page: 307, action: 'signed-out' })
    expect(expired.location).toContain('/signin')
    const fresh = await token(userId, 3600)
    const tampered = await withToken(`${fresh.slice(0, -6)}${fresh.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`)
    expect(tampered).toMatchObject({ page: 307, action: 'signed-out' })
    const otherSecret = await withToken(await encode({ token: { sub: userId }, secret: 'not-the-secret-of-this-server-0123456789', maxAge: 3600 }))
    expect(otherSecret).toMatchObject({ page: 307, action: 'signed-out' })
  })
})

test('a server action from another site is refused, and changes nothing', async ({ playwright }, info) => {
  const baseURL = info.project.use.baseURL!
  await programmeForSpec(YEAR, 'programme-2026.json')
  const target = await withDb(async (db) => {
    const item = await db.item.findFirstOrThrow({ where: { day: { programme: { year: YEAR } } }, include: { day: true } })
    return { programmeId: item.day.programmeId, dayId: item.dayId, itemId: item.id, version: item.version, title: item.title }
  })
  const request = await signedInContext(playwright, baseURL, 'isu@demo.test', PASSWORD)
  try {
    const save = [{ ...target, fields: itemFields('Changed from another site'), shiftFollowing: false }]
    for (const origin of ['https://evil.example', 'null', `${new URL(baseURL).protocol}//evil.${new URL(baseURL).host}`]) {
      const res = await postAction(request, ...SAVE_ITEM, save, { headers: { Origin: origin } })
      expect(res.status, origin).toBe(500)
      expect(res.answer, origin).not.toBe('ok')
      expect(await withDb((db) => db.item.findUniqueOrThrow({ where: { id: target.itemId } }))).toMatchObject({ title: target.title, version: target.version })
    }
    // From the application's own origin the same request is accepted: the refusal was the origin's.
    const own = await postAction(request, ...SAVE_ITEM, [{ ...target, fields: itemFields('Changed from the application'), shiftFollowing: false }], { headers: { Origin: new URL(baseURL).origin } })
    expect(own.answer).toBe('ok')
    // next-auth's own forms need its CSRF token: a sign-in posted without it gives no session.
    const anonymous = await playwright.request.newContext({ baseURL })
    await anonymous.post('/api/auth/callback/credentials', { form: { email: 'isu@demo.test', password: PASSWORD, json: 'true' }, headers: { Origin: 'https://evil.example' }, maxRedirects: 0 })
    expect((await anonymous.storageState()).cookies.map((c) => c.name)).not.toContain(SESSION_COOKIE)
    await anonymous.dispose()
  } finally {
    await request.dispose()
  }
})

test('the security headers are on every kind of answer', async ({ request }) => {
  const thisYear = new Date().getFullYear()
  const answers = {
    page: await request.get('/signin'),
    'not found': await request.get('/no-such-page'),
    'route handler': await request.get(`/programme/${thisYear - 1}/json`),
    refusal: await request.get(`/meetings/${thisYear}/pdf`),
    'server action': await request.post('/signin', { headers: { 'Next-Action': '00'.repeat(21), 'Content-Type': 'text/plain;charset=UTF-8' }, data: '[]' }),
  }
  for (const [what, res] of Object.entries(answers)) {
    const h = res.headers()
    const csp = h['content-security-policy'] ?? ''
    expect(csp, what).toContain("frame-ancestors 'none'")
    expect(csp, what).toContain("object-src 'none'")
    expect(csp, what).toContain("default-src 'self'")
    expect(csp, what).not.toContain('unsafe-eval')
    expect(h['x-content-type-options'], what).toBe('nosniff')
    expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
    expect(h['x-frame-options'], what).toBe('DENY')
    expect(h['x-powered-by'], what).toBeUndefined()
  }
})

test('no server secret in any file under .next/static', () => {
  const secrets: [string, string | RegExp][] = [
    ['the end-to-end server secret', E2E_SECRET ?? 'e2e-secret-e2e-secret'],
    ['the benchmark and reliability secrets', /bench-secret-bench|reliability-secret-reliability/],
    ['the development fallback secret', 'development-only-secret-not-for-production-use'],
    ['a bcrypt password hash', /\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}/],
    ['the password hash column', 'passwordHash'],
    ['a database URL', /(postgres(ql)?:\/\/[^"'\s]*@|file:\.\/data\/)/],
    ['the PostgreSQL test URL', process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1'],
  ]
  // And the values of the server's private environment, where set (those of .env too).
  const envFile: Record<string, string> = {}
  for (const line of fs.existsSync('.env') ? fs.readFileSync('.env', 'utf8').split('\n') : []) {
    const m = /^\s*(\w+)\s*=\s*(.+?)\s*$/.exec(line)
    if (m) envFile[m[1]!] = m[2]!.replace(/^["']|["']$/g, '')
  }
  for (const name of ['NEXTAUTH_SECRET', 'DATABASE_URL', 'OIDC_CLIENT_SECRET', 'SMTP_URL', 'TEST_POSTGRES_URL']) {
    for (const value of [process.env[name], envFile[name]]) if (value && value.length >= 8) secrets.push([`the value of ${name}`, value])
  }
  const files = (fs.readdirSync('.next/static', { recursive: true }) as string[]).map((f) => path.join('.next/static', f)).filter((f) => fs.statSync(f).isFile())
  expect(files.length).toBeGreaterThan(10)
  const found: string[] = []
  for (const file of files) {
    const text = fs.readFileSync(file, 'latin1')
    for (const [what, secret] of secrets) if (typeof secret === 'string' ? text.includes(secret) : secret.test(text)) found.push(`${what} in ${file}`)
  }
  expect(found).toEqual([])
  console.log(`[reliability] no server secret in ${files.length} files under .next/static (${secrets.length} secrets looked for)`)
})
