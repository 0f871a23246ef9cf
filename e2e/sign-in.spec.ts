import { expect, test } from '@playwright/test'
import { SignInPage, signInAs } from './pages'

test.describe('signing in', () => {
  for (const [role, landing, heading, label] of [
    ['president', '/meetings', 'Programmes', 'President, administrator'],
    ['isu', '/meetings', 'Programmes', 'Implementation Support Unit'],
    ['committee', '/meetings', 'Programmes', 'Coordinating Committee member'],
    ['observer', '/programme', 'Published programmes', 'Observer'],
  ] as const) {
    test(`the ${role} lands on their page`, async ({ page }) => {
      await signInAs(page, role)
      await expect(page).toHaveURL(landing)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await expect(page.getByTestId('signed-in-as')).toContainText(label)
    })
  }

  test('a wrong password shows a clear message and keeps the e-mail', async ({ page }) => {
    const signIn = new SignInPage(page)
    await signIn.goto()
    await signIn.signIn('isu@demo.test', 'not-the-password')
    await expect(signIn.error()).toHaveText(/The e-mail or the password is not right/)
    await expect(page.getByLabel('E-mail')).toHaveValue('isu@demo.test')
    await expect(page).toHaveURL(/\/signin/)
  })

  test('an empty form is explained field by field', async ({ page }) => {
    await new SignInPage(page).goto()
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(page.getByText('Enter your e-mail.')).toBeVisible()
    await expect(page.getByText('Enter your password.')).toBeVisible()
  })

  test('signing out ends the session', async ({ page }) => {
    await signInAs(page, 'isu')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/signin/)
    await page.goto('/meetings')
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/)
  })

  test('a page asks for sign-in, then returns to it', async ({ page }) => {
    await page.goto('/meetings')
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmeetings/)
    await new SignInPage(page).signIn('committee@demo.test')
    await expect(page).toHaveURL('/meetings')
  })
})

test.describe('refusals happen on the server', () => {
  test('an observer cannot open the editor of a draft, nor learn that it exists', async ({ page }) => {
    await signInAs(page, 'observer')
    const year = new Date().getFullYear()
    const response = await page.goto(`/meetings/${year}`)
    // Answered as a year without a programme: a draft's existence is not the observer's to learn.
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
    await expect(page.getByText('Opening of the Intersessional Meetings')).toHaveCount(0)
    // Nor is there a link to it in the menu.
    await expect(page.getByRole('link', { name: 'Programmes', exact: true })).toHaveCount(0)
  })

  test('the raw HTML of the refused page holds none of the draft', async ({ request }) => {
    // Signed out, the server answers with a redirect to sign-in, not the page.
    const res = await request.get(`/meetings/${new Date().getFullYear()}`, { maxRedirects: 0 })
    expect([302, 303, 307]).toContain(res.status())
    expect(res.headers()['location']).toContain('/signin')
  })

  test('only an administrator sees the users page', async ({ page }) => {
    await signInAs(page, 'isu')
    expect((await page.goto('/admin/users'))?.status()).toBe(403)
  })

  test('the administrator changes a role and it counts at once', async ({ page, browser }) => {
    await signInAs(page, 'president')
    await page.getByRole('link', { name: 'Users' }).click()
    const row = page.getByRole('row', { name: /observer@demo\.test/ })
    await row.getByRole('combobox').selectOption('committee')
    await row.getByRole('button', { name: 'Save' }).click()
    await expect(row.getByRole('status')).toHaveText(/is now Coordinating Committee member/)

    const other = await browser.newContext()
    const observerPage = await other.newPage()
    await signInAs(observerPage, 'observer')
    await expect(observerPage).toHaveURL('/meetings')
    await other.close()

    await row.getByRole('combobox').selectOption('observer')
    await row.getByRole('button', { name: 'Save' }).click()
    await expect(row.getByRole('status')).toHaveText(/is now Observer/)
  })
})

test('security headers are sent', async ({ request }) => {
  const res = await request.get('/signin')
  const h = res.headers()
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(h['content-security-policy']).not.toContain('unsafe-eval')
  expect(h['x-content-type-options']).toBe('nosniff')
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin')
})

test('ten failed attempts lock the e-mail for 15 minutes', async ({ page }) => {
  const signIn = new SignInPage(page)
  await signIn.goto()
  for (let i = 1; i <= 10; i++) {
    await signIn.signIn('locked-out@demo.test', `wrong-${i}`)
    await expect(signIn.error()).toHaveText(/not right/)
    await page.getByLabel('Password').fill('')
  }
  await signIn.signIn('locked-out@demo.test', 'another-try')
  await expect(signIn.error()).toHaveText(/Too many failed attempts for this e-mail\. Try again after \d\d:\d\d/)
})
