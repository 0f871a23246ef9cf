// The printable programme: what the PDF prints, built by a pure function (lib/pdf/printable.ts) from
// the programme and the document's facts, before any typesetting.
import { describe, expect, it } from 'vitest'
import { printableProgramme, type PrintableItem, type PrintableProgramme, type ProgrammePdfMeta } from '@/lib/pdf'
import { pdfLabels } from '@/lib/pdf/labels'
import { formatDateRange, formatDayHeading, formatTimeRange, frenchSpacing } from '@/lib/pdf/typography'
import { annotatedProgramme, smallProgramme } from './fixtures'

const canPrint = (codePoint: number) => codePoint < 0x2000 || (codePoint >= 0x2010 && codePoint <= 0x2030) || (codePoint >= 0x600 && codePoint <= 0x6ff) || codePoint === 0xfffd
const meta = (changes: Partial<ProgrammePdfMeta> = {}): ProgrammePdfMeta => ({ symbol: '', revision: 0, status: 'published', issuedOn: '2026-05-04', locale: 'en', printedAt: '2026-06-01T12:30:00Z', ...changes })
const build = (changes: Partial<ProgrammePdfMeta> = {}, programme = annotatedProgramme()) => printableProgramme(programme, meta(changes), { canPrint })

const items = (printable: PrintableProgramme) => printable.days.flatMap((day) => day.sessions.flatMap((session) => session.entries)).filter((e): e is PrintableItem => e.kind === 'item')

describe('the printable programme', () => {
  it('numbers the formal items 1, 2, 3 across the days in time order, letters their sub-items, leaves breaks and side events unnumbered', () => {
    const programme = annotatedProgramme()
    programme.days[0]!.items = [...programme.days[0]!.items].reverse() // stored out of order
    const printable = build({}, programme)
    expect(items(printable).map((item) => `${item.number} ${item.title.text}`).slice(0, 4)).toEqual([
      '1. Opening of the Intersessional Meetings',
      '2. Preliminary observations of the President and the Committees',
      '3. Matters related to the mandate of the Committee on Article 5 Implementation',
      '4. Matters related to the mandate of the Committee on Victim Assistance',
    ])
    expect(items(printable)).toHaveLength(12)
    expect(items(printable)[2]!.subItems.map((sub) => `${sub.label} ${sub.title.text}`)).toEqual(['3a Survey and clearance', '3b Requests for extension of Article 5 deadlines'])
    expect(items(printable)[5]!.subItems.map((sub) => sub.label)).toEqual(['6a', '6b'])
    expect(printable.sideEvents.rows.map((row) => row.title.text)).toEqual(['Side event: land release in practice'])
  })

  it('heads the morning and afternoon sessions with their chair and room; a lunch break stays at the end of the morning', () => {
    const [tuesday] = build().days
    expect(tuesday!.sessions.map((s) => [s.heading, s.details, s.entries.map((e) => e.kind === 'item' ? e.number : `(${e.title.text})`)])).toEqual([
      ['Morning session', ['Chair: President of the Twenty-Third Meeting of the States Parties', 'Room 2'], ['1.', '2.', '3.', '(Lunch break)']],
      ['Afternoon session', ['Chair: Co-Chairs of the Committee on Article 5 Implementation', 'Room 2'], ['4.', '5.']],
    ])
    expect(tuesday!.continued).toBe('Tuesday 16 June 2026 (continued)')
  })

  it('prints the invited States as the item’s footnote, named in the document’s language, and the Action Plan’s actions as ranges', () => {
    const article5 = items(build())[2]!
    expect(article5.footnote).toBe('States Parties with Article 5 deadlines in 2026 or 2027 are invited to present: Cambodia, Colombia, Democratic Republic of the Congo, Chad, Ukraine, Yemen.')
    expect(article5.actions).toBe('Action Plan: actions 17–29.')
    const fr = items(build({ locale: 'fr' }))[2]!
    expect(fr.footnote).toContain('Cambodge, Colombie, République démocratique du Congo, Tchad, Ukraine, Yémen.')
    const named = printableProgramme(annotatedProgramme(), meta(), { canPrint, stateName: (iso) => `State ${iso}` })
    expect(items(named)[2]!.footnote).toContain('State KHM, State COL')
  })

  it('names a State that speaks in the document’s language, every other speaker as entered', () => {
    const programme = annotatedProgramme()
    programme.days[0]!.items[2]!.speakers = ['Co-Chair, Committee on Article 5 Implementation', { name: 'Cambodia', kind: 'state-party', state: 'KHM' }, { name: 'ICBL', kind: 'civil-society' }]
    const said = (locale: 'en' | 'fr' | 'es') => items(build({ locale }, programme)).find((item) => item.speakers?.includes('ICBL'))!.speakers
    expect(said('en')).toBe('Speakers: Co-Chair, Committee on Article 5 Implementation; Cambodia; ICBL')
    expect(said('fr')).toContain('Co-Chair, Committee on Article 5 Implementation; Cambodge; ICBL')
    expect(said('es')).toContain('Co-Chair, Committee on Article 5 Implementation; Camboya; ICBL')
  })

  it('takes the programme’s texts in the document’s language where translated, else the English marked "English only" in that language', () => {
    const fr = items(build({ locale: 'fr' }))
    expect(fr[0]!.title).toEqual({ text: 'Ouverture des réunions intersessions', lang: 'fr' })
    expect(fr[0]!.originalOnly).toBeNull()
    expect(fr[4]!.title).toEqual({ text: 'Questions relevant du mandat du Comité sur le respect des obligations par la coopération', lang: 'fr' })
    expect(items(build({ locale: 'ar' }))[4]!).toMatchObject({ title: { text: 'Matters related to the mandate of the Committee on Cooperative Compliance', lang: 'en' }, originalOnly: '(بالإنكليزية فقط)' })
    expect(items(build({ locale: 'es' }))[7]!.originalOnly).toBe('(solo en inglés)')
    // A sub-item left in English marks its item.
    expect(items(build({ locale: 'fr' }))[5]!.originalOnly).toBe('(uniquement en anglais)')
    expect(items(build())[0]!.originalOnly).toBeNull()
    expect(build({ locale: 'es' }).heading.venue).toEqual({ text: 'Ginebra, Centre International de Conférences Genève (CICG)', lang: 'es' })
  })

  it('calls the document "Annotated Programme" only when items carry descriptions', () => {
    expect(build().heading.title).toBe('Annotated Programme')
    expect(build({ locale: 'fr' }).heading.title).toBe('Programme annoté')
    expect(printableProgramme(smallProgramme(), meta(), { canPrint }).heading.title).toBe('Programme')
  })

  it('a draft has no symbol and no date of issue: "Draft — not for distribution", the time it was printed, and the mark on every page', () => {
    const draft = build({ status: 'draft', symbol: 'APLC/ISM/2026/1', revision: 2 })
    expect(draft.masthead).toMatchObject({ symbol: null, draft: true, lines: ['Draft — not for distribution', 'Printed 1 June 2026 at 14:30 (Geneva time)'] })
    expect(draft.header).toBe('Draft — not for distribution · Printed 1 June 2026 at 14:30 (Geneva time)')
    expect(draft.footer).toBe(draft.header)
    expect(draft.watermark).toBe('DRAFT')
    expect(JSON.stringify(draft)).not.toContain('Issued on')
    expect(JSON.stringify(draft)).not.toContain('APLC/ISM')
    expect(draft.revision).toBeNull()
    expect(build({ status: 'consultation', locale: 'fr' }).watermark).toBe('PROJET')
    expect(build({ status: 'draft', locale: 'es' }).watermark).toBe('BORRADOR')
    expect(build({ status: 'draft', locale: 'ar' }).watermark).toBe('مسودة')
  })

  it('a release shows the symbol the ISU set with its revision, the revision alone when there is no symbol, and its date of issue', () => {
    expect(build({ symbol: 'APLC/MSP.23/2026/INF.1', revision: 1 }).masthead).toMatchObject({ symbol: 'APLC/MSP.23/2026/INF.1/Rev.1', lines: ['Issued on 4 May 2026', 'Original: English'] })
    expect(build({ revision: 1 }).masthead.symbol).toBe('Rev.1')
    expect(build().masthead.symbol).toBeNull()
    expect(build().watermark).toBeNull()
    expect(build({ status: 'approved', locale: 'fr' }).masthead.lines).toEqual(['Diffusé le 4 mai 2026', 'Original\u00a0: anglais'])
  })

  it('a revision’s first page says what it replaces and lists the changes', () => {
    const revision = build({ revision: 1, replaces: { issuedOn: '2026-05-04' }, changes: ['Item 3 now runs from 11:00 to 13:00.', '  '] })
    expect(revision.revision).toEqual({ replaces: 'This revision replaces the programme issued on 4 May 2026.', changesHeading: 'Changes', changes: ['Item 3 now runs from 11:00 to 13:00.'] })
    expect(build({ revision: 1, locale: 'fr', replaces: { issuedOn: '2026-06-01', symbol: 'APLC/X/1' } }).revision!.replaces).toBe('La présente révision remplace le document APLC/X/1, diffusé le 1er juin 2026.')
    expect(build({ revision: 0, replaces: { issuedOn: '2026-05-04' } }).revision).toBeNull()
  })

  it('writes French and Spanish times and dates as their official documents do', () => {
    expect(formatTimeRange('10:00', '13:00', 'fr')).toBe('10\u00a0h\u00a000\u00a0– 13\u00a0h\u00a000')
    expect(formatTimeRange('09:30', '13:00', 'es')).toBe('09.30–13.00')
    expect(formatTimeRange('10:00', '13:00', 'en')).toBe('10:00–13:00')
    expect(formatDayHeading('2026-06-16', 'fr')).toBe('Mardi 16 juin 2026')
    expect(formatDayHeading('2026-06-16', 'es')).toBe('Martes 16 de junio de 2026')
    expect(formatDayHeading('2026-06-17', 'en')).toBe('Wednesday 17 June 2026')
    expect(formatDayHeading('2026-06-16', 'ar')).toBe('الثلاثاء 16 حزيران/يونيه 2026')
    expect(formatDateRange('2026-06-30', '2026-07-02', 'es')).toBe('30 de junio – 2 de julio de 2026')
    expect(formatDateRange('2026-07-01', '2026-07-03', 'fr')).toBe('1er–3 juillet 2026')
    expect(frenchSpacing('Chair: x; vraiment? «oui»')).toBe('Chair\u00a0: x\u202f; vraiment\u202f? «\u202foui\u202f»')
    // French spacing for the PDF's words only: a title keeps its own spacing.
    expect(items(build({ locale: 'fr' }))[7]!.title.text).toBe('Débat thématique : l’éducation aux risques dans des conflits qui changent')
  })

  it('sets Arabic right to left, with Western digits by default and Arabic-Indic ones on request', () => {
    const ar = build({ locale: 'ar' })
    expect(ar.dir).toBe('rtl')
    expect(ar.fonts[0]).toBe('Amiri')
    expect(items(ar)[0]!.time).toBe('10:00–10:30')
    expect(items(ar)[2]!.subItems.map((s) => s.label)).toEqual(['3 (أ)', '3 (ب)'])
    const indic = build({ locale: 'ar', digits: 'arabic-indic' })
    expect(items(indic)[0]!.time).toBe('١٠:٠٠–١٠:٣٠')
    expect(items(indic)[2]!.number).toBe('٣.')
    expect(indic.days[0]!.heading).toBe('الثلاثاء ١٦ حزيران/يونيه ٢٠٢٦')
    expect(indic.digits).toBe('arabic-indic')
    expect(items(indic)[2]!.subItems.map((s) => s.label)).toEqual(['٣ (أ)', '٣ (ب)'])
    expect(items(indic)[2]!.actions).toBe('خطة العمل: الإجراءات ١٧–٢٩.')
    // A text people typed keeps its digits: the basis of an invitation, a symbol.
    expect(items(indic)[2]!.footnote).toContain('(States Parties with Article 5 deadlines in 2026 or 2027)')
    expect(build({ locale: 'ar', digits: 'arabic-indic', revision: 1, replaces: { issuedOn: '2026-04-20', symbol: 'APLC/MSP.23/2026/1' } }).revision!.replaces).toBe('يحل هذا التنقيح محل الوثيقة APLC/MSP.23/2026/1 الصادرة في ٢٠ نيسان/أبريل ٢٠٢٦.')
    expect(build({ locale: 'fr', digits: 'arabic-indic' }).digits).toBe('western') // an Arabic option only
    expect(build().dir).toBe('ltr')
  })

  it('makes a programme’s text printable: controls and direction overrides dropped, what no font has as U+FFFD', () => {
    const programme = smallProgramme({ title: 'A\u202eB\u0007C 🎉 D' })
    expect(items(printableProgramme(programme, meta(), { canPrint }))[1]!.title.text).toBe('ABC \ufffd D')
  })
})

describe('the labels', () => {
  it('has every label in each of the four languages, placeholders kept', () => {
    const english = pdfLabels('en')
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join()
    for (const language of ['fr', 'es', 'ar'] as const) {
      const labels = pdfLabels(language)
      for (const [key, text] of Object.entries(english)) {
        const own = labels[key as keyof typeof labels]
        expect(own, `${language}.${key}`).toBeTruthy()
        expect(placeholders(own), `${language}.${key}`).toBe(placeholders(text))
      }
    }
  })
})

describe('the labels in a pseudo-language (end-to-end tests only)', () => {
  it('says every fixed word of the PDF in the pseudo-language, placeholders kept', () => {
    const english = pdfLabels('en')
    const pseudo = pdfLabels('en-XA')
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join()
    for (const [key, text] of Object.entries(english)) {
      const own = pseudo[key as keyof typeof pseudo]
      expect(own, key).toMatch(/^\[.*\]$/)
      expect(placeholders(own), key).toBe(placeholders(text))
    }
    expect(pseudo.notForDistribution).toBe('[Ðŕàƒţ — ñöţ ƒöŕ ðîšţŕîƀûţîöñ]')
  })

  it('prints a draft in the pseudo-language when asked, dates in the document’s language', () => {
    const programme = printableProgramme(smallProgramme(), meta({ status: 'draft', pseudo: 'en-XA' }), { canPrint })
    expect(programme.masthead.lines[0]).toBe('[Ðŕàƒţ — ñöţ ƒöŕ ðîšţŕîƀûţîöñ]')
    expect(programme.lang).toBe('en')
    expect(printableProgramme(smallProgramme(), meta({ status: 'draft' }), { canPrint }).masthead.lines[0]).toBe('Draft — not for distribution')
  })
})
