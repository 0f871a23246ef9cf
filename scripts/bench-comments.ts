// The cost of comments: the programme (editor) page and the consultation page of a programme with
// 500 comments in 60 threads, beside the same pages of the same programme with none, in one run of
// one production server. Time to first byte measured request by request (interleaved, so that both
// meet the same machine), then a short load with autocannon.
//   npx tsx scripts/bench-comments.ts       (needs a production build: npx next build)
//   BENCH_REQUESTS (40)  BENCH_SECONDS (5)  BENCH_CONNECTIONS (10)  BENCH_PORT (3350)
import './load-env'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { createDb, type Db } from '@/lib/db'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import { moveToYear } from '@/lib/programme/move-year'
import { migrate } from './db.mjs'
import { load } from './bench/load'
import { ensureBuild, root, signIn, startBenchServer } from './bench/server'
import { DEMO_PASSWORD, seedDemo } from './seed-demo'

const requests = Number(process.env.BENCH_REQUESTS ?? 40)
const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)
const port = Number(process.env.BENCH_PORT ?? 3350)
const databaseUrl = 'file:./data/bench-comments.db'
const NONE = 2031
const MANY = 2032
const THREADS = 60
const COMMENTS = 500

const BODIES = [
  'Could this item end at *13:00*, when the interpreters stop?',
  'Agreed. @isu could you move the side event to the lunch break?',
  'See [the background paper](https://www.apminebanconvention.org/) on the intersessional work programme.',
  '- shorter opening\n- one more speaker from the Committee\n- **no** overlap with the CCW',
  'Thank you: no objection from our side.',
  'We would prefer the thematic segment on the first morning, as in previous years.',
]

async function prepare() {
  for (const s of ['', '-wal', '-shm']) fs.rmSync(path.resolve(root, databaseUrl.slice(5) + s), { force: true })
  migrate(databaseUrl)
  await seedDemo(databaseUrl)
  const db = createDb(databaseUrl)
  const template = JSON.parse(fs.readFileSync(path.join(root, 'prisma/demo/programme-2026.json'), 'utf8')) as ProgrammeDocument
  for (const year of [NONE, MANY]) await db.$transaction((tx) => createProgrammeFromDocument(tx, moveToYear(template, year)))
  await addComments(db, MANY)
  await db.$disconnect()
}

/** 60 threads, four in five on items and the rest on the whole programme, holding 500 comments in all. */
async function addComments(db: Db, year: number) {
  const programme = await db.programme.findUniqueOrThrow({ where: { year }, include: { days: { include: { items: true } } } })
  const items = programme.days.flatMap((d) => d.items)
  const people = await db.user.findMany({ where: { role: { in: ['president', 'isu', 'committee'] } } })
  const start = Date.now() - 30 * 24 * 3600 * 1000
  let written = 0
  for (let t = 0; t < THREADS; t++) {
    const item = t % 5 === 4 ? null : items[t % items.length]!
    const count = Math.floor(COMMENTS / THREADS) + (t < COMMENTS % THREADS ? 1 : 0)
    const thread = await db.commentThread.create({
      data: { programmeId: programme.id, itemId: item?.id ?? null, itemTitle: item?.title ?? null, createdById: people[t % people.length]!.id, resolved: t % 3 === 0 },
    })
    await db.comment.createMany({
      data: Array.from({ length: count }, (_, c) => ({
        threadId: thread.id,
        authorId: people[(t + c) % people.length]!.id,
        body: BODIES[(t + c) % BODIES.length]!,
        createdAt: new Date(start + (written + c) * 60_000),
      })),
    })
    written += count
  }
  return written
}

type Timing = { headers: number; firstByte: number; total: number; bytes: number; status: number }

/** One GET: when the headers came, when the first byte of the body came, when it ended. */
function timedGet(url: string, cookie: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const begin = performance.now()
    const req = http.get(url, { headers: { cookie, 'accept-encoding': 'identity' } }, (res) => {
      const headers = performance.now() - begin
      let firstByte = NaN
      let bytes = 0
      res.on('data', (chunk: Buffer) => {
        if (Number.isNaN(firstByte)) firstByte = performance.now() - begin
        bytes += chunk.length
      })
      res.on('end', () => resolve({ headers, firstByte, total: performance.now() - begin, bytes, status: res.statusCode ?? 0 }))
    })
    req.on('error', reject)
  })
}

const median = (xs: number[]) => quantile(xs, 0.5)
function quantile(xs: number[], q: number) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN
}
const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(9)

async function main() {
  ensureBuild()
  console.log(`Preparing ${databaseUrl}: the demo, and the same programme as ${NONE} (no comment) and ${MANY} (${COMMENTS} comments in ${THREADS} threads)…`)
  await prepare()
  const server = await startBenchServer(databaseUrl, port)
  try {
    const cookie = await signIn(server.url, 'isu@demo.test', DEMO_PASSWORD)
    const pages = [
      { name: 'programme page', none: `/meetings/${NONE}`, many: `/meetings/${MANY}` },
      { name: 'consultation page', none: `/meetings/${NONE}/consultation`, many: `/meetings/${MANY}/consultation` },
    ]
    for (const p of pages) for (const pathName of [p.none, p.many]) for (let i = 0; i < 5; i++) await timedGet(server.url + pathName, cookie)

    console.log(`\nTime to first byte, ${requests} requests each, one at a time, interleaved (SQLite, production build, ${new Date().toISOString()}):`)
    console.log(`${'page'.padEnd(20)}${'comments'.padStart(10)}${'TTFB p50'.padStart(11)}${'TTFB p90'.padStart(11)}${'total p50'.padStart(11)}${'HTML'.padStart(10)}`)
    const summary: Record<string, { none: number; many: number }> = {}
    for (const p of pages) {
      const runs = { none: [] as Timing[], many: [] as Timing[] }
      for (let i = 0; i < requests; i++) {
        runs.none.push(await timedGet(server.url + p.none, cookie))
        runs.many.push(await timedGet(server.url + p.many, cookie))
      }
      for (const kind of ['none', 'many'] as const) {
        const r = runs[kind]
        if (r.some((x) => x.status !== 200)) throw new Error(`${p.name} (${kind}) answered ${r.find((x) => x.status !== 200)!.status}`)
        const ttfb = r.map((x) => x.firstByte)
        console.log(
          `${p.name.padEnd(20)}${(kind === 'none' ? '0' : String(COMMENTS)).padStart(10)}${ms(median(ttfb)).padStart(11)}${ms(quantile(ttfb, 0.9)).padStart(11)}${ms(median(r.map((x) => x.total))).padStart(11)}${`${Math.round(r[0]!.bytes / 1024)} kB`.padStart(10)}`,
        )
        ;(summary[p.name] ??= { none: 0, many: 0 })[kind] = median(ttfb)
      }
    }
    for (const [name, s] of Object.entries(summary)) console.log(`${name}: ${COMMENTS} comments add ${(s.many - s.none).toFixed(1)} ms to the median time to first byte (×${(s.many / s.none).toFixed(2)}).`)

    console.log(`\nUnder load: autocannon, ${connections} connections, ${seconds} s each:`)
    console.log(`${'page'.padEnd(36)}${'req/s'.padStart(7)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'errors'.padStart(8)}`)
    for (const p of pages) {
      for (const [kind, pathName] of [['0 comments', p.none], [`${COMMENTS} comments`, p.many]] as const) {
        const r = await load(server.url, pathName, { connections, seconds, cookie })
        console.log(`${`${p.name}, ${kind}`.padEnd(36)}${String(r.rps).padStart(7)}${ms(r.p50).padStart(10)}${ms(r.p95).padStart(10)}${String(r.errors + r.non2xx).padStart(8)}`)
      }
    }
  } finally {
    await server.stop()
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
