// npm run bench: the figures of the production server, on a large database and on an empty one.
// SQLite by default; PostgreSQL when BENCH_DATABASE_URL names a server (postgresql://…/planner_bench:
// the suffixes _large and _empty are added to the database name). Prints a table, writes
// bench/results.json. BENCH_SECONDS (30) and BENCH_CONNECTIONS (50) set the load; BENCH_MICRO=0 skips
// the rulebook and PDF micro-benchmarks, BENCH_JS=0 the editor's first-load JavaScript; BENCH_PAGES
// (words of the pages' names, comma-separated) measures only those pages beside the static file;
// BENCH_PORT (3300) is the servers' port.
import './load-env'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isPostgresUrl } from '@/lib/database-url.mjs'
import { migrate } from './db.mjs'
import { firstLoadJs } from './bench/first-load'
import { load, type LoadResult } from './bench/load'
import { rssNowMB, watchPeakRss } from './bench/memory'
import { DRAFT_YEAR, PUBLISHED_YEAR, seedBenchDatabase } from './bench/seed'
import { ensureBuild, root, signIn, startBenchServer } from './bench/server'
import { DEMO_PASSWORD } from './seed-demo'

const seconds = Number(process.env.BENCH_SECONDS ?? 30)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const base = process.env.BENCH_DATABASE_URL ?? 'file:./data/bench'
// One port for both servers (they run one after the other), so that benches in several checkouts can run side by side.
const port = Number(process.env.BENCH_PORT ?? 3300)

// Each page with its target (issues 13 and 18): its p95 at most `target` times the static file's.
const ALL_PAGES = [
  { name: 'static page', path: '/robots.txt', signedIn: false, target: 1 },
  { name: 'editor page', path: `/meetings/${DRAFT_YEAR}`, signedIn: true, target: 8 },
  { name: 'public page', path: `/programme/${PUBLISHED_YEAR}`, signedIn: false, target: 2 },
  { name: "release's PDF", path: `/programme/${PUBLISHED_YEAR}/pdf?lang=en`, signedIn: false, target: 2 },
  { name: "release's .ics", path: `/programme/${PUBLISHED_YEAR}/ics?lang=en`, signedIn: false, target: 2 },
  { name: "release's JSON", path: `/programme/${PUBLISHED_YEAR}/json?lang=en`, signedIn: false, target: 2 },
  { name: 'PDF (draft, rendered per request)', path: `/meetings/${DRAFT_YEAR}/pdf`, signedIn: true, target: null },
  { name: 'findings (JSON)', path: `/meetings/${DRAFT_YEAR}/findings`, signedIn: true, target: 3 },
] as const
// BENCH_PAGES=public,editor measures the static file and the pages whose names contain those words.
const only = process.env.BENCH_PAGES?.split(',').filter(Boolean)
const PAGES = ALL_PAGES.filter((p) => p.name === 'static page' || !only || only.some((word) => p.name.includes(word)))
const GROWTH_TARGET = 1.3
const MEMORY_TARGETS_MB = { peak: 350, idle: 150 }

function databaseUrl(kind: 'large' | 'empty') {
  if (!isPostgresUrl(base)) return `${base.replace(/\.db$/, '')}-${kind}.db`
  const url = new URL(base)
  url.pathname = `${url.pathname}_${kind}`
  return url.toString()
}

async function freshDatabase(url: string, large: boolean) {
  if (isPostgresUrl(url)) {
    const admin = new URL(url)
    const name = admin.pathname.slice(1)
    admin.pathname = '/postgres'
    spawnSync('psql', [admin.toString(), '-qc', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`], { stdio: 'inherit' })
  } else for (const s of ['', '-wal', '-shm']) fs.rmSync(path.resolve(root, url.slice(5) + s), { force: true })
  migrate(url)
  const started = Date.now()
  await seedBenchDatabase(url, large)
  return Math.round((Date.now() - started) / 1000)
}

async function measure(kind: 'large' | 'empty', port: number) {
  const url = databaseUrl(kind)
  console.log(`Seeding the ${kind} database…`)
  const seedSeconds = await freshDatabase(url, kind === 'large')
  const server = await startBenchServer(url, port)
  const memory = watchPeakRss(server.process.pid!)
  // Idle: started, one static file answered (startBenchServer waits for it), nothing else asked yet.
  await new Promise((r) => setTimeout(r, 3000))
  const idleRssMB = rssNowMB(server.process.pid!)
  try {
    const cookie = await signIn(server.url, 'isu@demo.test', DEMO_PASSWORD)
    for (const p of PAGES) for (let i = 0; i < 5; i++) await (await fetch(server.url + p.path, { headers: p.signedIn ? { cookie } : {} })).arrayBuffer()
    const rows: (LoadResult & { name: string; peakRssMB: number })[] = []
    for (const p of PAGES) {
      console.log(`  ${kind}: ${p.name}, ${connections} connections for ${seconds} s`)
      // The server's peak while this page is under load: which page drives the whole bench's peak.
      const during = watchPeakRss(server.process.pid!)
      const result = await load(server.url, p.path, { connections, seconds, cookie: p.signedIn ? cookie : undefined })
      // The load stops with up to `connections` requests still being answered (an editor page takes
      // seconds each): one more request of the page returns once they are, so that the next page is
      // not measured behind them (the public page timed out after the editor without this).
      await (await fetch(server.url + p.path, { headers: p.signedIn ? { cookie } : {}, signal: AbortSignal.timeout(120_000) })).arrayBuffer()
      rows.push({ name: p.name, ...result, peakRssMB: during.stop() })
    }
    const measureJs = kind === 'large' && process.env.BENCH_JS !== '0'
    const js = measureJs ? { editor: await firstLoadJs(server.url, `/meetings/${DRAFT_YEAR}`, cookie), public: await firstLoadJs(server.url, `/programme/${PUBLISHED_YEAR}`) } : null
    return { kind, seedSeconds, rows, peakRssMB: memory.stop(), idleRssMB, firstLoadJsKB: js }
  } finally {
    memory.stop()
    await server.stop()
  }
}

function micro(script: string) {
  const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [script], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, timeout: 600_000 })
  return (r.stdout ?? '').trim().split('\n').slice(-12).join('\n')
}

async function main() {
  ensureBuild()
  const large = await measure('large', port)
  const empty = await measure('empty', port)
  const byName = (rows: (LoadResult & { name: string; peakRssMB: number })[], name: string) => rows.find((r) => r.name === name)!
  const staticP95 = byName(large.rows, 'static page').p95
  const table = PAGES.map((p) => {
    const l = byName(large.rows, p.name)
    const e = byName(empty.rows, p.name)
    return { ...l, name: p.name, target: p.target, p95OverStatic: Math.round((l.p95 / staticP95) * 100) / 100, growth: Math.round((l.p95 / e.p95) * 100) / 100, emptyP95: e.p95, emptyPeakRssMB: e.peakRssMB }
  })
  const mark = (ok: boolean) => (ok ? '✓' : '✗')
  console.log('Micro-benchmarks (npm run bench:rules, npm run bench:pdf)…')
  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    database: isPostgresUrl(base) ? 'PostgreSQL' : 'SQLite',
    load: { connections, seconds },
    seeding: { largeSeconds: large.seedSeconds, emptySeconds: empty.seedSeconds },
    pages: table,
    peakRssMB: { large: large.peakRssMB, empty: empty.peakRssMB },
    idleRssMB: { large: large.idleRssMB, empty: empty.idleRssMB },
    firstLoadJsKB: large.firstLoadJsKB,
    micro: process.env.BENCH_MICRO === '0' ? null : { rules: micro('scripts/bench-rules.ts'), pdf: micro('scripts/bench-pdf.ts') },
  }
  const lines = [
    `${results.date.slice(0, 16).replace('T', ' ')} UTC · ${results.machine} · ${results.database} · ${connections} connections × ${seconds} s per page`,
    '',
    '| page | req/s | p50 ms | p95 ms | errors | p95 ÷ static | target | p95 empty db | growth (≤ 1.3x) | peak RSS MB (large / empty) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...table.map(
      (r) =>
        `| ${r.name} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.errors + r.non2xx} | ${r.p95OverStatic}x | ${r.target === null || r.name === 'static page' ? '' : `≤ ${r.target}x ${mark(r.p95OverStatic <= r.target)}`} | ${r.emptyP95} | ${r.growth}x ${r.name === 'static page' ? '' : mark(r.growth <= GROWTH_TARGET)} | ${r.peakRssMB} / ${r.emptyPeakRssMB} |`,
    ),
    '',
    `peak server memory (RSS): ${large.peakRssMB} MB with the large database, ${empty.peakRssMB} MB with the empty one (target ≤ ${MEMORY_TARGETS_MB.peak} MB ${mark(Math.max(large.peakRssMB, empty.peakRssMB) <= MEMORY_TARGETS_MB.peak)})`,
    `idle server memory after start (RSS): ${large.idleRssMB} MB, ${empty.idleRssMB} MB (target ≤ ${MEMORY_TARGETS_MB.idle} MB ${mark(Math.max(large.idleRssMB, empty.idleRssMB) <= MEMORY_TARGETS_MB.idle)})`,
    ...(large.firstLoadJsKB
      ? [
          `editor first-load JavaScript: ${large.firstLoadJsKB.editor} kB compressed (target ≤ 200 kB ${mark(large.firstLoadJsKB.editor <= 200)})`,
          `public page first-load JavaScript: ${large.firstLoadJsKB.public} kB compressed (target ≤ 90 kB ${mark(large.firstLoadJsKB.public <= 90)})`,
        ]
      : []),
    `no errors: ${mark(table.every((r) => r.errors + r.non2xx === 0))}`,
  ]
  console.log(`\n${lines.join('\n')}`)
  if (results.micro) console.log(`\nrulebook:\n${results.micro.rules}\n\nPDF:\n${results.micro.pdf}`)
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true })
  fs.writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n')
  fs.writeFileSync(path.join(root, 'bench/results.md'), lines.join('\n') + '\n')
}

await main()
