import { expect, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'demo-password'

/** The sign-in page as a person uses it. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto(path = '/signin') {
    await this.page.goto(path)
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel('E-mail').fill(email)
    await this.page.getByLabel('Password').fill(password)
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click()
  }

  error() {
    return this.page.locator('main').getByRole('alert')
  }
}

export async function signInAs(page: Page, role: 'president' | 'isu' | 'committee' | 'observer') {
  const signIn = new SignInPage(page)
  await signIn.goto()
  await signIn.signIn(`${role}@demo.test`)
  await expect(page.getByTestId('signed-in-as')).toBeVisible()
}
