// The programme's PDF read back: what a delegation sees must be in the document's text, in order.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cachedProgrammePdf, clearPdfCache, closePdfWorkers, renderProgrammePdf, type ProgrammePdfMeta } from '@/lib/pdf'
import { ProgrammeSchema } from '@/lib/programme'
import { largeProgramme, smallProgramme } from './fixtures'
import { readPdfText, squash } from './pdf-text'

const meta = (changes: Partial<ProgrammePdfMeta> = {}): ProgrammePdfMeta => ({
  symbol: 'APLC/ISM/2026/1',
  revision: 1,
  status: 'published',
  issuedOn: '2026-05-12',
  locale: 'en',
  ...changes,
})

const demo2025 = ProgrammeSchema.parse(JSON.parse(fs.readFileSync(path.join(__dirname, '../../prisma/demo/programme-2025.json'), 'utf8')))

describe('the programme PDF', () => {
  let published: Awaited<ReturnType<typeof readPdfText>>
  let pdf: Buffer

  beforeAll(async () => {
    pdf = await renderProgrammePdf(demo2025, meta({ symbol: 'APLC/ISM/2025/1', issuedOn: '2025-05-12' }))
    published = await readPdfText(pdf)
  })

  it('is a PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('opens with the Convention, the meetings, the dates and venue, the symbol and revision, the date of issue and "Programme"', () => {
    const first = squash(published.pages[0] ?? '')
    expect(first).toContain('Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction')
    expect(first).toContain('Intersessional Meetings')
    expect(first).toContain('16–18 June 2025')
    expect(first).toContain('Geneva, Palais des Nations, Room XVIII')
    expect(first).toContain('APLC/ISM/2025/1/Rev.1')
    expect(first).toContain('Issued on 12 May 2025')
    expect(first).toMatch(/\bProgramme\b/)
  })

  it('numbers the items in order across the days, breaks and side events left out of the numbering', () => {
    const text = squash(published.text)
    const formal = demo2025.days.flatMap((day) => day.items).filter((item) => item.segment !== 'break' && item.segment !== 'side-event')
    let from = 0
    formal.forEach((item, index) => {
      const at = text.indexOf(`${index + 1}. ${item.title}`, from)
      expect(at, `item ${index + 1}. ${item.title}`).toBeGreaterThanOrEqual(from)
      from = at
    })
    expect(text).not.toContain(`${formal.length + 1}. `)
  })

  it('gives each day its date, marks the thematic day, and prints breaks with their times', () => {
    const text = squash(published.text)
    expect(text).toContain('Monday 16 June 2025')
    expect(text).toContain('Wednesday 18 June 2025')
    expect(text.toUpperCase()).toContain('THEMATIC DAY')
    expect(text).toMatch(/13:00–15:00 Lunch break/)
  })

  it('prints speakers and descriptions', () => {
    const text = squash(published.text)
    expect(text).toContain('Panel discussion on progress towards the 2025 milestones of the Action Plan.')
    expect(text).toContain('Speakers: Director, Implementation Support Unit; Geneva International Centre for Humanitarian Demining')
  })

  it('lists the side events apart, at the end', () => {
    const text = squash(published.text)
    const heading = text.indexOf('Side events at a glance')
    expect(heading).toBeGreaterThan(text.indexOf('Closing of the Intersessional Meetings'))
    expect(text.indexOf("Side event: Survivors' voices in national planning")).toBeGreaterThan(heading)
  })

  it('says "Page x of y" on every page', () => {
    expect(published.pages.length).toBeGreaterThan(1)
    published.pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${published.pages.length}`))
  })

  it('has no DRAFT mark when published or approved', async () => {
    expect(published.text).not.toContain('DRAFT')
    const approved = await readPdfText(await renderProgrammePdf(demo2025, meta({ status: 'approved' })))
    expect(approved.text).not.toContain('DRAFT')
  })

  it('marks every page DRAFT while the programme is a draft or in consultation', async () => {
    for (const status of ['draft', 'consultation']) {
      const draft = await readPdfText(await renderProgrammePdf(largeProgramme(), meta({ status })))
      expect(draft.pages.length).toBeGreaterThan(1)
      for (const page of draft.pages) expect(page).toContain('DRAFT')
    }
  })

  it('has the original symbol without a revision for revision 0', async () => {
    const original = await readPdfText(await renderProgrammePdf(demo2025, meta({ symbol: 'APLC/ISM/2025/1', revision: 0 })))
    expect(original.pages[0]).toContain('APLC/ISM/2025/1')
    expect(original.text).not.toContain('Rev.')
  })

  it('carries the symbol as the document title and the language in its metadata', () => {
    // The demo's items carry descriptions: the Convention calls that an "Annotated Programme".
    expect(published.info.Title).toBe('APLC/ISM/2025/1/Rev.1 – Annotated Programme')
  })
})

describe('the PDF in French and Spanish', () => {
  it('has its fixed text and dates in French, accents intact, titles as entered', async () => {
    const fr = await readPdfText(await renderProgrammePdf(demo2025, meta({ symbol: 'APLC/ISM/2025/1', issuedOn: '2025-05-12', locale: 'fr' })))
    const first = squash(fr.pages[0] ?? '')
    expect(first).toContain('Convention sur l’interdiction de l’emploi, du stockage, de la production et du transfert des mines antipersonnel et sur leur destruction')
    expect(first).toContain('Réunions intersessions')
    expect(first).toContain('16–18 juin 2025')
    expect(first).toContain('Diffusé le 12 mai 2025')
    expect(first).toContain('Lundi 16 juin 2025')
    expect(first).toContain('Opening of the thematic day') // titles stay as entered
    expect(squash(fr.text)).toContain('Aperçu des manifestations parallèles')
    expect(fr.pages[0]).toMatch(/Page 1 sur \d/)
  })

  it('marks a French draft PROJET, with its notice, and no date of issue', async () => {
    const fr = await readPdfText(await renderProgrammePdf(demo2025, meta({ symbol: 'APLC/ISM/2025/1', issuedOn: '2025-05-12', locale: 'fr', status: 'draft' })))
    const first = squash(fr.pages[0] ?? '')
    expect(first).toContain(squash('Projet\u00a0: ce programme n’a pas été approuvé.'))
    expect(fr.text).toContain('PROJET')
    expect(first).not.toContain('Diffusé le')
  })

  it('has its fixed text and dates in Spanish', async () => {
    const es = await readPdfText(await renderProgrammePdf(demo2025, meta({ symbol: 'APLC/ISM/2025/1', issuedOn: '2025-05-12', locale: 'es' })))
    const first = squash(es.pages[0] ?? '')
    expect(first).toContain('Convención sobre la Prohibición del Empleo, Almacenamiento, Producción y Transferencia de Minas Antipersonal y sobre su Destrucción')
    expect(first).toContain('Reuniones entre períodos de sesiones')
    expect(first).toContain('16–18 de junio de 2025')
    expect(first).toContain('Distribuido el 12 de mayo de 2025')
    expect(first).toContain('Lunes 16 de junio de 2025') // as United Nations Spanish documents write it, no comma
    expect(es.pages[0]).toMatch(/Página 1 de \d/)
    expect(squash(es.text)).toContain('Actos paralelos de un vistazo')
  })

  it('keeps the accents of titles, descriptions and names', async () => {
    const title = 'Séance d’ouverture – Año de la Convención: «Œuvrer ensemble», ¿por qué? ¡Sí! Ça, ñandú, pingüino'
    const speaker = 'Señora Núñez-Łukasiewicz, Ministère des Affaires étrangères; Şükrü Ğüneş; Ørsted Ærø; Dvořák; Nguyễn'
    const text = squash((await readPdfText(await renderProgrammePdf(smallProgramme({ title, speaker, description: 'Débat général — élèves, façade, naïve, cœur' }), meta({ locale: 'fr' })))).text)
    expect(text).toContain(`2. ${title}`)
    expect(text).toContain('Débat général — élèves, façade, naïve, cœur')
    expect(text).toContain(squash(`Intervenants\u00a0: ${speaker}`))
  })
})

describe('hostile text prints as text', () => {
  const payloads = [
    '<script>alert(1)</script>',
    `'; DROP TABLE "Item";--`,
    '{{7*7}} ${7*7} #{7*7} <%= 7*7 %>',
    '<img src=x onerror=alert(1)> &amp; &lt;b&gt;',
    '%PDF-1.7 endobj stream /JavaScript (app.alert(1)) >> trailer',
    'C:\\Windows\\System32 \\n \\\\ back\\slash',
  ]

  for (const payload of payloads) {
    it(`in every field: ${payload}`, async () => {
      const programme = smallProgramme({ title: payload, description: payload, speaker: payload, venue: payload, sideEvent: payload })
      const text = squash((await readPdfText(await renderProgrammePdf(programme, meta()))).text)
      expect(text).toContain(`2. ${payload}`) // title, numbered
      expect(text.split(payload).length - 1).toBeGreaterThanOrEqual(5) // title, description, speakers, venue, side event
      expect(text).not.toContain('49') // nothing evaluated the templates
    })
  }

  it('a character keeps its text in every later PDF of the process (glyphs shared between documents)', async () => {
    // A colon is drawn from two periods in the italic: a subset made for a PDF with a colon but no
    // period must not leave later PDFs with a period that has no text behind it.
    await renderProgrammePdf(smallProgramme({ speaker: 'Co-Chairs: Austria; Colombia' }), meta())
    const text = squash((await readPdfText(await renderProgrammePdf(smallProgramme({ speaker: 'H.E. Ms. A. B. Smith, 1.7' }), meta()))).text)
    expect(text).toContain('Speakers: H.E. Ms. A. B. Smith, 1.7')
  })

  it('a 300-character title, wrapped over lines, is printed whole', async () => {
    const long = Array.from({ length: 30 }, (_, i) => `Word${String(i).padStart(4, '0')}`).join(' ').padEnd(300, 'x').slice(0, 300)
    expect(long).toHaveLength(300)
    const text = squash((await readPdfText(await renderProgrammePdf(smallProgramme({ title: long, description: long.repeat(3) }), meta()))).text)
    expect(text).toContain(`2. ${long}`)
  })

  it('right-to-left text is printed, emoji become U+FFFD, invisible direction overrides are dropped', async () => {
    const title = 'Mixed: العربية עברית 🇨🇭 🎉 — end of title'
    const pdf = await renderProgrammePdf(smallProgramme({ title, description: 'Before \u202ereversed\u202c after; zero\u200bwidth; tab\there' }), meta())
    const text = squash((await readPdfText(pdf)).text)
    expect(text).toContain('2. Mixed:')
    expect(text).toContain('— end of title')
    expect(text).toContain('\ufffd')
    // Shaped Arabic comes back as presentation forms (NFKC gives the letters back), in logical or visual order.
    const letters = text.normalize('NFKC')
    for (const word of ['العربية', 'עברית']) expect(letters.includes(word) || letters.includes([...word].reverse().join('')), word).toBe(true)
    expect(text).toContain('Before reversed after; zerowidth; tab here')
    expect(text).toContain('Closing of the Intersessional Meetings')
  })
})

describe('the first page as an image', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-png-'))
  const hasPdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it.skipIf(!hasPdftoppm)('renders to a PNG that is not blank (pdftoppm)', async () => {
    const file = path.join(dir, 'programme.pdf')
    fs.writeFileSync(file, await renderProgrammePdf(demo2025, meta({ status: 'draft' })))
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'page1')])
    const png = fs.readFileSync(path.join(dir, 'page1.png'))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(Math.abs(png.readUInt32BE(16) - (595.28 / 72) * 60)).toBeLessThan(2) // A4 width at 60 dpi
    // The same page in grey levels (PGM): count the pixels that carry ink.
    execFileSync('pdftoppm', ['-gray', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'page1')])
    const pgm = fs.readFileSync(path.join(dir, 'page1.pgm'))
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))
    expect(header).not.toBeNull()
    const [, width, height] = header!.map(Number)
    const pixels = pgm.subarray(pgm.length - width! * height!)
    let ink = 0
    let dark = 0
    for (const value of pixels) {
      if (value < 250) ink += 1
      if (value < 100) dark += 1
    }
    expect(ink / pixels.length).toBeGreaterThan(0.03) // text, rules and the DRAFT mark
    expect(dark / pixels.length).toBeGreaterThan(0.005) // black text, not only the light watermark
  })
})

describe('the PDF cache', () => {
  afterAll(() => clearPdfCache())

  it('keeps the PDF of a final programme per language and revision; a draft only by the hash of its content', async () => {
    clearPdfCache()
    let renders = 0
    const render = async () => (renders += 1, Buffer.from(`%PDF-${renders}`))
    const key = { programmeId: 'p1', revision: 1, status: 'published', updatedAt: new Date('2026-05-12T10:00:00Z'), locale: 'en' as const }
    expect((await cachedProgrammePdf(key, render)).cached).toBe(false)
    const again = await cachedProgrammePdf(key, render)
    expect(again).toEqual({ pdf: Buffer.from('%PDF-1'), cached: true })
    await cachedProgrammePdf({ ...key, locale: 'fr' }, render)
    await cachedProgrammePdf({ ...key, revision: 2 }, render)
    await cachedProgrammePdf({ ...key, updatedAt: new Date('2026-05-13T10:00:00Z') }, render)
    expect(renders).toBe(4)
    await cachedProgrammePdf({ ...key, status: 'draft' }, render)
    await cachedProgrammePdf({ ...key, status: 'draft' }, render)
    expect(renders).toBe(6)
    // A draft with the hash of its content is kept until the content changes.
    await cachedProgrammePdf({ ...key, status: 'draft', contentHash: 'a' }, render)
    expect((await cachedProgrammePdf({ ...key, status: 'draft', contentHash: 'a' }, render)).cached).toBe(true)
    await cachedProgrammePdf({ ...key, status: 'draft', contentHash: 'b' }, render)
    expect(renders).toBe(8)
  })

  it('renders once for requests that arrive together', async () => {
    clearPdfCache()
    let renders = 0
    const render = async () => {
      renders += 1
      await new Promise((resolve) => setTimeout(resolve, 20))
      return Buffer.from('%PDF-x')
    }
    const key = { programmeId: 'p2', revision: 0, status: 'approved', updatedAt: '2026-05-12T10:00:00.000Z', locale: 'es' as const }
    await Promise.all(Array.from({ length: 5 }, () => cachedProgrammePdf(key, render)))
    expect(renders).toBe(1)
  })

  it('does not keep a failed rendering', async () => {
    clearPdfCache()
    const key = { programmeId: 'p3', revision: 0, status: 'published', updatedAt: '2026-05-12', locale: 'en' as const }
    await expect(cachedProgrammePdf(key, async () => Promise.reject(new Error('font missing')))).rejects.toThrow('font missing')
    expect((await cachedProgrammePdf(key, async () => Buffer.from('%PDF-ok'))).pdf.toString()).toBe('%PDF-ok')
  })
})

describe('PDFs off the main thread', () => {
  afterAll(() => closePdfWorkers())

  it('makes several PDFs at once in the worker thread, with the same content', async () => {
    const programme = largeProgramme()
    const draft = meta({ status: 'draft', printedAt: '2026-05-12T08:00:00Z' })
    const [one, ...others] = await Promise.all(Array.from({ length: 4 }, () => renderProgrammePdf(programme, draft)))
    const expected = (await readPdfText(one!)).text
    for (const pdf of others) {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect((await readPdfText(pdf)).text).toBe(expected)
    }
  })

  it('passes a failure back to the caller, and keeps working afterwards', async () => {
    await expect(renderProgrammePdf(smallProgramme(), meta({ issuedOn: 'not a date' }))).rejects.toThrow(/not a date/)
    expect((await renderProgrammePdf(smallProgramme(), meta())).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })
})
