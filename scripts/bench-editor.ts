// npm run bench:editor: the timetable editor in this machine's Chromium, on the production build.
// 1. First-load JavaScript of the editor (compressed), target ≤ 200 kB.
// 2. The drop: with a programme of 200 items, the time from a drop (a keyboard move of an item, which
//    takes the same path as a drop: placed at once, the rulebook run again on the whole programme)
//    to the findings drawn and painted again, read from the page's performance marks
//    (components/editor/drop-timing.ts). Median and p95 of BENCH_DROPS (30) drops, target < 50 ms.
// SQLite in data/bench-editor.db; BENCH_EDITOR_PORT (3310). Writes bench/editor.json.
import './load-env'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDb } from '@/lib/db'
import { createProgrammeFromDocument } from '@/lib/meetings/documents'
import { migrate } from './db.mjs'
import { firstLoadJs, launchChromium } from './bench/first-load'
import { benchProgramme } from './bench/programme'
import { ensureBuild, root, signIn, startBenchServer } from './bench/server'
import { DEMO_PASSWORD, seedDemo } from './seed-demo'

const YEAR = 2030
const ITEMS = 200
const DROPS = Number(process.env.BENCH_DROPS ?? 30)
const WARM_UP = 5
const port = Number(process.env.BENCH_EDITOR_PORT ?? 3310)
const url = 'file:./data/bench-editor.db'
const MEASURE = 'editor:drop-to-findings'

async function seed() {
  for (const s of ['', '-wal', '-shm']) fs.rmSync(path.join(root, 'data/bench-editor.db' + s), { force: true })
  fs.mkdirSync(path.join(root, 'data'), { recursive: true })
  migrate(url)
  await seedDemo(url)
  const db = createDb(url)
  try {
    await db.$transaction((tx) => createProgrammeFromDocument(tx, benchProgramme(YEAR, 4, ITEMS), 'draft'))
  } finally {
    await db.$disconnect()
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const round = (n: number) => Math.round(n * 10) / 10

async function drops(serverUrl: string, cookie: string) {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const [name, value] = cookie.split('=') as [string, string]
    await context.addCookies([{ name, value, url: serverUrl }])
    const page = await context.newPage()
    await page.goto(`${serverUrl}/meetings/${YEAR}`, { waitUntil: 'load' })
    // The scripts the page's HTML names (fetched before it was parsed), apart from those loaded after.
    const beforeParsedKB = await page.evaluate(() => {
      const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('.js') || r.initiatorType === 'script')
      return Math.round(scripts.filter((r) => r.startTime < parsed).reduce((sum, r) => sum + r.encodedBodySize, 0) / 1000)
    })
    const items = await page.locator('[data-testid="grid-item"]').count()
    // A session in the middle of the second day: moved down and up again by 5 minutes, in turn.
    const item = page.locator('[data-testid="grid-day"]').nth(1).locator('[data-testid="grid-item"] button').nth(10)
    await item.focus()
    const times: number[] = []
    for (let i = 0; i < WARM_UP + DROPS; i++) {
      const before = await page.evaluate((m) => performance.getEntriesByName(m).length, MEASURE)
      await page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown')
      await page.waitForFunction(([m, n]) => performance.getEntriesByName(m as string).length > (n as number), [MEASURE, before] as const, { timeout: 10_000 })
      const ms = await page.evaluate((m) => performance.getEntriesByName(m).at(-1)!.duration, MEASURE)
      if (i >= WARM_UP) times.push(ms)
      // Let the save and the page's refresh finish: a drop is measured on a page at rest.
      await page.waitForTimeout(600)
    }
    const sorted = [...times].sort((a, b) => a - b)
    return { beforeParsedKB, items, drops: times.length, medianMs: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted.at(-1)!) }
  } finally {
    await browser.close()
  }
}

async function main() {
  ensureBuild()
  console.log(`Seeding a programme of ${ITEMS} items…`)
  await seed()
  const server = await startBenchServer(url, port)
  try {
    const cookie = await signIn(server.url, 'isu@demo.test', DEMO_PASSWORD)
    await (await fetch(`${server.url}/meetings/${YEAR}`, { headers: { cookie } })).arrayBuffer()
    const js = await firstLoadJs(server.url, `/meetings/${YEAR}`, cookie)
    console.log(`editor first-load JavaScript: ${js} kB compressed`)
    const drop = await drops(server.url, cookie)
    const results = { date: new Date().toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}`, firstLoadJsKB: js, drop }
    console.log(
      [
        `${results.date.slice(0, 16).replace('T', ' ')} UTC · ${results.machine}`,
        `editor first-load JavaScript: ${js} kB compressed (target ≤ 200 kB), of which ${drop.beforeParsedKB} kB named by the page's HTML`,
        `drop to findings painted, ${drop.items} items, ${drop.drops} drops: median ${drop.medianMs} ms, p95 ${drop.p95Ms} ms, max ${drop.maxMs} ms (target < 50 ms)`,
      ].join('\n'),
    )
    fs.mkdirSync(path.join(root, 'bench'), { recursive: true })
    fs.writeFileSync(path.join(root, 'bench/editor.json'), JSON.stringify(results, null, 2) + '\n')
  } finally {
    await server.stop()
  }
}

await main()
