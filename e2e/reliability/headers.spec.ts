import { expect, test, type APIResponse } from '@playwright/test'
import { programmeForSpec } from '../fixtures'
import { SignInPage } from '../pages'
import { originOf, postAction, signedInContext } from './http'
import { PASSWORD, withDb } from './world'

// Issue 12, item 12: the headers of every kind of answer of the production server. Pages carry a
// Content-Security-Policy with a nonce of their own (no 'unsafe-inline' script), every script of the
// page carries that nonce, and the pages work under it in Chromium (no violation reported); files
// and data get the file policy; no Strict-Transport-Security over plain http, even when a client
// claims https; a server action without Origin is refused.

const YEAR = 2098 // a published programme of this spec's own
test.beforeAll(async () => void (await programmeForSpec(YEAR, 'programme-2026.json', 'published')))
test.afterAll(() => withDb(async (db) => void (await db.programme.deleteMany({ where: { year: YEAR } }))))

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? ''

function expectCommonHeaders(res: APIResponse, what: string) {
  const h = res.headers()
  const csp = h['content-security-policy'] ?? ''
  for (const d of ["default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"]) expect(csp, `${what}: ${d}`).toContain(d)
  expect(csp, what).not.toContain('unsafe-eval')
  expect(directive(csp, 'script-src'), what).not.toContain('unsafe-inline')
  expect(h['x-content-type-options'], what).toBe('nosniff')
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
  expect(h['x-frame-options'], what).toBe('DENY')
  expect(h['x-powered-by'], what).toBeUndefined()
  // Served over plain http: no HSTS, whatever the client claims (no TRUST_PROXY on this server).
  expect(h['strict-transport-security'], what).toBeUndefined()
  return csp
}

test('every kind of page has its own nonce, on each of its scripts', async ({ playwright }, info) => {
  const baseURL = info.project.use.baseURL!
  const signedOut = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-Proto': 'https' } })
  const signedIn = await signedInContext(playwright, baseURL, 'isu@demo.test', PASSWORD)
  try {
    const pages: [string, APIResponse][] = [
      ['sign-in page', await signedOut.get('/signin')],
      ['not found', await signedOut.get('/no-such-page')],
      ['public programme list', await signedOut.get('/programme')],
      ['home, signed in', await signedIn.get('/', { maxRedirects: 0 })],
      ['programmes', await signedIn.get('/meetings')],
      ['editor', await signedIn.get(`/meetings/${YEAR}`)],
      ['consultation', await signedIn.get(`/meetings/${YEAR}/consultation`)],
      ['history', await signedIn.get(`/meetings/${YEAR}/history`)],
      ['refusal (403 page)', await signedIn.get('/admin/users')],
      ['notifications', await signedIn.get('/notifications')],
    ]
    const nonces = new Set<string>()
    for (const [what, res] of pages) {
      expect(res.status(), what).toBeLessThan(500)
      const csp = expectCommonHeaders(res, what)
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1]
      expect(nonce, what).toBeDefined()
      expect(directive(csp, 'script-src'), what).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`)
      nonces.add(nonce!)
      const html = await res.text()
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
      expect(scripts.length, what).toBeGreaterThan(0)
      for (const tag of scripts) expect(tag, what).toContain(`nonce="${nonce}"`)
    }
    expect(nonces.size, 'a fresh nonce for every page').toBe(pages.length)
  } finally {
    await Promise.all([signedOut.dispose(), signedIn.dispose()])
  }
})

test('a public programme page, served from the cache to everyone, runs no inline script and only its own from this site', async ({ playwright }, info) => {
  const baseURL = info.project.use.baseURL!
  const signedOut = await playwright.request.newContext({ baseURL })
  const signedIn = await signedInContext(playwright, baseURL, 'isu@demo.test', PASSWORD)
  try {
    const first = await signedOut.get(`/programme/${YEAR}`)
    const again = await signedIn.get(`/programme/${YEAR}`)
    expect(first.status()).toBe(200)
    // The same page for everyone, signed in or not: nothing of the session is in it.
    expect(await again.text()).toBe(await first.text())
    for (const res of [first, again]) {
      const csp = expectCommonHeaders(res, 'public programme')
      expect(csp).not.toContain('nonce-')
      // A document without Next.js's scripts (lib/cached-pages.mjs): no hash to allow, nothing inline.
      expect(directive(csp, 'script-src')).toBe("script-src 'self'")
      const scripts = [...(await res.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      expect(scripts.map(([, attributes, body]) => `${attributes!.trim()}|${body}`)).toEqual(['type="module" src="/scripts/public-page.js" defer="" data-page-script=""|'])
      // What a proxy or CDN needs to keep it and to ask whether it changed.
      expect(res.headers()['etag']).toBeTruthy()
      expect(res.headers()['last-modified']).toBeTruthy()
      expect(res.headers()['cache-control']).toMatch(/s-maxage=\d+/)
      expect(res.headers()['vary']).toMatch(/Cookie/)
    }
  } finally {
    await Promise.all([signedOut.dispose(), signedIn.dispose()])
  }
})

test('files, data, refusals and server actions have the headers too', async ({ playwright }, info) => {
  const baseURL = info.project.use.baseURL!
  const request = await signedInContext(playwright, baseURL, 'isu@demo.test', PASSWORD)
  const anonymous = await playwright.request.newContext({ baseURL })
  try {
    const programme = await withDb((db) => db.programme.findUniqueOrThrow({ where: { year: YEAR } }))
    const answers: [string, APIResponse, number | 'refused'][] = [
      ['public JSON', await anonymous.get(`/programme/${YEAR}/json`), 200],
      ['public iCalendar', await anonymous.get(`/programme/${YEAR}/ics`), 200],
      ['public PDF', await anonymous.get(`/programme/${YEAR}/pdf`), 200],
      ['findings (JSON)', await request.get(`/meetings/${YEAR}/findings`), 200],
      ['export', await request.get(`/meetings/${YEAR}/export`), 200],
      ['next-auth', await anonymous.get('/api/auth/csrf'), 200],
      ['route refusal', await anonymous.get(`/meetings/${YEAR + 1}/pdf`), 'refused'],
    ]
    for (const [what, res, status] of answers) {
      if (status === 'refused') expect([401, 403, 404], what).toContain(res.status())
      else expect(res.status(), what).toBe(status)
      const csp = expectCommonHeaders(res, what)
      expect(directive(csp, 'script-src'), what).toBe("script-src 'self'")
    }
    // A server action: answered with the page policy when it comes with its Origin, refused without.
    const origin = await originOf(request)
    const action = await request.post(`/meetings/${YEAR}`, { headers: { 'Next-Action': '00'.repeat(21), 'Content-Type': 'text/plain;charset=UTF-8', Origin: origin }, data: '[]' })
    expectCommonHeaders(action, 'server action')
    const bare = await postAction(request, 'lib/notifications/actions.ts', 'markReadAction', [{ ids: 'all' }], { headers: { Origin: '' } })
    expect(bare.status).toBe(403)
    const refused = await request.post('/signin', { headers: { 'Next-Action': '00'.repeat(21), 'Content-Type': 'text/plain;charset=UTF-8' }, data: '[]' })
    expect(refused.status()).toBe(403)
    expectCommonHeaders(refused, 'server action without Origin')
    expect(programme.status).toBe('published')
  } finally {
    await Promise.all([request.dispose(), anonymous.dispose()])
  }
})

test('the pages work under their policy in Chromium: no violation, signed out and in', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`))
  })
  await page.goto(`/programme/${YEAR}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Its scripts run (allowed by their hashes): the language switcher works.
  await page.getByRole('button', { name: 'Français' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.goto('/signin?callbackUrl=%2Fmeetings')
  // The form is React's: it only signs in once its scripts run.
  await new SignInPage(page).signIn('isu@demo.test', PASSWORD)
  await expect(page).toHaveURL('/meetings')
  await page.goto(`/meetings/${YEAR}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto(`/meetings/${YEAR}/consultation`)
  // Signed in, the cached public page shows who is signed in (asked for from the browser).
  await page.goto(`/programme/${YEAR}`)
  await expect(page.getByTestId('signed-in-as')).toContainText('ISU')
  await expect(page.getByRole('link', { name: 'Programmes', exact: true })).toBeVisible()
  await page.goto('/no-such-page')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/signin/)
  expect(violations).toEqual([])
})
