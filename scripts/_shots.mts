import { chromium } from '@playwright/test'
const base = process.env.BASE ?? 'http://localhost:3200'
const year = new Date().getFullYear() - 1
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
for (const [lang, width, signed] of [['en', 1440, false], ['fr', 390, false], ['en', 390, true], ['fr', 1440, true], ['ar', 390, false]] as const) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' })
  await context.addCookies([{ name: 'locale', value: lang, url: base }])
  const page = await context.newPage()
  if (signed) {
    await context.clearCookies()
    await page.goto(`${base}/signin`)
    await page.getByLabel('E-mail').fill('president@demo.test')
    await page.getByLabel('Password').fill('demo-password')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL((u) => !u.pathname.startsWith('/signin'))
    await context.addCookies([{ name: 'locale', value: lang, url: base }])
  }
  await page.goto(`${base}/programme/${year}`)
  await page.waitForTimeout(800)
  if (width === 390) {
    await page.locator('.menu-toggle').click()
  }
  await page.screenshot({ path: `/tmp/shot-${lang}-${width}-${signed ? 'in' : 'out'}.png`, fullPage: false })
  await context.close()
}
await browser.close()
