import type { Browser, Page } from '@playwright/test'
import { signInAs } from './pages'

type Role = Parameters<typeof signInAs>[1]

/** Two people, each in a browser of their own, signed in and on the same page. */
export async function twoPeople(browser: Browser, roles: [Role, Role], url: string): Promise<{ a: Page; b: Page; close: () => Promise<void> }> {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()])
  const [a, b] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page]
  await signInAs(a, roles[0])
  await signInAs(b, roles[1])
  await Promise.all([a.goto(url), b.goto(url)])
  return { a, b, close: async () => void (await Promise.all(contexts.map((c) => c.close()))) }
}
