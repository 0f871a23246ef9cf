import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { createDb, dbNull } from '@/lib/db'
import { E2E_DATABASE_URL } from './fixtures'
import { signInAs } from './pages'

// Arabic, the fourth language: the whole page right to left, the programme's Arabic texts (English
// ones marked), and the digits the ISU chose for the year on the public page and in the PDF.
const lastYear = new Date().getFullYear() - 1
const thisYear = new Date().getFullYear()
const publicPage = `/programme/${lastYear}`
const indic = (text: string) => text.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!)
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined

/** How far the page sticks out sideways (0 when nothing does). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/** How far the page sticks out sideways, and the outermost elements that stick out (to say what to fix). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const out = [...document.querySelectorAll('body *')].filter((e) => {
      const box = e.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && (box.right > width + 1 || box.left < -1) && getComputedStyle(e).position !== 'fixed'
    })
    const outermost = out.filter((e) => !out.includes(e.parentElement!)).slice(0, 5)
    return {
      by: document.documentElement.scrollWidth - width,
      what: outermost.map((e) => `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 40)} “${(e.textContent ?? '').trim().slice(0, 30)}”`).join('; '),
    }
  })

/** Every page a member visits (the President sees them all), and those that scrolled sideways in Arabic before. */
const MEMBER_PAGES = [
  '/',
  '/programme',
  publicPage,
  '/notifications',
  '/notifications/settings',
  '/profile',
  '/meetings',
  '/meetings/new',
  `/meetings/${thisYear}`,
  `/meetings/${thisYear}/calendar`,
  `/meetings/${thisYear}/consultation`,
  `/meetings/${thisYear}/history`,
  `/meetings/${thisYear}/revisions`,
  `/meetings/${thisYear}/approve`,
  `/meetings/${lastYear}`,
  `/meetings/${lastYear}/revisions`,
  '/meetings/time',
  '/meetings/actions',
  '/meetings/states',
  '/admin/users',
  '/admin/outbox',
]
const ONCE_SIDEWAYS = [`/meetings/${thisYear}`, `/meetings/${thisYear}/consultation`, '/admin/users']

async function chooseLocale(page: Page, locale: 'ar' | 'en' | 'fr') {
  await page.context().addCookies([{ name: 'locale', value: locale, domain: new URL(page.url()).hostname, path: '/' }])
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/arabic-${name}.png`, fullPage: true })
}

async function chooseArabic(page: Page) {
  await page.getByRole('button', { name: 'العربية' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
}

test.describe('the public programme in Arabic', () => {
  test('runs right to left, in Arabic words, the texts without translation marked, and nothing sticks out at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto(publicPage)
    await chooseArabic(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`برنامج الاجتماعات المعقودة بين الدورات لعام ${lastYear}`)
    await expect(page.getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-pressed', 'true')
    const first = page.getByTestId('programme-item').first()
    // The demo's items have no Arabic text: the English title, kept apart, and the mark.
    await expect(first).toContainText('Opening of the thematic day')
    await expect(first).toContainText('(بالإنكليزية فقط)')
    // The page starts at the right: the item's time is to the right of its title.
    const time = await first.locator('.pp-time').boundingBox()
    const title = await first.locator('h3').boundingBox()
    expect(time!.x).toBeGreaterThan(title!.x)
    await shoot(page, 'public-1440')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.reload()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await shoot(page, 'public-390')
  })
})

test.describe('the digits of the Arabic programme', () => {
  test.afterEach(async ({ page }) => {
    // Back to the default, whatever happened.
    await page.goto(`/meetings/${lastYear}/revisions`)
    const form = page.getByTestId('arabic-digits')
    if (await form.isVisible()) {
      await form.getByRole('radio').first().check()
      await form.getByRole('button').click()
      await expect(form.getByRole('status')).toBeVisible()
    }
  })

  test('the ISU chooses Arabic-Indic digits: the Arabic public page and its PDF use them, the English page does not', async ({ page, request }) => {
    await signInAs(page, 'isu')
    await page.goto(`/meetings/${lastYear}/revisions`)
    const form = page.getByTestId('arabic-digits')
    await form.getByRole('radio', { name: 'Arabic-Indic (١, ٢, ٣)' }).check()
    await form.getByRole('button', { name: 'Save the digits' }).click()
    await expect(form.getByRole('status')).toHaveText('Saved: the Arabic page and PDF now use these digits.')

    await page.goto(publicPage)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Programme of the Intersessional Meetings ${lastYear}`)
    await chooseArabic(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`برنامج الاجتماعات المعقودة بين الدورات لعام ${indic(String(lastYear))}`)
    await expect(page.getByTestId('programme-item').first().locator('.pp-time')).toHaveText(/^[٠-٩]{2}:[٠-٩]{2}–[٠-٩]{2}:[٠-٩]{2}$/)

    const pdf = await request.get(`${publicPage}/pdf?lang=ar`)
    expect(pdf.status()).toBe(200)
    const body = await pdf.body()
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    if (hasPdftotext) {
      const file = test.info().outputPath('arabic.pdf')
      fs.writeFileSync(file, body)
      const text = execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/[\u200e\u200f\u202a-\u202e\s]/g, '')
      // Arabic words in their logical order, the year in Arabic-Indic digits, no Western digit in the page count.
      expect(text).toContain('الاجتماعاتالمعقودةبينالدورات')
      expect(text).toContain(indic(String(lastYear)))
      // "Page 1 of 3" in Arabic-Indic digits (pdftotext puts the number before or after the word).
      expect(text).toMatch(/الصفحة[٠-٩]+من[٠-٩]+|[٠-٩]+من[٠-٩]+الصفحة/)
      expect(text).not.toMatch(/الصفحة[0-9]|[0-9]من[0-9]/)
    }
  })
})

test.describe('the editor and the consultation in Arabic', () => {
  test('the timetable runs right to left: the first day at the right, ← moves an item to the next day', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 1000 })
    await signInAs(page, 'isu')
    await page.goto(`/meetings/${thisYear}`)
    await chooseArabic(page)
    const days = page.getByTestId('grid-day')
    await expect(days.first()).toBeVisible()
    const firstDay = await days.first().boundingBox()
    const secondDay = await days.nth(1).boundingBox()
    expect(firstDay!.x).toBeGreaterThan(secondDay!.x)
    // ← points to the next day, on the left: from the last day there is none (nothing is saved).
    await days.last().getByTestId('grid-item').first().getByRole('button').first().focus()
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByTestId('timetable-announcer')).toContainText('هذا هو اليوم الأخير.')
    await page.reload()
    await shoot(page, 'editor-1440')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.reload()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await shoot(page, 'editor-390')
  })

  test('the consultation page reads right to left at 1440 and 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 1000 })
    await signInAs(page, 'president')
    await page.goto(`/meetings/${thisYear}/consultation`)
    await chooseArabic(page)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('التشاور')
    await shoot(page, 'consultation-1440')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.reload()
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await shoot(page, 'consultation-390')
  })
})

test.describe('nothing scrolls sideways on a phone', () => {
  test('at 390 px every page a member visits fits the screen in Arabic, and the editor, the consultation and the users page in English and French too', async ({ page }) => {
    test.setTimeout(180_000)
    await signInAs(page, 'president')
    await page.setViewportSize({ width: 390, height: 844 })
    for (const [locale, paths] of [['ar', MEMBER_PAGES], ['en', ONCE_SIDEWAYS], ['fr', ONCE_SIDEWAYS]] as const) {
      await chooseLocale(page, locale)
      for (const path of paths) {
        await page.goto(path)
        await page.waitForLoadState('networkidle')
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        const { by, what } = await sideways(page)
        expect(by, `${path} in ${locale} at 390 px scrolls sideways by ${by} px: ${what}`).toBeLessThanOrEqual(0)
      }
    }
    await chooseLocale(page, 'en')
  })
})

test.describe('the consultation page’s items in Arabic', () => {
  const arabicTitle = 'افتتاح الاجتماعات المعقودة بين الدورات'
  let restore: (() => Promise<void>) | null = null

  test.afterEach(async () => {
    await restore?.()
    restore = null
  })

  test('an item with an Arabic title shows it; the others show their English title marked “English only” in Arabic', async ({ page }) => {
    // An Arabic title for the first item of the year, as the translation fields of the item form would save it
    // (its version moved on, as every write of an item does: the server keeps a programme by its versions).
    const db = createDb(E2E_DATABASE_URL)
    try {
      const item = await db.item.findFirstOrThrow({ where: { day: { programme: { year: thisYear } }, segment: { not: 'break' } }, orderBy: [{ day: { date: 'asc' } }, { position: 'asc' }] })
      const before = item.translations
      const others = before && typeof before === 'object' && !Array.isArray(before) ? before : {}
      await db.item.update({ where: { id: item.id }, data: { translations: { ...others, ar: { title: arabicTitle } }, version: { increment: 1 } } })
      restore = async () => {
        const again = createDb(E2E_DATABASE_URL)
        try {
          await again.item.update({ where: { id: item.id }, data: { translations: before ?? dbNull, version: { increment: 1 } } })
        } finally {
          await again.$disconnect()
        }
      }
    } finally {
      await db.$disconnect()
    }

    await page.setViewportSize({ width: 1440, height: 1000 })
    await signInAs(page, 'committee')
    await chooseLocale(page, 'ar')
    await page.goto(`/meetings/${thisYear}/consultation`)
    const items = page.getByTestId('item-threads')
    const translated = items.filter({ has: page.locator('h5', { hasText: arabicTitle }) })
    await expect(translated).toHaveCount(1)
    await expect(translated.locator('h5')).not.toContainText('(بالإنكليزية فقط)')
    // The next item has no Arabic text: its English title, set apart, and the mark in Arabic.
    const english = items.nth(1).locator('h5')
    await expect(english.locator('bdi[lang="en"]')).not.toBeEmpty()
    await expect(english).toContainText('(بالإنكليزية فقط)')
    // The days are headed in Arabic, with the United Nations' month names, as the PDF writes them.
    await expect(page.locator('section[aria-labelledby^="cday-"] h4').first()).toHaveText(/^(الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت) \d+ .+\/.+ \d{4}$/)
    await shoot(page, 'consultation-items-1440')
    await chooseLocale(page, 'en')
  })
})
