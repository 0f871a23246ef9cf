import './load-env'
import { launchChromium } from './bench/first-load'
import { signIn, startBenchServer } from './bench/server'
import { DEMO_PASSWORD } from './seed-demo'
const server = await startBenchServer('file:./data/bench-editor.db', 3191)
try {
  const cookie = await signIn(server.url, 'isu@demo.test', DEMO_PASSWORD)
  const browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const [name, value] = cookie.split('=') as [string, string]
  await context.addCookies([{ name, value, url: server.url }])
  const page = await context.newPage()
  await page.goto(`${server.url}/meetings/2030`, { waitUntil: 'load' })
  await page.waitForTimeout(1500)
  const js = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js')).map((r) => [r.name.split('/').pop(), r.encodedBodySize]))
  console.log(JSON.stringify(js))
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  const item = page.locator('[data-testid="grid-day"]').nth(1).locator('[data-testid="grid-item"] button').nth(10)
  await item.focus()
  await cdp.send('Profiler.start')
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown')
    await page.waitForTimeout(700)
  }
  const { profile } = (await cdp.send('Profiler.stop')) as any
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
  const self = new Map<string, number>()
  const dt = profile.timeDeltas as number[]
  profile.samples.forEach((id: number, i: number) => {
    const n: any = byId.get(id)
    const f = n.callFrame
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000)
  })
  console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 35).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'))
  console.log(await page.evaluate(() => performance.getEntriesByName('editor:drop-to-findings').map((e) => Math.round(e.duration)).join(' ')))
  await browser.close()
} finally {
  await server.stop()
}
