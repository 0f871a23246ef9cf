import { chromium } from '@playwright/test'
const base = 'http://localhost:3500'
const lang = process.argv[2] ?? 'fr'
const pages = (process.argv[3] ?? '/meetings,/meetings/2026,/meetings/2026/consultation,/meetings/2026/history,/meetings/2025/revisions,/programme/2025,/notifications').split(',')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
for (const width of [1440, 390]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang })
  await ctx.addCookies([{ name: 'locale', value: lang, url: base }])
  const page = await ctx.newPage()
  await page.goto(base + '/signin')
  await page.locator('input[type=email]').fill('president@demo.test')
  await page.locator('input[type=password]').fill('demo-password')
  await page.keyboard.press('Enter')
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: 20000 })
  for (const p of pages) {
    await page.goto(base + p)
    await page.waitForTimeout(800)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    const name = `/tmp/shots/${lang}-${width}-${p.replaceAll('/', '_')}.png`
    await page.screenshot({ path: name, fullPage: width === 390 })
    console.log(name, 'overflow', overflow)
  }
  await ctx.close()
}
await browser.close()
