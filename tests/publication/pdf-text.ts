// Reading a PDF back as text with pdfjs-dist (legacy build: the one that runs in Node).
import { createRequire } from 'node:module'
import path from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

const require = createRequire(import.meta.url)
const standardFontDataUrl = `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`

export type PdfText = { pages: string[]; text: string; info: Record<string, unknown> }

/** Text of each page, its pieces in the order pdfjs gives them (it adds the spaces between words and columns), a newline at each line's end. */
export async function readPdfText(pdf: Uint8Array): Promise<PdfText> {
  const task = getDocument({ data: new Uint8Array(pdf), standardFontDataUrl, useSystemFonts: false, isEvalSupported: false, verbosity: 0 })
  const document = await task.promise
  try {
    const pages: string[] = []
    for (let n = 1; n <= document.numPages; n += 1) {
      const page = await document.getPage(n)
      const content = await page.getTextContent()
      let text = ''
      for (const piece of content.items) {
        if (!('str' in piece)) continue
        text += piece.str + (piece.hasEOL ? '\n' : '')
      }
      pages.push(text)
    }
    const { info } = await document.getMetadata()
    return { pages, text: pages.join('\n\f'), info: info as Record<string, unknown> }
  } finally {
    await task.destroy()
  }
}

/** Collapses runs of white space, so that a line break inside a title does not matter. */
export const squash = (text: string) => text.replace(/\s+/g, ' ')

export type PdfTextItem = { page: number; str: string; x: number; y: number; width: number; size: number; rotated: boolean }

/** The text pieces with their place on the page (PDF points from the bottom left), for layout checks. */
export async function readPdfItems(pdf: Uint8Array): Promise<PdfTextItem[]> {
  const task = getDocument({ data: new Uint8Array(pdf), standardFontDataUrl, useSystemFonts: false, isEvalSupported: false, verbosity: 0 })
  const document = await task.promise
  try {
    const items: PdfTextItem[] = []
    for (let n = 1; n <= document.numPages; n += 1) {
      const content = await (await document.getPage(n)).getTextContent()
      for (const piece of content.items) if ('str' in piece && piece.str.trim()) {
          const [a, b, , d, x, y] = piece.transform as number[]
          items.push({ page: n, str: piece.str, x: x!, y: y!, width: piece.width, size: Math.abs(d!), rotated: Math.abs(b!) > 0.01 || a! < 0 })
        }
    }
    return items
  } finally {
    await task.destroy()
  }
}
