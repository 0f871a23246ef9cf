import { expect, test } from '@playwright/test'
import { createDb } from '@/lib/db'
import { E2E_DATABASE_URL, programmeForSpec, removeProgramme } from './fixtures'
import { signInAs } from './pages'

// Hardening review, item 6: a draft that cannot be opened can still be removed from the list, by the
// President (or an administrator) after typing its year; the deletion stays in the audit.
const year = new Date().getFullYear() + 12

test.beforeAll(async () => {
  await programmeForSpec(year, 'programme-2026.json', 'draft')
})
test.afterAll(async () => removeProgramme(year))

test('a Committee member sees no way to delete; the President deletes the draft after typing its year', async ({ browser }) => {
  const member = await browser.newPage()
  await signInAs(member, 'committee')
  await member.goto('/meetings')
  await expect(member.getByRole('link', { name: new RegExp(String(year)) }).first()).toBeVisible()
  await expect(member.getByRole('button', { name: `Delete the draft programme of ${year}` })).toHaveCount(0)

  const page = await browser.newPage()
  await signInAs(page, 'president')
  await page.goto('/meetings')
  await page.getByRole('button', { name: `Delete the draft programme of ${year}` }).click()
  const confirm = page.getByRole('button', { name: `Delete ${year}` })
  const typed = page.getByLabel(`Type ${year} to confirm`)
  await typed.fill(String(year - 1))
  await expect(confirm).toBeDisabled()
  await typed.fill(String(year))
  await confirm.click()
  await expect(page.getByRole('button', { name: `Delete the draft programme of ${year}` })).toHaveCount(0)
  await expect(page.getByRole('link', { name: new RegExp(`^${year}`) })).toHaveCount(0)
  expect((await page.goto(`/meetings/${year}`))?.status()).toBe(404)

  const db = createDb(E2E_DATABASE_URL)
  try {
    const event = await db.auditEvent.findFirst({ where: { action: 'programme.deleted' }, orderBy: { createdAt: 'desc' }, include: { user: true } })
    expect(event?.user?.email).toBe('president@demo.test')
    expect(event?.detail).toMatchObject({ year })
  } finally {
    await db.$disconnect()
  }
})
