// Issue 12, item 12: what proxy.ts answers, for each kind of route and setting (the headers of the
// running server are read in e2e/reliability/headers.spec.ts).
import crypto from 'node:crypto'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { cachedPageHeaders, documentOnly, inlineScriptHashes, pageAddress } from '@/lib/cached-pages.mjs'
import { forgetPages, freshPage, keepPage, noteStamp, registerStampWatch } from '@/lib/publication/kept-pages.mjs'
import { publishedPageAddress } from '@/lib/publication/public-pages'
import { NO_ORIGIN_MESSAGE, secureAnswer, type SecuritySettings } from '@/lib/security/answer-headers'
import { cachedPagePolicy, filePolicy, pagePolicy, routeKind } from '@/lib/security/content-security-policy'

const plain: SecuritySettings = { trustProxy: 0, publicUrl: 'http://localhost:3000', dev: false }
const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) => new NextRequest(`http://localhost:3000${path}`, init)
const PAGE_LOAD = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'Sec-Fetch-Dest': 'document' }
const scriptSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src')) ?? ''

describe('the security headers of each answer', () => {
  it('gives each page a fresh nonce, and passes it to Next.js in the request', () => {
    const first = secureAnswer(request('/meetings'), plain)
    const second = secureAnswer(request('/meetings'), plain)
    const nonce = /'nonce-([^']+)'/.exec(first.headers.get('content-security-policy')!)?.[1]
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(second.headers.get('content-security-policy')).not.toContain(nonce)
    expect(scriptSrc(first.headers.get('content-security-policy')!)).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`)
    // NextResponse.next({ request: { headers } }) carries the request's new headers in x-middleware-request-*.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toContain(`'nonce-${nonce}'`)
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce)
  })

  it('allows no inline script anywhere, and eval only in development', () => {
    for (const policy of [pagePolicy('abc'), cachedPagePolicy(), filePolicy()]) {
      expect(scriptSrc(policy)).not.toContain('unsafe-inline')
      expect(policy).not.toContain('unsafe-eval')
      for (const directive of ["default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"]) expect(policy).toContain(directive)
    }
    expect(pagePolicy('abc', { dev: true })).toContain("'unsafe-eval'")
    expect(scriptSrc(cachedPagePolicy(['sha256-AAAA']))).toBe("script-src 'self' 'sha256-AAAA'")
  })

  it('tells files and data from pages, and the public programme apart', () => {
    for (const path of ['/programme/2026/pdf', '/programme/2026/ics', '/programme/2026/json', '/programme/2026/releases/1/pdf', '/meetings/2026/pdf', '/meetings/2026/export', '/meetings/2026/findings', '/api/auth/csrf', '/api/header']) expect(routeKind(path), path).toBe('file')
    for (const path of ['/programme', '/programme/2026']) expect(routeKind(path), path).toBe('public-page')
    for (const path of ['/', '/signin', '/meetings', '/meetings/2026', '/meetings/2026/consultation', '/admin/users', '/no-such-page']) expect(routeKind(path), path).toBe('page')
    expect(secureAnswer(request('/programme/2026/json'), plain).headers.get('content-security-policy')).toBe(filePolicy())
    expect(secureAnswer(request('/programme/2026'), plain).headers.get('content-security-policy')).toMatch(/'nonce-/)
  })

  it('refuses a server action without an Origin, and only that', async () => {
    const bare = secureAnswer(request('/meetings/2026', { method: 'POST', headers: { 'Next-Action': 'a1b2' } }), plain)
    expect(bare.status).toBe(403)
    expect(await bare.text()).toBe(NO_ORIGIN_MESSAGE)
    expect(bare.headers.get('content-security-policy')).toBe(filePolicy())
    expect(secureAnswer(request('/meetings/2026', { method: 'POST', headers: { 'Next-Action': 'a1b2', Origin: 'http://localhost:3000' } }), plain).status).toBe(200)
    // Another origin is Next.js's to refuse (it compares it with the host); a form post is not an action.
    expect(secureAnswer(request('/api/auth/callback/credentials', { method: 'POST' }), plain).status).toBe(200)
  })

  it('sends Strict-Transport-Security over https only, believing a proxy only under TRUST_PROXY', () => {
    const hsts = (settings: SecuritySettings, headers: Record<string, string> = {}) => secureAnswer(request('/signin', { headers }), settings).headers.get('strict-transport-security')
    expect(hsts(plain)).toBeNull()
    expect(hsts(plain, { 'X-Forwarded-Proto': 'https' })).toBeNull()
    expect(hsts({ ...plain, trustProxy: 1 }, { 'X-Forwarded-Proto': 'https' })).toBe('max-age=31536000; includeSubDomains')
    expect(hsts({ ...plain, trustProxy: 1 }, { 'X-Forwarded-Proto': 'http' })).toBeNull()
    expect(hsts({ ...plain, publicUrl: 'https://planner.example.org' })).toBe('max-age=31536000; includeSubDomains')
    expect(secureAnswer(request('/programme/2026/pdf'), { ...plain, publicUrl: 'https://planner.example.org' }).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })

  it('sends a public programme page to its cached rendering in the reader\'s language, with no policy of its own', () => {
    const answer = secureAnswer(request('/programme/2026'), plain, '/published/fr/2026')
    expect(answer.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/published/fr/2026')
    // The cached page brings its own policy (lib/cached-pages.mjs): a second one would block its scripts.
    expect(answer.headers.get('content-security-policy')).toBeNull()
    expect(secureAnswer(request('/programme/2026'), { ...plain, publicUrl: 'https://planner.example.org' }, '/published/en/2026').headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    )
    // Its language switcher posts a plain form to /api/language: nothing is posted to the page's address.
    const post = secureAnswer(request('/programme/2026', { method: 'POST', headers: { Origin: 'http://localhost:3000' } }), plain, '/published/en/2026')
    expect(post.headers.get('x-middleware-rewrite')).toBeNull()
  })
})

describe('a cached public page while it is fresh', () => {
  const html = '<!DOCTYPE html><html lang="en"><body>Programme</body></html>'
  const lastModified = 'Wed, 02 Dec 2026 10:00:00 GMT'
  const cacheControl = 's-maxage=5, stale-while-revalidate=31535995'
  const policy = "script-src 'self' 'sha256-x'"
  const vary = 'rsc, Cookie, Accept-Language'
  const page = {
    body: Buffer.from(html),
    etag: '"abc"',
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy, 'Last-Modified': lastModified, 'Cache-Control': cacheControl, Vary: vary },
  }
  // As Chromium asks when it loads the page; its client router asks for the page's data as an "empty" destination.
  const ask = (headers: Record<string, string> = {}, method = 'GET') =>
    secureAnswer(request('/programme/2031', { method, headers: { ...PAGE_LOAD, ...headers } }), plain, '/published/en/2031')

  it('is answered by the proxy itself, as a static file: the page, its tag, its dates and its own policy', async () => {
    keepPage('/published/en/2031', { ...page, freshUntil: Date.now() + 5_000 })
    const answer = ask()
    expect(answer.status).toBe(200)
    expect(answer.headers.get('x-middleware-rewrite')).toBeNull()
    expect(await answer.text()).toBe(html)
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(answer.headers.get('etag')).toBe('"abc"')
    expect(answer.headers.get('last-modified')).toBe(lastModified)
    expect(answer.headers.get('cache-control')).toBe(cacheControl)
    expect(answer.headers.get('content-security-policy')).toBe(policy)
    expect(answer.headers.get('vary')).toBe(vary)
    const head = ask({}, 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('is "not modified" for a browser that has it as it is, with its validators and no body', async () => {
    keepPage('/published/en/2031', { ...page, freshUntil: Date.now() + 5_000 })
    const answer = ask({ 'If-None-Match': '"abc"' })
    expect(answer.status).toBe(304)
    expect(answer.headers.get('etag')).toBe('"abc"')
    expect(answer.headers.get('cache-control')).toBe(cacheControl)
    expect(answer.headers.get('last-modified')).toBe(lastModified)
    expect(answer.headers.get('vary')).toBe(vary)
    expect(answer.headers.get('content-type')).toBeNull()
    expect(await answer.text()).toBe('')
    expect(ask({ 'If-None-Match': 'W/"abc", "other"' }).status).toBe(304)
    expect(ask({ 'If-None-Match': '"older"' }).status).toBe(200)
  })

  it('goes on to Next.js past its revalidation time, for a client navigation, and after a publication', () => {
    keepPage('/published/en/2031', { ...page, freshUntil: Date.now() + 5_000 })
    // Next.js takes the router's RSC header away before the proxy: what is left is what the browser says.
    expect(ask({ Accept: '*/*', 'Sec-Fetch-Dest': 'empty' }).headers.get('x-middleware-rewrite')).toContain('/published/en/2031')
    expect(ask({ Accept: '*/*', 'Sec-Fetch-Dest': 'empty', 'Sec-Fetch-Mode': 'cors' }).headers.get('x-middleware-rewrite')).toContain('/published/en/2031')
    keepPage('/published/en/2031', { ...page, freshUntil: Date.now() - 1 })
    expect(ask().headers.get('x-middleware-rewrite')).toContain('/published/en/2031')
    // A publication renews the pages: neither the kept page nor a browser's copy is current.
    keepPage('/published/en/2031', { ...page, freshUntil: Date.now() + 5_000 })
    forgetPages()
    expect(ask({ 'If-None-Match': '"abc"' }).headers.get('x-middleware-rewrite')).toContain('/published/en/2031')
  })
})

describe("a release's file kept by its route handler", () => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])
  const headers = {
    'Content-Type': 'application/pdf',
    'Content-Disposition': 'attachment; filename="APLC-2031.pdf"',
    'Last-Modified': 'Wed, 02 Dec 2026 10:00:00 GMT',
    'Cache-Control': 'public, max-age=60, stale-while-revalidate=86400',
  }
  const ask = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) => secureAnswer(request(path, init), plain)

  it('is answered by the proxy at the address it was kept for, with its own headers and the policy of files', async () => {
    keepPage('/programme/2031/pdf?lang=fr', { body: pdf, etag: '"pdf"', headers, freshUntil: Date.now() + 5_000 })
    const answer = ask('/programme/2031/pdf?lang=fr')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('x-middleware-next')).toBeNull()
    expect(new Uint8Array(await answer.arrayBuffer())).toEqual(pdf)
    expect(answer.headers.get('content-type')).toBe('application/pdf')
    expect(answer.headers.get('content-disposition')).toBe(headers['Content-Disposition'])
    expect(answer.headers.get('etag')).toBe('"pdf"')
    expect(answer.headers.get('content-security-policy')).toBe(filePolicy())
    const notModified = ask('/programme/2031/pdf?lang=fr', { headers: { 'If-None-Match': '"pdf"' } })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get('content-disposition')).toBeNull()
    expect(notModified.headers.get('cache-control')).toBe(headers['Cache-Control'])
  })

  it('goes on to its route handler at any other address, for any other method, and after a publication', () => {
    keepPage('/programme/2031/pdf?lang=fr', { body: pdf, etag: '"pdf"', headers, freshUntil: Date.now() + 5_000 })
    const handled = (answer: Response) => answer.headers.get('x-middleware-next') === '1'
    expect(handled(ask('/programme/2031/pdf?lang=fr'))).toBe(false)
    expect(handled(ask('/programme/2031/pdf?lang=es'))).toBe(true)
    expect(handled(ask('/programme/2031/pdf'))).toBe(true)
    expect(handled(ask('/programme/2031/pdf?lang=fr&x=1'))).toBe(true)
    expect(handled(ask('/programme/2031/pdf?lang=fr', { method: 'POST' }))).toBe(true)
    forgetPages()
    expect(handled(ask('/programme/2031/pdf?lang=fr'))).toBe(true)
  })

  it('is one of 256 answers kept at most, the oldest kept going first', () => {
    for (let n = 0; n <= 256; n++) keepPage(`/programme/2031/releases/${n}/pdf?lang=en`, { body: pdf, etag: `"${n}"`, headers, freshUntil: Date.now() + 5_000 })
    expect(freshPage('/programme/2031/releases/0/pdf?lang=en')).toBeUndefined()
    expect(freshPage('/programme/2031/releases/1/pdf?lang=en')?.etag).toBe('"1"')
    expect(freshPage('/programme/2031/releases/256/pdf?lang=en')?.etag).toBe('"256"')
    forgetPages()
  })
})

describe('a cached public page past its revalidation time', () => {
  const page = { body: Buffer.from('<p>1</p>'), etag: '"one"', headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 's-maxage=5' } }

  it('is still answered by the proxy while the stamp of what the public pages show is unchanged and recently read, for a minute at most', () => {
    const t0 = Date.now()
    noteStamp('releases:1', t0)
    keepPage('/published/en/2031', { ...page, freshUntil: t0 + 5_000 }, t0)
    expect(freshPage('/published/en/2031', t0 + 4_000)).toBeDefined()
    noteStamp('releases:1', t0 + 20_000)
    expect(freshPage('/published/en/2031', t0 + 21_000)).toBeDefined()
    // The stamp not read for three intervals (the database unreachable, say): Next.js answers.
    expect(freshPage('/published/en/2031', t0 + 36_000)).toBeUndefined()
    noteStamp('releases:1', t0 + 59_000)
    expect(freshPage('/published/en/2031', t0 + 59_500)).toBeDefined()
    // A minute after it was kept, Next.js renders it again once, whatever the stamp says.
    expect(freshPage('/published/en/2031', t0 + 60_000)).toBeUndefined()
  })

  it('starts the reading of the stamp with the first page kept, not before', () => {
    let started = 0
    registerStampWatch(() => (started += 1))
    expect(started).toBe(0)
    keepPage('/published/en/2031', { ...page, freshUntil: Date.now() + 5_000 })
    expect(started).toBe(1)
    registerStampWatch(() => {})
  })

  it('is forgotten when the stamp changes (another server published, or the digits changed)', () => {
    const t0 = Date.now()
    noteStamp('releases:1', t0)
    keepPage('/published/en/2031', { ...page, freshUntil: t0 + 5_000 }, t0)
    expect(noteStamp('releases:1', t0 + 1_000)).toBe(false)
    expect(noteStamp('releases:2', t0 + 2_000)).toBe(true)
    expect(freshPage('/published/en/2031', t0 + 2_500)).toBeUndefined()
  })
})

describe('the cache key of a public page', () => {
  it("reads the page's address from Next.js's cache key", () => {
    expect(pageAddress('/route-cache/APP_PAGE/e23b2117/$/published/fr/2025')).toBe('/published/fr/2025')
    expect(pageAddress('/published/fr/2025/releases/1')).toBe('/published/fr/2025/releases/1')
  })
})

describe('the policy a cached page is stored with', () => {
  it('allows exactly its inline scripts, by their hash, and no script of another site', () => {
    const html = '<html><head><script src="/_next/static/a.js" async=""></script><script>self.__next_f.push([1,"a"])</script></head><body><script>self.__next_f.push([1,"a"])</script><script id="x">1+1</script></body></html>'
    const hashes = inlineScriptHashes(html)
    expect(hashes).toEqual([`sha256-${crypto.createHash('sha256').update('self.__next_f.push([1,"a"])').digest('base64')}`, `sha256-${crypto.createHash('sha256').update('1+1').digest('base64')}`])
    const headers = cachedPageHeaders(html, new Date('2026-05-12T10:00:00Z'))
    expect(scriptSrc(headers['content-security-policy'])).toBe(`script-src 'self' '${hashes[0]}' '${hashes[1]}'`)
    expect(scriptSrc(headers['content-security-policy'])).not.toContain('unsafe-inline')
    expect(headers['last-modified']).toBe('Tue, 12 May 2026 10:00:00 GMT')
    expect(headers.vary).toBe('Cookie, Accept-Language')
  })
})

describe('a public page served as a document', () => {
  // As Next.js renders it: its runtime's scripts and their preloads, the page's data for React, the
  // early form-submit handler, and the page's own script.
  const rendered =
    '<!DOCTYPE html><html lang="fr"><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><link rel="modulepreload" href="/_next/static/chunks/c.js"/>' +
    '<script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/polyfill.js" noModule=""></script>' +
    '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/></head>' +
    '<body><script>addEventListener("submit",function(a){})</script><main><h1>Programme</h1><a href="/programme/2025/pdf" download="">PDF</a></main>' +
    '<script type="module" src="/scripts/public-page.js" data-page-script=""></script>' +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script><script id="_R_">TURBOPACK.push(1)</script></body></html>'

  it('keeps the HTML, its styles and fonts, and its own script only', () => {
    const page = documentOnly(rendered)
    expect(page).toBe(
      '<!DOCTYPE html><html lang="fr"><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
        '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/></head>' +
        '<body><main><h1>Programme</h1><a href="/programme/2025/pdf" download="">PDF</a></main>' +
        '<script type="module" src="/scripts/public-page.js" data-page-script=""></script></body></html>',
    )
    // No inline script is left: the page's policy allows this site's scripts only, no hash.
    expect(inlineScriptHashes(page)).toEqual([])
    expect(scriptSrc(cachedPageHeaders(page, new Date())['content-security-policy'])).toBe("script-src 'self'")
  })
})

describe('the address of a public programme page in a language', () => {
  it('rewrites the year and its releases, and nothing else', () => {
    expect(publishedPageAddress('/programme/2026', 'fr')).toBe('/published/fr/2026')
    expect(publishedPageAddress('/programme/2026/', 'en')).toBe('/published/en/2026')
    expect(publishedPageAddress('/programme/2026/releases/1', 'es')).toBe('/published/es/2026/releases/1')
    for (const path of ['/programme', '/programme/2026/pdf', '/programme/2026/releases/1/ics', '/meetings/2026', '/published/en/2026']) expect(publishedPageAddress(path, 'en'), path).toBeNull()
  })
})
