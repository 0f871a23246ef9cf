// Issue 17's journey: an administrator invites a person to the Committee of one year; the person
// accepts through the link of the e-mail (read from the outbox, where the server keeps messages
// without SMTP), chooses a password, signs in, and has the role of that year, and only of that year.
import { expect, test } from '@playwright/test'
import { createDb } from '@/lib/db'
import { createUser } from '@/lib/users'
import { E2E_DATABASE_URL, programmeForSpec, removeProgramme } from './fixtures'
import { SignInPage, signInAs } from './pages'

const YEAR = 2041
const OTHER_YEAR = 2042

/** The link of the last e-mail to `to` kept in the outbox. */
async function linkMailedTo(to: string): Promise<string> {
  const db = createDb(E2E_DATABASE_URL)
  try {
    const message = await db.outboxMessage.findFirst({ where: { to }, orderBy: { createdAt: 'desc' } })
    const link = message?.body.match(/https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/)?.[0]
    if (!link) throw new Error(`No invitation link mailed to ${to}: ${message?.body ?? 'no message'}`)
    return new URL(link).pathname
  } finally {
    await db.$disconnect()
  }
}

test.describe('people', () => {
  test.beforeAll(async () => {
    await programmeForSpec(YEAR, 'programme-2026.json')
    await programmeForSpec(OTHER_YEAR, 'programme-2026.json')
  })
  test.afterAll(async () => {
    await removeProgramme(YEAR)
    await removeProgramme(OTHER_YEAR)
  })

  test('an administrator invites a member of the Committee of one year, who accepts and signs in with that role', async ({ page, browser }) => {
    const email = `invited.${Date.now()}@e2e.test`
    await signInAs(page, 'president')
    await page.goto(`/admin/users?year=${YEAR}`)
    const invite = page.getByTestId('invite-form')
    await invite.getByLabel('E-mail', { exact: true }).fill(email)
    await invite.getByLabel('Name', { exact: true }).fill('Nadia Invited')
    await invite.getByLabel('Role', { exact: true }).selectOption('committee')
    await expect(invite.getByLabel('For', { exact: true })).toHaveValue(String(YEAR))
    await invite.getByRole('button', { name: 'Send the invitation' }).click()
    await expect(invite.getByRole('status')).toContainText(`Invitation sent to ${email}`)
    await expect(page.getByTestId('pending-invitations').locator(`[data-invitation="${email}"]`)).toBeVisible()

    // The invited person, in a browser of their own.
    const context = await browser.newContext()
    const guest = await context.newPage()
    await guest.goto(await linkMailedTo(email))
    await expect(guest.getByRole('heading', { name: 'Accept the invitation' })).toBeVisible()
    await expect(guest.getByText(`Coordinating Committee member for ${YEAR}`)).toBeVisible()
    await guest.getByLabel('Password (at least 10 characters)').fill('short')
    await guest.getByRole('button', { name: 'Create my account' }).click()
    await expect(guest.getByText('The password needs at least 10 characters.')).toBeVisible()
    await guest.getByLabel('Password (at least 10 characters)').fill('nadia-password-2041')
    await guest.getByRole('button', { name: 'Create my account' }).click()
    await expect(guest.getByRole('status')).toContainText('Your account is ready')

    // The link works once.
    await guest.reload()
    await expect(guest.locator('main').getByRole('alert')).toContainText('already been accepted')

    const signIn = new SignInPage(guest)
    await signIn.goto()
    await signIn.signIn(email, 'nadia-password-2041')
    await expect(guest.getByTestId('signed-in-as')).toBeVisible()
    // The draft of the year of their role opens, with the Committee's comments; another year's draft does not exist for them.
    await guest.goto(`/meetings/${YEAR}`)
    await expect(guest.getByRole('heading', { level: 1 })).toContainText(String(YEAR))
    // (Asked with the browser's cookies, without leaving the editor mid-load.)
    expect((await guest.request.get(`/meetings/${OTHER_YEAR}`, { maxRedirects: 0 })).status()).toBe(404)
    expect((await guest.request.get(`/meetings/${YEAR}`, { maxRedirects: 0 })).status()).toBe(200)
    await guest.goto('/profile')
    await expect(guest.getByTestId('profile-roles')).toContainText(`${YEAR}: Coordinating Committee member`)
    await context.close()

    // The administrator sees the acceptance in the list of rights changes, and no pending invitation for the address.
    await page.reload()
    await expect(page.getByTestId('rights-history')).toContainText(`Accepted the invitation as Coordinating Committee member (${YEAR})`)
    await expect(page.locator(`[data-invitation="${email}"]`)).toHaveCount(0)
  })

  test("a deactivated person's open session is refused at its next request; reactivated, they sign in again", async ({ page, browser }) => {
    const email = `leaving.${Date.now()}@e2e.test`
    const db = createDb(E2E_DATABASE_URL)
    try {
      await createUser(db, { email, name: 'Leo Leaving', role: 'committee', password: 'leo-password-2041' })
    } finally {
      await db.$disconnect()
    }
    const context = await browser.newContext()
    const member = await context.newPage()
    const signIn = new SignInPage(member)
    await signIn.goto()
    await signIn.signIn(email, 'leo-password-2041')
    await expect(member.getByTestId('signed-in-as')).toBeVisible()

    await signInAs(page, 'president')
    await page.goto('/admin/users')
    const row = page.locator(`[data-person="${email}"]`)
    await row.getByRole('button', { name: 'Deactivate' }).click()
    await row.getByRole('button', { name: 'Yes: Deactivate' }).click()
    await expect(row).toContainText('Deactivated')

    // The member's next request: signed out, and the password no longer opens the door.
    await member.goto('/meetings')
    await expect(member).toHaveURL(/\/signin/)
    await signIn.signIn(email, 'leo-password-2041')
    await expect(signIn.error()).toContainText('not right')

    await row.getByRole('button', { name: 'Reactivate' }).click()
    await expect(row).toContainText('Active')
    await signIn.goto()
    await signIn.signIn(email, 'leo-password-2041')
    await expect(member.getByTestId('signed-in-as')).toBeVisible()
    await context.close()
    await expect(page.getByTestId('rights-history')).toContainText('Deactivated Leo Leaving')
  })

  test('the 403 page names the administrators', async ({ page }) => {
    await signInAs(page, 'committee')
    await page.goto('/admin/users')
    await expect(page.getByTestId('forbidden-help')).toContainText('ask an administrator:')
  })
})
