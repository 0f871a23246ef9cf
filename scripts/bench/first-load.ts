// The first-load JavaScript of a page, compressed: the sum of the `encodedBodySize` of the scripts
// the browser fetched once the page loaded (and two seconds more, for what loads right after).
import { chromium, type Browser } from '@playwright/test'

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })

/** Kilobytes (1,000 bytes) of compressed JavaScript of `path`, signed in with `cookie` (none: signed out). */
export async function firstLoadJs(url: string, path: string, cookie?: string): Promise<number> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext()
    if (cookie) {
      const [name, value] = cookie.split('=') as [string, string]
      await context.addCookies([{ name, value, url }])
    }
    const page = await context.newPage()
    await page.goto(`${url}${path}`, { waitUntil: 'load' })
    await page.waitForTimeout(2000)
    const bytes = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('.js') || r.initiatorType === 'script').reduce((sum, r) => sum + r.encodedBodySize, 0),
    )
    return Math.round(bytes / 1000)
  } finally {
    await browser.close()
  }
}
