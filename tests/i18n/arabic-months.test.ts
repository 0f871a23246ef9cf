import { describe, expect, it } from 'vitest'
import { formatDateRange, formatDay, formatDayHeading, formatDayMonthYear } from '@/lib/i18n/dates'
import { formatGenevaMoment } from '@/lib/i18n/conventions'
import { messagesFor, translator } from '@/lib/i18n'
import * as pdf from '@/lib/pdf/typography'
import { unArabicMonths } from '@/lib/programme/arabic-months'

// One convention for Arabic months, the United Nations' ("حزيران/يونيه"): the interface writes the
// months as the PDF does (docs/arabic.md).
const sixteenth = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-16`)

describe('Arabic month names', () => {
  it('the interface writes every month as the PDF does, with the United Nations double names', () => {
    for (const date of sixteenth) expect(formatDayMonthYear(date, 'ar')).toBe(pdf.formatDayMonthYear(date, 'ar'))
    expect(formatDayMonthYear('2026-06-16', 'ar')).toBe('16 حزيران/يونيه 2026')
    expect(formatDayMonthYear('2026-07-01', 'ar')).toBe('1 تموز/يوليه 2026')
  })

  it('a day heading of the pages is the PDF’s heading', () => {
    expect(formatDayHeading('2026-06-16', 'ar')).toBe('الثلاثاء 16 حزيران/يونيه 2026')
    for (const date of sixteenth) expect(formatDayHeading(date, 'ar')).toBe(pdf.formatDayHeading(date, 'ar'))
  })

  it('ranges, days without the year and moments in Geneva carry the same names', () => {
    expect(formatDateRange('2026-06-16', '2026-06-18', 'ar')).toBe('16–18 حزيران/يونيه 2026')
    expect(formatDateRange('2026-06-30', '2026-07-02', 'ar')).toContain('حزيران/يونيه')
    expect(formatDateRange('2026-06-30', '2026-07-02', 'ar')).toContain('تموز/يوليه')
    expect(formatDay('2026-08-04', 'ar', { day: 'numeric', month: 'long' })).toBe('4 آب/أغسطس')
    const deadline = new Date('2026-11-30T17:00:00Z')
    expect(formatGenevaMoment(deadline, 'ar', translator(messagesFor('ar')))).toContain('30 تشرين الثاني/نوفمبر 2026')
  })

  it('no other language changes, and a name already paired is not paired again', () => {
    expect(formatDayMonthYear('2026-06-16', 'en')).toBe('16 June 2026')
    expect(formatDayMonthYear('2026-06-16', 'fr')).toBe('16 juin 2026')
    expect(unArabicMonths('16 حزيران/يونيه 2026')).toBe('16 حزيران/يونيه 2026')
    expect(unArabicMonths('آب/أغسطس، أغسطس')).toBe('آب/أغسطس، آب/أغسطس')
  })
})
