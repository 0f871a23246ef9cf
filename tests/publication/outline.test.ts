import { describe, expect, it } from 'vitest'
import { formatDateRange, formatDayMonthYear, genevaDate } from '@/lib/i18n/dates'
import { programmeOutline } from '@/lib/programme/outline'
import { printableProgramme, printableText } from '@/lib/pdf/printable'
import { numberItems } from '@/lib/programme'
import { smallProgramme } from './fixtures'

describe('the programme outline', () => {
  it('numbers formal items across days; breaks unnumbered; side events apart', () => {
    const outline = programmeOutline(smallProgramme())
    expect(outline.days.map((d) => d.entries.map((e) => (e.kind === 'item' ? `${e.number}. ${e.item.title}` : `(${e.item.title})`)))).toEqual([
      ['1. Opening of the thematic day', '2. Thematic discussion', '(Lunch break)'],
      ['3. Committee on Article 5 Implementation', '4. Closing of the Intersessional Meetings'],
    ])
    expect(outline.sideEvents.map((s) => s.item.title)).toEqual(['Side event on survivors'])
    expect(outline.itemCount).toBe(4)
    expect([outline.firstDay, outline.lastDay]).toEqual(['2026-06-16', '2026-06-17'])
  })

  it('numbers as numberItems does (the editor and the PDF), in time order whatever the stored order', () => {
    const programme = smallProgramme()
    programme.days[0]!.items.reverse()
    const outline = programmeOutline(programme)
    const numbers = numberItems(programme)
    const byTitle = new Map(programme.days.flatMap((day, d) => day.items.map((item, i) => [item.title, numbers[d]![i]?.number ?? null] as const)))
    for (const day of outline.days) for (const entry of day.entries) if (entry.kind === 'item') expect(entry.number).toBe(byTitle.get(entry.item.title))
    expect(outline.days[0]!.entries.map((e) => e.item.title)).toEqual(['Opening of the thematic day', 'Thematic discussion', 'Lunch break'])
    const printable = printableProgramme(programme, { symbol: '', revision: 0, status: 'published', issuedOn: '2026-05-12', locale: 'en' }, { canPrint: () => true })
    const printed = printable.days.flatMap((day) => day.sessions.flatMap((s) => s.entries.flatMap((e) => (e.kind === 'item' ? [`${e.number} ${e.title.text}`] : []))))
    expect(printed).toEqual(outline.days.flatMap((day) => day.entries.flatMap((e) => (e.kind === 'item' ? [`${e.number}. ${e.item.title}`] : []))))
  })

  it('puts days in calendar order whatever their stored order', () => {
    const programme = smallProgramme()
    programme.days.reverse()
    expect(programmeOutline(programme).days.map((d) => d.date)).toEqual(['2026-06-16', '2026-06-17'])
  })
})

describe('dates of a conference document', () => {
  it('writes ranges the United Nations way, in each language', () => {
    expect(formatDateRange('2026-06-16', '2026-06-18', 'en')).toBe('16–18 June 2026')
    expect(formatDateRange('2026-06-30', '2026-07-02', 'en')).toMatch(/^30 June\s–\s2 July 2026$/)
    expect(formatDateRange('2026-06-16', '2026-06-18', 'fr')).toBe('16–18 juin 2026')
    expect(formatDateRange('2026-06-16', '2026-06-18', 'es')).toBe('16–18 de junio de 2026')
    expect(formatDateRange('2026-06-16', '2026-06-16', 'en')).toBe('16 June 2026')
    expect(formatDayMonthYear('2026-05-12', 'es')).toBe('12 de mayo de 2026')
  })

  it('takes the day of issue in Geneva', () => {
    expect(genevaDate(new Date('2026-05-11T22:30:00Z'))).toBe('2026-05-12') // 00:30 in Geneva
    expect(genevaDate(new Date('2026-01-11T23:30:00Z'))).toBe('2026-01-12')
    expect(genevaDate(new Date('2026-01-11T22:30:00Z'))).toBe('2026-01-11')
  })
})

describe('printable text', () => {
  const latinOnly = (codePoint: number) => codePoint < 0x250
  it('replaces what no font can draw with U+FFFD, once per run, and drops invisible controls', () => {
    expect(printableText('A🇨🇭B', latinOnly)).toBe('A\ufffdB')
    expect(printableText('a\u202eb\u202cc\u200bd\u0007e\tf', latinOnly)).toBe('abcde f')
    expect(printableText('Année – señor', (cp) => cp < 0x250 || cp === 0x2013)).toBe('Année – señor')
    expect(printableText('line\nbreak', latinOnly)).toBe('line\nbreak')
  })
})
