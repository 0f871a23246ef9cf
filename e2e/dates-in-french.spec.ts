import { expect, test } from '@playwright/test'
import { toSessionUser } from '@/lib/auth/user'
import { openRound } from '@/lib/consultation/rounds'
import { createDb } from '@/lib/db'
import { genevaLocalToInstant, instantToGenevaLocal } from '@/lib/geneva-time'
import { baseURL } from '../playwright.config'
import { E2E_DATABASE_URL, programmeForSpec, removeProgramme } from './fixtures'
import { signInAs } from './pages'

// Issue 11: a French member reads every date and time in French, Geneva named in French: the
// consultation's deadline, the round's page, and the programme's history (its list of times too).
const YEAR = new Date().getFullYear() + 44
const NBSP = '\u00a0'
const WEEKDAY = '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)'
/** "mardi 15 décembre 2026, 18 h 00 (heure de Genève)". */
const MOMENT = new RegExp(`${WEEKDAY} \\d{1,2}(er)? \\p{L}+ \\d{4}, 18${NBSP}h${NBSP}00 \\(heure de Genève\\)`, 'u')

test.beforeAll(async () => {
  const programme = await programmeForSpec(YEAR, 'programme-2026.json', 'draft')
  const db = createDb(E2E_DATABASE_URL)
  try {
    const isu = toSessionUser(await db.user.findFirstOrThrow({ where: { email: 'isu@demo.test' } }))
    const inAWeek = instantToGenevaLocal(new Date(Date.now() + 7 * 24 * 3600 * 1000)).slice(0, 10)
    const deadline = genevaLocalToInstant(`${inAWeek}T18:00`)!
    await openRound(db, isu, { programmeId: programme.id, version: programme.version, message: 'Merci de relire le programme.', deadline, silenceProcedure: true })
  } finally {
    await db.$disconnect()
  }
})
test.afterAll(async () => removeProgramme(YEAR))

test('a French member reads the consultation’s dates and the history’s times in French, Geneva named in French', async ({ page }) => {
  await signInAs(page, 'committee')
  await page.context().addCookies([{ name: 'locale', value: 'fr', url: baseURL }])

  await page.goto(`/meetings/${YEAR}/consultation`)
  const round = page.getByTestId('open-round')
  await expect(round).toContainText(MOMENT)
  await expect(page.locator('main')).not.toContainText('(Geneva)')

  await round.locator('a[href*="/consultation/"]').click()
  await expect(page.locator('h1')).toContainText(/heure de Genève/)
  await expect(page.locator('main')).toContainText(MOMENT)
  await expect(page.locator('main')).not.toContainText('(Geneva)')

  await page.goto(`/meetings/${YEAR}/history`)
  const opened = page.locator('[data-action="consultation.opened"]').first()
  await expect(opened).toContainText(MOMENT)
  // The list's own times: "2 déc. 2026, 16 h 05", the month short, the hour as French writes it.
  await expect(opened.locator('time')).toHaveText(new RegExp(`^\\d{1,2} \\p{L}+\\.? \\d{4}, \\d{1,2}${NBSP}h${NBSP}\\d\\d$`, 'u'))
  await expect(page.locator('main')).not.toContainText('(Geneva)')
})
