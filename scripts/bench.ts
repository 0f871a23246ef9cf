// npm run bench: the production server under load, on a fresh database (SQLite by default,
// PostgreSQL when BENCH_DATABASE_URL names one). Prints a table and writes bench/results.json.
//   BENCH_SECONDS (30)  BENCH_CONNECTIONS (50)
import './load-env'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { createDb } from '@/lib/db'
import { createProgrammeFromDocument } from '@/lib/meetings/documents'
import { migrate } from './db.mjs'
import { load, type LoadResult } from './bench/load'
import { benchProgramme } from './bench/programme'
import { ensureBuild, root, signIn, startBenchServer } from './bench/server'
import { DEMO_PASSWORD, seedDemo } from './seed-demo'

const seconds = Number(process.env.BENCH_SECONDS ?? 30)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'file:./data/bench.db'
const YEAR = 2030

async function prepareDatabase() {
  if (databaseUrl.startsWith('file:')) for (const s of ['', '-wal', '-shm']) fs.rmSync(path.resolve(root, databaseUrl.slice(5) + s), { force: true })
  migrate(databaseUrl)
  await seedDemo(databaseUrl)
  const db = createDb(databaseUrl)
  await db.programme.deleteMany({ where: { year: YEAR } })
  await db.$transaction((tx) => createProgrammeFromDocument(tx, benchProgramme(YEAR, 3, 20)))
  await db.$disconnect()
}

/** JavaScript the browser downloads to show the editor (compressed bytes on the wire). */
async function firstLoadJs(url: string, cookie: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  const context = await browser.newContext()
  const [name, value] = cookie.split('=') as [string, string]
  await context.addCookies([{ name, value, url }])
  const page = await context.newPage()
  await page.goto(`${url}/meetings/${YEAR}`, { waitUntil: 'load' })
  await page.waitForTimeout(2000)
  const bytes = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('.js') || r.initiatorType === 'script').reduce((sum, r) => sum + r.encodedBodySize, 0),
  )
  await browser.close()
  return Math.round(bytes / 1024)
}

async function main() {
  ensureBuild()
  await prepareDatabase()
  const server = await startBenchServer(databaseUrl, 3300)
  try {
    const cookie = await signIn(server.url, 'isu@demo.test', DEMO_PASSWORD)
    for (let i = 0; i < 20; i++) await fetch(`${server.url}/meetings/${YEAR}`, { headers: { cookie } })
    const rows: (LoadResult & { name: string })[] = []
    for (const [name, pagePath, withCookie] of [
      ['static page', '/robots.txt', false],
      ['editor page (3 days, 60 items)', `/meetings/${YEAR}`, true],
    ] as const) {
      rows.push({ name, ...(await load(server.url, pagePath, { connections, seconds, cookie: withCookie ? cookie : undefined })) })
    }
    const js = await firstLoadJs(server.url, cookie)
    const staticRow = rows[0]!
    const editorRow = rows[1]!
    const results = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      database: databaseUrl.startsWith('file:') ? 'SQLite' : 'PostgreSQL',
      connections,
      seconds,
      pages: rows,
      ratios: { editorP95OverStatic: Math.round((editorRow.p95 / staticRow.p95) * 100) / 100 },
      editorFirstLoadJsKiB: js,
    }
    console.log(`\n${results.date} · ${results.machine} · ${results.database} · ${connections} connections × ${seconds} s\n`)
    console.log('| page | requests | req/s | p50 ms | p95 ms | errors | non-2xx |\n|---|---|---|---|---|---|---|')
    for (const r of rows) console.log(`| ${r.name} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.errors} | ${r.non2xx} |`)
    console.log(`\neditor p95 / static p95: ${results.ratios.editorP95OverStatic}x (target ≤ 3x)`)
    console.log(`editor first-load JavaScript: ${js} KiB compressed (target ≤ 200 kB)`)
    fs.mkdirSync(path.join(root, 'bench'), { recursive: true })
    fs.writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n')
  } finally {
    await server.stop()
  }
}

await main()
