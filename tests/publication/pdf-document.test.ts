// The PDF as an official reads it, typeset by Typst: text read back with pdfjs, places on the page,
// and what the file itself contains (fonts, colours). Companion of pdf.test.ts.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePdfWorkers, printableText, renderProgrammePdf, type ProgrammePdfMeta } from '@/lib/pdf'
import { pdfFonts } from '@/lib/pdf/fonts'
import { PAYLOADS } from '../reliability/payloads'
import { XSS_PAYLOADS } from '../workflow/xss-payloads'
import { annotatedProgramme, largeProgramme, smallProgramme } from './fixtures'
import { readPdfItems, readPdfText, squash, type PdfText } from './pdf-text'

const meta = (changes: Partial<ProgrammePdfMeta> = {}): ProgrammePdfMeta => ({ symbol: '', revision: 0, status: 'published', issuedOn: '2026-05-04', locale: 'en', printedAt: '2026-06-01T12:30:00Z', ...changes })

afterAll(() => closePdfWorkers())

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined

/** The text in its logical order (poppler's pdftotext), spaces and direction marks aside: pdftotext guesses spaces from the gaps between glyphs. */
function logicalText(pdf: Buffer): string {
  const file = path.join(os.tmpdir(), `programme-${process.pid}-${Date.now()}.pdf`)
  fs.writeFileSync(file, pdf)
  try {
    return execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/[\u200e\u200f\u202a-\u202e\s]/g, '')
  } finally {
    fs.rmSync(file)
  }
}

describe('text typed into the programme is printed, never run as Typst', () => {
  // Typst's markup and code: each would change the document if it were pasted into the template.
  const typst = [
    '#eval("6*7") #(6*7) #calc.pow(6, 2)',
    '#read("/etc/passwd") #import "/etc/hosts" #include "x.typ"',
    '#set page(fill: red) #show: none #pagebreak()',
    '$x^2 + sqrt(y)$ and $ 6 * 7 $',
    '= Heading == Sub *bold* _emph_ `raw` ```rust fn``` ~ -- --- ...',
    '<label> @ref [link](https://x) \\#escaped \\ backslash \\u{41}',
    '] ) } #{ "closed" } [ #[content] #sys.inputs.programme',
    '"quotes" \'single\' /* comment */ // line comment',
  ]
  for (const payload of typst) {
    it(`prints ${payload} as entered, in every field`, async () => {
      const programme = smallProgramme({ title: payload, description: payload, speaker: payload, venue: payload, sideEvent: payload })
      const pdf = await renderProgrammePdf(programme, meta())
      const text = squash((await readPdfText(pdf)).text)
      expect(text).toContain(`2. ${payload}`)
      expect(text.split(payload).length - 1).toBeGreaterThanOrEqual(5) // title, description, speakers, venue, side event
      expect(text).not.toContain('42') // nothing evaluated
      expect(text).not.toContain('36')
      expect(pdf.toString('latin1')).not.toMatch(/root:x:0|localhost/) // no file read into the document
    })
  }

  it('prints every hostile payload of the reliability and workflow lists as text (what no font has as U+FFFD)', async () => {
    const { canPrint } = pdfFonts()
    const texts = [...PAYLOADS.filter((p) => !p.oversize).map((p) => p.text), ...XSS_PAYLOADS]
    const programme = smallProgramme()
    programme.days[1]!.items = texts.map((title, i) => ({ start: '10:00', end: '10:30', title, description: title, segment: 'general', committee: null, objectives: [], speakers: [`Speaker ${i}`] }))
    const text = squash((await readPdfText(await renderProgrammePdf(programme, meta({ status: 'draft' })))).text)
    texts.forEach((title, i) => {
      const printed = squash(printableText(title, canPrint)).trim()
      // Stacked combining marks come back from the PDF in another order: checked up to the first.
      const expected = /[\u0300-\u036f]/.test(printed) ? printed.slice(0, printed.search(/[\u0300-\u036f]/)) : printed
      // Spaces aside: a long word may be wrapped over two lines.
      expect(text.replace(/ /g, ''), `payload ${i}: ${title}`).toContain(`${i + 3}.${expected.replace(/ /g, '')}`)
    })
  })

  it('makes a PDF of oversized texts (10 000 and 1 000 000 characters) without failing', async () => {
    // Beyond what the schema lets the editor store: the PDF must still not fail on them.
    const programme = smallProgramme()
    programme.days[0]!.items[0]!.description = 'A'.repeat(10_000)
    programme.days[1]!.items[0]!.description = 'B '.repeat(500_000)
    const pdf = await renderProgrammePdf(programme, meta())
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  }, 120_000)
})

describe('a long programme on paper', () => {
  let draft: PdfText
  beforeAll(async () => {
    draft = await readPdfText(await renderProgrammePdf(largeProgramme({ days: 3, itemsPerDay: 40 }), meta({ status: 'draft' })))
  })

  it('repeats the heading of a day that continues on the next page: "Tuesday 16 June 2026 (continued)"', () => {
    expect(draft.pages.length).toBeGreaterThan(4)
    const continued = draft.pages.filter((page) => /\(continued\)/.test(page))
    expect(continued.length).toBeGreaterThan(0)
    for (const page of continued) {
      const day = /(\w+day \d+ June 2026) \(continued\)/.exec(squash(page))![1]!
      const index = draft.pages.indexOf(page)
      expect(squash(draft.pages.slice(0, index).join(' ')), `${day} starts on an earlier page`).toContain(day)
    }
    expect(squash(draft.pages[1]!)).toContain('Tuesday 16 June 2026 (continued)')
  })

  it('never separates an item from its time, nor leaves a day or session heading alone at the foot of a page', () => {
    draft.pages.forEach((page, index) => {
      const text = squash(page)
      for (const match of text.matchAll(/(\d+)\. Statement (\d+):/g)) {
        expect(match[1], `page ${index + 1}`).toBe(match[2])
        const before = text.slice(Math.max(0, match.index! - 20), match.index)
        expect(before, `the time of item ${match[1]} on page ${index + 1}`).toMatch(/\d\d:\d\d–\d\d:\d\d $/)
      }
      // What follows the last heading on the page (its footer aside) is an item.
      const body = text.replace(/Draft — not for distribution · Printed [^)]*\) Page \d+ of \d+\s*$/, '')
      const headings = [...body.matchAll(/(MORNING SESSION|AFTERNOON SESSION|\w+day \d+ June 2026(?! \(continued\)))/g)]
      const last = headings.at(-1)
      if (last) expect(body.slice(last.index! + last[0].length), `page ${index + 1} ends with a heading`).toMatch(/\d\d:\d\d–\d\d:\d\d/)
    })
  })

  it('says "Draft — not for distribution" and when it was printed at the top and foot of every page, never a symbol or date of issue', () => {
    draft.pages.forEach((page, index) => {
      const text = squash(page)
      expect(text.split('Draft — not for distribution').length - 1, `page ${index + 1}`).toBeGreaterThanOrEqual(2)
      expect(text).toContain('Printed 1 June 2026 at 14:30 (Geneva time)')
      expect(text).toContain('DRAFT')
    })
    expect(draft.text).not.toContain('Issued on')
    expect(draft.text).not.toMatch(/APLC\/|Rev\.\d/)
  })
})

describe('the annotated programme', () => {
  it('prints sub-items with their annotations and the invited States as footnotes on the page of their item', async () => {
    const { pages } = await readPdfText(await renderProgrammePdf(annotatedProgramme(), meta({ symbol: 'APLC/MSP.23/2026/INF.1', revision: 1, replaces: { issuedOn: '2026-04-20' }, changes: ['Item 3 now runs from 11:00 to 13:00.'] })))
    const first = squash(pages[0]!)
    expect(first).toContain('APLC/MSP.23/2026/INF.1/Rev.1')
    expect(first).toContain('Issued on 4 May 2026')
    expect(first).toContain('This revision replaces the programme issued on 20 April 2026. Changes • Item 3 now runs from 11:00 to 13:00.')
    expect(first).toContain('Annotated Programme')
    expect(first).toMatch(/MORNING SESSION Chair: President of the Twenty-Third Meeting of the States Parties · Room 2/)
    expect(first).toMatch(/3\. Matters related to the mandate of the Committee on Article 5 Implementation ?1 The Committee presents/)
    expect(first).toMatch(/3a Survey and clearance Updates on survey and clearance/)
    expect(first).toMatch(/1 ?States Parties with Article 5 deadlines in 2026 or 2027 are invited to present: Cambodia, Colombia, Democratic Republic of the Congo, Chad, Ukraine, Yemen\./)
  })

  it('in French: French texts, French times, "(uniquement en anglais)" after what has no translation', async () => {
    const text = squash((await readPdfText(await renderProgrammePdf(annotatedProgramme(), meta({ locale: 'fr' })))).text)
    expect(text).toContain('Programme annoté')
    expect(text).toContain('SÉANCE DU MATIN')
    expect(text).toContain('10 h 00 – 10 h 30 1. Ouverture des réunions intersessions')
    expect(text).toContain('Mardi 16 juin 2026')
    expect(text).toMatch(/Questions relevant du mandat du Comité sur le renforcement de la coopération et de l’assistance \(uniquement en anglais\)/)
  })

  it('in Arabic: the page runs right to left (time at the right, title to its left), Latin runs kept in order', async () => {
    const pdf = await renderProgrammePdf(annotatedProgramme(), meta({ locale: 'ar' }))
    const items = await readPdfItems(pdf)
    const title = items.find((i) => i.page === 1 && i.str.normalize('NFKC').includes('افتتاح'))!
    const time = items.find((i) => i.page === 1 && Math.abs(i.y - title.y) < 3 && i.str.includes('10:00'))!
    expect(title, 'the title of item 1').toBeDefined()
    expect(time, 'the time of item 1, on the same line').toBeDefined()
    expect(time.x, 'the time to the right of the title').toBeGreaterThan(title.x + 40)
    // The English document for comparison: the time at the left.
    const english = await readPdfItems(await renderProgrammePdf(annotatedProgramme(), meta()))
    const englishTitle = english.find((i) => i.page === 1 && i.str.includes('Opening of the Intersessional Meetings'))!
    expect(english.find((i) => i.page === 1 && Math.abs(i.y - englishTitle.y) < 3 && i.str.includes('10:00'))!.x).toBeLessThan(englishTitle.x - 40)
    expect(squash((await readPdfText(pdf)).text)).toContain('Matters related to the mandate of the Committee on Cooperative Compliance')
    // pdfjs gives a right-to-left line's words in the order they stand on the page; poppler's
    // pdftotext reads them in their logical order, as a reader copying the text gets them.
    if (hasPdftotext) {
      const logical = logicalText(pdf)
      for (const phrase of ['البرنامج المشروح', 'الاجتماعات المعقودة بين الدورات', 'جنيف، مركز جنيف الدولي للمؤتمرات', 'افتتاح الاجتماعات المعقودة بين الدورات', 'كمبوديا، كولومبيا، جمهورية الكونغو الديمقراطية']) {
        expect(logical, phrase).toContain(phrase.replace(/\s/g, ''))
      }
    }
    const indicPdf = await renderProgrammePdf(annotatedProgramme(), meta({ locale: 'ar', digits: 'arabic-indic' }))
    expect(squash((await readPdfText(indicPdf)).text)).toContain('١٠:٠٠–١٠:٣٠')
    if (hasPdftotext) expect(logicalText(indicPdf)).toMatch(/الصفحة١من[٢٣]/) // "Page 1 of 3", in Arabic-Indic digits
  })
})

describe('lines on the page', () => {
  /** Pieces of text on one page that cover the same horizontal stretch and whose lines come closer than half a line. */
  function overprinted(items: Awaited<ReturnType<typeof readPdfItems>>) {
    const flat = items.filter((i) => !i.rotated && i.width > 1)
    const clashes: string[] = []
    for (const [n, a] of flat.entries()) {
      for (const b of flat.slice(n + 1)) {
        if (a.page !== b.page) continue
        const dy = Math.abs(a.y - b.y)
        const apart = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) < 1
        if (!apart && dy > 1 && dy < 0.8 * Math.min(a.size, b.size)) clashes.push(`page ${a.page}: "${a.str}" over "${b.str}" (${dy.toFixed(1)} pt apart)`)
      }
    }
    return clashes
  }

  for (const locale of ['en', 'fr', 'es', 'ar'] as const) {
    it(`never prints a line over another (${locale}, sub-items, footnotes, a revision's changes)`, async () => {
      const pdf = await renderProgrammePdf(annotatedProgramme(), meta({ locale, revision: 1, replaces: { issuedOn: '2026-04-20' }, changes: ['Item 3 now runs from 11:00 to 13:00.'] }))
      expect(overprinted(await readPdfItems(pdf))).toEqual([])
    })
  }
})

describe('what the file holds', () => {
  it('embeds only the fonts of the repository (and Typst’s own for U+FFFD), never the system’s', async () => {
    const pdf = (await renderProgrammePdf(smallProgramme({ title: 'Ελληνικά Русский Nguyễn العربية עברית 🎉' }), meta())).toString('latin1')
    const fonts = [...new Set([...pdf.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[2]))]
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) expect(font).toMatch(/^(SourceSans3|Amiri|NotoSansHebrew|DejaVuSansMono)-?/)
    expect(pdf).not.toMatch(/\/(JavaScript|JS|OpenAction|AA|Launch|SubmitForm)\b/)
  })

  it('prints all its text at 4.5:1 contrast or more (the DRAFT mark, drawn see-through, aside)', async () => {
    const pdf = await renderProgrammePdf(annotatedProgramme(), meta({ status: 'draft' }))
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    const contrast = (rgb: number[]) => 1.05 / (luminance(rgb) + 0.05)
    const colours = new Set<string>()
    const raw = pdf.toString('latin1')
    for (const match of raw.matchAll(/stream\r?\n/g)) {
      const start = match.index! + match[0].length
      let content: string
      try {
        content = zlib.inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1')
      } catch {
        continue
      }
      // The fill colour in force when each text object (BT) is drawn; q/Q save and restore it, and a
      // graphics state (gs) makes what follows see-through: only the DRAFT mark is drawn so.
      let state = { colour: '0 0 0', seeThrough: false }
      const saved: (typeof state)[] = []
      for (const op of content.matchAll(/((?:-?[\d.]+ ){1,4})(scn|sc|rg|g)\b|\/\w+ gs\b|\bq\b|\bQ\b|\bBT\b/g)) {
        if (op[2]) {
          const values = op[1]!.trim().split(' ')
          state = { ...state, colour: values.length === 1 ? `${values[0]} ${values[0]} ${values[0]}` : values.join(' ') }
        } else if (op[0].endsWith('gs')) state = { ...state, seeThrough: true }
        else if (op[0] === 'q') saved.push(state)
        else if (op[0] === 'Q') state = saved.pop() ?? state
        else if (!state.seeThrough) colours.add(state.colour)
      }
    }
    expect(colours.size).toBeGreaterThan(1)
    for (const colour of colours) {
      const rgb = colour.split(' ').map(Number)
      if (luminance(rgb) > 0.9) continue // white, on the dark badge of a thematic day
      expect(contrast(rgb), `text colour ${colour}`).toBeGreaterThanOrEqual(4.5)
    }
  })
})
