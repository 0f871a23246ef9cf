// The PDF's fonts: TrueType files in lib/pdf/fonts (their README says where each comes from, and
// why), never the system's, so that every server prints the same document; loaded once per process.
// - Source Sans 3, as the application's pages use it (Latin, Greek, Cyrillic, Vietnamese);
// - Amiri, a Naskh face, for Arabic (whole: its own Latin, digits and brackets);
// - Noto Sans Hebrew (its Hebrew letters) for Hebrew names.
// A character none of them has is printed as U+FFFD (printable.ts), never as an empty box; U+FFFD
// itself is drawn from DejaVu Sans Mono, which Typst carries inside its own binary.
import fs from 'node:fs'
import path from 'node:path'
import { coverageLookup, fontCoverage, type Coverage } from './cmap'

const FILES = [
  'SourceSans3-Regular.ttf',
  'SourceSans3-It.ttf',
  'SourceSans3-Semibold.ttf',
  'SourceSans3-Bold.ttf',
  'Amiri-Regular.ttf',
  'Amiri-Bold.ttf',
  'NotoSansHebrew-Regular.ttf',
  'NotoSansHebrew-Bold.ttf',
]

export const fontDirectory = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib/pdf/fonts')

export type PdfFonts = { blobs: Buffer[]; canPrint: (codePoint: number) => boolean }

let loaded: PdfFonts | undefined

/** The fonts' data and what they can print (their regular styles); read once per process. Throws naming a missing file. */
export function pdfFonts(): PdfFonts {
  if (!loaded) {
    const blobs: Buffer[] = []
    const coverages: Coverage[] = [[[0xfffd, 0xfffd]]]
    for (const name of FILES) {
      const file = path.join(fontDirectory(), name)
      if (!fs.existsSync(file)) throw new Error(`PDF font file missing: ${file}`)
      const data = fs.readFileSync(file)
      blobs.push(data)
      if (name.endsWith('-Regular.ttf')) coverages.push(fontCoverage(data))
    }
    loaded = { blobs, canPrint: coverageLookup(coverages) }
  }
  return loaded
}
