// `npm run bench:pdf` (NODE_ENV=production tsx scripts/bench-pdf.ts): what a programme's PDF costs,
// beside a browser, in one run.
// A programme of 3 days and 60 numbered items (66 entries with the breaks and side events) is
// published in a fresh SQLite database, the production build is started on it as `npm start` starts it (scripts/start.ts), and
// 50 runs (after a warm-up) are timed for:
//   - the PDF engine (Typst), a draft's first rendering: renderProgrammePdf in this process, a title
//     changed before each run so that the previous PDF cannot be served again (Typst still reuses the
//     layout of the unchanged items: lib/pdf/typst-compiler.mjs keeps it for a few documents);
//   - the same with every item's title changed before each run: little layout left to reuse, about
//     what a draft costs when none of its earlier versions was printed recently;
//   - the engine, cached: the cache of final revisions in this process (what a published PDF costs);
//   - HTTP GET of the published PDF (cache, database and server included), and of the draft PDF
//     signed in as a member, a title changed before each request so that it is made again;
//   - Chromium print-to-PDF of the public page of the same programme (playwright-core, page.pdf),
//     the page already loaded, and with its loading.
// Then, while 4 clients loop on PDF requests, the latency of GET /signin shows whether the server
// keeps answering other pages; and the server's resident memory (RSS) is read when idle, at its peak
// during the PDF requests, and after them. Target: Chromium's print at least 3x the draft's first
// rendering. Needs a production build (`npx next build`) and Chromium.
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium } from 'playwright-core'
import { createDb } from '../lib/db'
import { createProgrammeFromDocument } from '../lib/meetings/documents'
import { cachedProgrammePdf, clearPdfCache, closePdfWorkers, renderProgrammePdf, type ProgrammePdfMeta } from '../lib/pdf'
import { releaseAsEntered } from '../lib/publication/release-writes'
import { createUser } from '../lib/users'
import { largeProgramme } from '../tests/publication/fixtures'
import { rssNowMB, watchPeakRss } from './bench/memory'
import { startBenchServer, type RunningServer } from './bench/server'
import { prepareDatabase } from './start'

const RUNS = Number(process.env.BENCH_RUNS ?? 50)
const WARMUP = 3
const PORT = Number(process.env.BENCH_PORT ?? 3197)
const PUBLISHED_YEAR = 2030
const DRAFT_YEAR = 2031
const PASSWORD = 'bench-password-0123'
const root = path.resolve(import.meta.dirname, '..')
const base = `http://localhost:${PORT}`

// node:http with a keep-alive agent: it drops the connections the server closed while idle (fetch's
// pool may reuse one and fail with "other side closed" after a long in-process measurement).
const agent = new http.Agent({ keepAlive: process.env.BENCH_KEEPALIVE === "1", maxSockets: 16 })

type Row = { name: string; runs: number[] }
const rows: Row[] = []

const median = (xs: number[]) => percentile(xs, 50)
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
}
const ms = (x: number) => `${x.toFixed(1)} ms`

async function time(name: string, run: () => Promise<unknown>, before?: () => Promise<unknown>): Promise<Row> {
  for (let i = 0; i < WARMUP; i += 1) {
    await before?.()
    await run()
  }
  const row: Row = { name, runs: [] }
  for (let i = 0; i < RUNS; i += 1) {
    await before?.() // not timed
    const start = performance.now()
    await run()
    row.runs.push(performance.now() - start)
  }
  rows.push(row)
  console.error(`  ${name}: median ${ms(median(row.runs))}`)
  return row
}

async function seed(url: string) {
  await prepareDatabase(url)
  const db = createDb(url)
  try {
    const member = await createUser(db, { email: 'member@bench.test', name: 'Bench Member', role: 'committee', password: PASSWORD })
    await db.$transaction(async (tx) => {
      const published = await createProgrammeFromDocument(tx, largeProgramme({ year: PUBLISHED_YEAR, itemsPerDay: 22 }), 'published')
      await createProgrammeFromDocument(tx, largeProgramme({ year: DRAFT_YEAR, itemsPerDay: 22 }), 'draft')
      await tx.programme.update({ where: { id: published.id }, data: { revision: 1 } })
      // The public PDF is a release's: the published programme is released as it stands.
      await releaseAsEntered(tx, published.id, { publishedAt: new Date(`${PUBLISHED_YEAR}-05-12T10:00:00Z`), userId: member.id })
    })
  } finally {
    await db.$disconnect()
  }
}

async function portInUse(): Promise<boolean> {
  try {
    await send('GET', `${base}/`)
    return true
  } catch {
    return false
  }
}

/** The server as `npm start` starts it (scripts/start.ts: its heap limit and memory settings). */
async function startServer(url: string): Promise<RunningServer> {
  if (await portInUse()) throw new Error(`Port ${PORT} is already in use: set BENCH_PORT to a free port.`)
  const server = await startBenchServer(url, PORT)
  process.on('exit', () => server.process.kill('SIGTERM')) // even when the benchmark fails
  return server
}

/** Signs in through next-auth's credentials flow and returns the Cookie header of the session. */
async function signIn(): Promise<string> {
  const jar = new Map<string, string>()
  const keep = (answer: Answer) => {
    for (const cookie of answer.headers['set-cookie'] ?? []) {
      const [pair] = cookie.split(';')
      const [name, ...value] = (pair ?? '').split('=')
      if (name) jar.set(name, value.join('='))
    }
  }
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  const csrf = await send('GET', `${base}/api/auth/csrf`)
  keep(csrf)
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string }
  const body = new URLSearchParams({ csrfToken, email: 'member@bench.test', password: PASSWORD, json: 'true' }).toString()
  const res = await send('POST', `${base}/api/auth/callback/credentials`, { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() }, body)
  keep(res)
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`sign-in failed (${res.status})`)
  return cookieHeader()
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

function send(method: string, url: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

async function get(url: string, headers: Record<string, string> = {}): Promise<Buffer> {
  const answer = await send('GET', url, headers)
  if (answer.status !== 200) throw new Error(`GET ${url}: ${answer.status}`)
  return answer.body
}

/** Latencies of GET /signin, one request after another, while `clients` loops run `load` (or alone). */
async function signinLatency(name: string, load?: () => Promise<unknown>, clients = 4): Promise<{ row: Row; perSecond: number }> {
  let running = true
  let done = 0
  const loadStarted = performance.now()
  const loops = load
    ? Array.from({ length: clients }, async () => {
        while (running) {
          await load()
          done += 1
        }
      })
    : []
  if (load) await new Promise((resolve) => setTimeout(resolve, 1000)) // let the load settle
  const row: Row = { name, runs: [] }
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    await get(`${base}/signin`)
    row.runs.push(performance.now() - start)
  }
  running = false
  await Promise.all(loops)
  const perSecond = done / ((performance.now() - loadStarted) / 1000)
  rows.push(row)
  console.error(`  ${name}: median ${ms(median(row.runs))}${load ? `, ${perSecond.toFixed(1)} PDFs/s meanwhile` : ''}`)
  return { row, perSecond }
}

async function main() {
  if (process.env.NODE_ENV !== 'production') {
    console.error('Run with NODE_ENV=production (npm run bench:pdf does), so that React runs as on the server.')
    process.exit(1)
  }
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
    console.error('No production build: run `npx next build` first.')
    process.exit(1)
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pdf-'))
  const url = `file:${path.join(dir, 'bench.db')}`
  console.error(`Seeding ${url} and starting the server on ${base}…`)
  await seed(url)
  const server = await startServer(url)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const programme = largeProgramme({ year: PUBLISHED_YEAR, itemsPerDay: 22 })
    const meta: ProgrammePdfMeta = { symbol: `APLC/ISM/${PUBLISHED_YEAR}/1`, revision: 1, status: 'published', issuedOn: `${PUBLISHED_YEAR}-05-12`, locale: 'en' }
    const draftMeta: ProgrammePdfMeta = { ...meta, status: 'draft' }
    const started = performance.now()
    const sample = await renderProgrammePdf(programme, draftMeta)
    const cold = performance.now() - started
    const items = programme.days.flatMap((d) => d.items).filter((i) => i.segment !== 'break' && i.segment !== 'side-event').length
    console.error(`Programme: ${programme.days.length} days, ${items} numbered items; PDF ${(sample.length / 1024).toFixed(0)} KiB; the process's first PDF (engine started) ${ms(cold)}`)
    const serverIdle = rssNowMB(server.process.pid!)

    console.error('Timing:')
    // A draft changes between two PDFs: a title changed before each run, as an edit would.
    const edited = structuredClone(programme)
    let changes = 0
    const editedItem = edited.days[0]!.items[0]!
    const editInProcess = async () => void (editedItem.title = `Opening of the Intersessional Meetings (change ${++changes})`)
    const uncached = await time('engine, draft first rendering (in process)', () => renderProgrammePdf(edited, draftMeta), editInProcess)
    const rewritten = structuredClone(programme)
    let rewrites = 0
    const rewriteInProcess = async () => {
      rewrites += 1
      rewritten.days.forEach((day, d) => day.items.forEach((item, i) => void (item.title = `${programme.days[d]!.items[i]!.title} (rewrite ${rewrites})`)))
    }
    const rewrittenRow = await time('engine, draft, every title changed (in process)', () => renderProgrammePdf(rewritten, draftMeta), rewriteInProcess)
    clearPdfCache()
    const key = { programmeId: 'bench', revision: 1, status: 'published', updatedAt: new Date(0), locale: 'en' as const }
    const cached = await time('engine, published, cached (in process)', () => cachedProgrammePdf(key, () => renderProgrammePdf(programme, meta)))
    const peak = watchPeakRss(server.process.pid!)
    const httpCached = await time('HTTP GET published PDF (cached)', () => get(`${base}/programme/${PUBLISHED_YEAR}/pdf`))
    const cookie = await signIn()
    // A draft's PDF is kept until what it prints changes: change a title before each request.
    const db = createDb(url)
    const firstItem = await db.item.findFirstOrThrow({ where: { day: { programme: { year: DRAFT_YEAR } } }, orderBy: { position: 'asc' } })
    let edits = 0
    // Its version moved on, as every write of an item does (the server keeps a programme while its versions hold).
    const editDraft = () => db.item.update({ where: { id: firstItem.id }, data: { title: `${firstItem.title} (edit ${++edits})`, version: { increment: 1 } } })
    const draftPdf = () => get(`${base}/meetings/${DRAFT_YEAR}/pdf`, { cookie })
    const httpDraft = await time('HTTP GET draft PDF (edited, rendered)', draftPdf, editDraft)

    const page = await browser.newPage()
    await page.goto(`${base}/programme/${PUBLISHED_YEAR}`, { waitUntil: 'load' })
    const chromePdf = await time('Chromium page.pdf (page loaded)', () => page.pdf({ format: 'A4', printBackground: true }))
    const chromeFull = await time('Chromium goto + page.pdf', async () => {
      await page.goto(`${base}/programme/${PUBLISHED_YEAR}`, { waitUntil: 'load' })
      return page.pdf({ format: 'A4', printBackground: true })
    })
    await page.close()

    console.error('Responsiveness of GET /signin:')
    await signinLatency('GET /signin, idle')
    const underDraft = await signinLatency('GET /signin, 4 clients: edit the draft, GET its PDF', async () => (await editDraft(), draftPdf()))
    await db.$disconnect()
    const underPublished = await signinLatency('GET /signin, 4 clients looping on the published PDF', () => get(`${base}/programme/${PUBLISHED_YEAR}/pdf`))
    const serverPeak = peak.stop()
    const serverAfter = rssNowMB(server.process.pid!)

    const width = Math.max(...rows.map((r) => r.name.length))
    console.log(`\nPDF of a ${programme.days.length}-day, ${items}-item programme: ${RUNS} runs each after ${WARMUP} warm-up runs (${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, Node ${process.version})\n`)
    console.log(`| ${'measure'.padEnd(width)} | median | p95 |`)
    console.log(`|${'-'.repeat(width + 2)}|--------|-----|`)
    for (const row of rows) console.log(`| ${row.name.padEnd(width)} | ${ms(median(row.runs))} | ${ms(percentile(row.runs, 95))} |`)
    const ratio = (a: Row, b: Row) => `${(median(a.runs) / median(b.runs)).toFixed(1)}x (p95 ${(percentile(a.runs, 95) / percentile(b.runs, 95)).toFixed(1)}x)`
    const speedup = median(chromePdf.runs) / median(uncached.runs)
    console.log('\nChromium page.pdf (page already loaded) against:')
    console.log(`  engine, draft first rendering: ${ratio(chromePdf, uncached)}  (target at least 3x: ${speedup >= 3 ? 'met' : 'NOT met'})`)
    console.log(`  engine, draft, every title changed: ${ratio(chromePdf, rewrittenRow)}`)
    console.log(`  engine, published (cached):    ${ratio(chromePdf, cached)}`)
    console.log(`  HTTP published PDF (cached):   ${ratio(chromePdf, httpCached)}`)
    console.log(`  HTTP draft PDF (rendered):     ${ratio(chromePdf, httpDraft)}`)
    console.log(`Chromium goto + page.pdf against HTTP published PDF: ${ratio(chromeFull, httpCached)}; against HTTP draft PDF: ${ratio(chromeFull, httpDraft)}`)
    console.log(`Throughput while /signin was timed: ${underDraft.perSecond.toFixed(1)} draft PDFs/s, ${underPublished.perSecond.toFixed(1)} published PDFs/s`)
    console.log(`Server RSS (started as npm start starts it): ${serverIdle} MB idle after start, ${serverPeak} MB at its peak during the PDF requests, ${serverAfter} MB after them`)
  } finally {
    await closePdfWorkers()
    await browser.close()
    agent.destroy()
    await server.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

await main()
