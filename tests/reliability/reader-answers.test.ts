// Issue 18: the editor page and the findings kept for their reader (lib/reader-answers.ts), answered again only to the same
// cookie, while the database's change stamp is the same, for 10 s at most. The rendering is a small
// HTTP server standing for Next.js; the change stamp is read from a real SQLite file in
// tests/db/change-stamp.test.ts.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { answerForReader, forgetReaderAnswers, isReaderAnswerRequest, KEPT_AT_MOST_MS, registerChangeStamp } from '@/lib/reader-answers'

const PAGE_LOAD = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'sec-fetch-dest': 'document' }
const ALICE = 'next-auth.session-token=alice; locale=en'
const BOB = 'next-auth.session-token=bob; locale=en'

let origin = ''
let server: http.Server
let renderings = 0
let answerStatus = 200
const seen: http.IncomingHttpHeaders[] = []

beforeAll(async () => {
  // Next.js standing in: the page says whose cookie it was rendered for and how many renderings came before.
  server = http.createServer((req, res) => {
    renderings += 1
    seen.push(req.headers)
    setTimeout(() => {
      if (answerStatus !== 200) return res.writeHead(answerStatus, { location: '/signin' }).end()
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'nonce-n1'", 'x-frame-options': 'DENY' })
      res.end(`<p>${req.headers.cookie} #${renderings}</p>`)
    }, 20)
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((closed) => server.close(() => closed())))

let stamp = '1'
beforeEach(() => {
  forgetReaderAnswers()
  renderings = 0
  answerStatus = 200
  seen.length = 0
  stamp = '1'
  registerChangeStamp(async () => stamp)
})

const ask = (cookie: string, headers: Record<string, string> = PAGE_LOAD, method = 'GET') =>
  new NextRequest('http://localhost:3000/meetings/2030', { method, headers: { ...headers, cookie } })
const answer = async (cookie: string, now?: number) => {
  const response = await answerForReader(ask(cookie), origin, now)
  return response && { status: response.status, body: await response.text(), headers: response.headers }
}

describe("a reader's kept editor page", () => {
  it('is rendered once and answered again to the same reader, with the headers it was rendered with', async () => {
    const first = await answer(ALICE)
    const second = await answer(ALICE)
    expect(first?.body).toBe(`<p>${ALICE} #1</p>`)
    expect(second?.body).toBe(first?.body)
    expect(second?.headers.get('content-security-policy')).toBe("script-src 'nonce-n1'")
    expect(second?.headers.get('x-frame-options')).toBe('DENY')
    expect(renderings).toBe(1)
  })

  it('is never answered to another cookie', async () => {
    await answer(ALICE)
    expect((await answer(BOB))?.body).toBe(`<p>${BOB} #2</p>`)
    expect((await answer(`${ALICE.split(';')[0]}; locale=fr`))?.body).toContain('#3')
    expect(renderings).toBe(3)
  })

  it('is rendered again once anything was written to the database, and after 10 s whatever happened', async () => {
    const t0 = Date.now()
    await answer(ALICE, t0)
    stamp = '2'
    expect((await answer(ALICE, t0 + 1_000))?.body).toContain('#2')
    expect((await answer(ALICE, t0 + 2_000))?.body).toContain('#2')
    expect((await answer(ALICE, Date.now() + KEPT_AT_MOST_MS))?.body).toContain('#3')
  })

  it('is rendered once for readers asking at the same moment', async () => {
    const bodies = await Promise.all(Array.from({ length: 10 }, () => answer(ALICE)))
    expect(new Set(bodies.map((b) => b?.body))).toEqual(new Set([`<p>${ALICE} #1</p>`]))
    expect(renderings).toBe(1)
  })

  it('is rendered by Next.js at its own address, marked so that the proxy lets the rendering through', async () => {
    await answer(ALICE)
    const marked = new NextRequest('http://localhost:3000/meetings/2030', { headers: seen[0] as Record<string, string> })
    expect(seen[0]?.cookie).toBe(ALICE)
    expect(isReaderAnswerRequest(marked)).toBe(false)
    expect(isReaderAnswerRequest(ask(ALICE))).toBe(true)
  })

  it('leaves to Next.js what is not a page (a redirection to sign in), and keeps nothing of it', async () => {
    answerStatus = 307
    expect(await answer(ALICE)).toBeNull()
    answerStatus = 200
    expect((await answer(ALICE))?.body).toContain('#2')
  })

  it('leaves every request to Next.js when the change stamp cannot be read', async () => {
    registerChangeStamp(async () => {
      throw new Error('the database is gone')
    })
    expect(await answer(ALICE)).toBeNull()
    expect(renderings).toBe(0)
  })

  it("is only a signed-in reader's load of the editor page: not the router's data, not a signed-out visitor, not another page", () => {
    expect(isReaderAnswerRequest(ask(ALICE, { accept: '*/*', 'sec-fetch-dest': 'empty' }))).toBe(false)
    expect(isReaderAnswerRequest(ask(ALICE, { accept: '*/*', 'sec-fetch-dest': 'empty', 'sec-fetch-mode': 'same-origin' }))).toBe(false)
    // A tool that says nothing of where the answer goes loads the page.
    expect(isReaderAnswerRequest(ask(ALICE, { accept: '*/*' }))).toBe(true)
    expect(isReaderAnswerRequest(ask('locale=en'))).toBe(false)
    expect(isReaderAnswerRequest(ask(ALICE, PAGE_LOAD, 'POST'))).toBe(false)
    expect(isReaderAnswerRequest(new NextRequest('http://localhost:3000/meetings/2030/history', { headers: { ...PAGE_LOAD, cookie: ALICE } }))).toBe(false)
    expect(isReaderAnswerRequest(ask('__Secure-next-auth.session-token.0=part'))).toBe(true)
  })

  it('keeps the findings as JSON for a tool as for a browser, and nothing else of the programme', () => {
    const get = (path: string, headers: Record<string, string>) => new NextRequest(`http://localhost:3000${path}`, { headers: { ...headers, cookie: ALICE } })
    expect(isReaderAnswerRequest(get('/meetings/2030/findings', { accept: '*/*' }))).toBe(true)
    expect(isReaderAnswerRequest(get('/meetings/2030/findings', { accept: 'application/json', 'sec-fetch-dest': 'empty' }))).toBe(true)
    for (const path of ['/meetings/2030/pdf', '/meetings/2030/export', '/meetings/2030/consultation', '/notifications']) expect(isReaderAnswerRequest(get(path, PAGE_LOAD))).toBe(false)
  })
})
