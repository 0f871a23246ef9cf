// What a page costs the browser: its HTML (bytes as sent and gzipped) and the JavaScript it loads
// first (compressed bytes of the scripts after load), signed in, in English and in French.
//   MEASURE_URL=http://localhost:3100 npx tsx scripts/measure-page.ts [/meetings/2026] [email]
// Start a production server first (for example `tsx scripts/e2e-server.ts`, the demo data).
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { signIn } from './bench/server'
import { DEMO_PASSWORD } from './seed-demo'

const base = process.env.MEASURE_URL ?? 'http://localhost:3100'
const path = process.argv[2] ?? '/meetings/2026'
const email = process.argv[3] ?? 'president@demo.test'

const session = await signIn(base, email, DEMO_PASSWORD)
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
try {
  for (const locale of ['en', 'fr']) {
    const cookie = `${session}; locale=${locale}`
    const html = Buffer.from(await (await fetch(base + path, { headers: { cookie } })).arrayBuffer())
    const context = await browser.newContext()
    const [name, value] = session.split('=') as [string, string]
    await context.addCookies([
      { name, value, url: base },
      { name: 'locale', value: locale, url: base },
    ])
    const page = await context.newPage()
    await page.goto(base + path, { waitUntil: 'load' })
    await page.waitForTimeout(2000)
    const js = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('.js') || r.initiatorType === 'script').reduce((sum, r) => sum + r.encodedBodySize, 0),
    )
    await context.close()
    const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`
    console.log(`${path} (${locale}): HTML ${kB(html.length)} (${kB(gzipSync(html).length)} gzipped), first-load JavaScript ${kB(js)} compressed`)
  }
} finally {
  await browser.close()
}
