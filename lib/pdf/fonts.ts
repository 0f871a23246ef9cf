// The PDF's typeface: Source Sans 3, self-hosted from @fontsource (no network at run time), as WOFF
// files (fontkit reads WOFF, not WOFF2). Each Unicode subset is its own family and the document asks
// for them as one stack, so that a letter missing from Latin (ł, ş, ő, Greek, Cyrillic, Vietnamese)
// is taken from the next subset; French and Spanish are covered by Latin itself.
// Scripts Source Sans does not have (Arabic, Hebrew, symbols) are drawn with DejaVu Sans when the
// server has it (Debian's fonts-dejavu-core); a character no font can draw is printed as U+FFFD
// (printable.ts), never as a wrong glyph.
// Registered once per process: the WOFF files are turned into plain font data once (woff.ts) and
// react-pdf keeps each loaded font for every later document.
import fs from 'node:fs'
import path from 'node:path'
import { Font } from '@react-pdf/renderer'
import { woffToSfnt } from './woff'

const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic', 'vietnamese'] as const
const VARIANTS = [
  { fontWeight: 400, fontStyle: 'normal', file: '400-normal' },
  { fontWeight: 600, fontStyle: 'normal', file: '600-normal' },
  { fontWeight: 700, fontStyle: 'normal', file: '700-normal' },
  { fontWeight: 400, fontStyle: 'italic', file: '400-italic' },
] as const

const familyOf = (subset: (typeof SUBSETS)[number]) => (subset === 'latin' ? 'Source Sans 3' : `Source Sans 3 ${subset}`)

const FALLBACK_FAMILY = 'DejaVu Sans'
const FALLBACK_DIRECTORY = '/usr/share/fonts/truetype/dejavu'
const FALLBACK_FILES = [
  { fontWeight: 400, fontStyle: 'normal', file: 'DejaVuSans.ttf' },
  { fontWeight: 700, fontStyle: 'normal', file: 'DejaVuSans-Bold.ttf' },
  { fontWeight: 400, fontStyle: 'italic', file: 'DejaVuSans-Oblique.ttf' },
] as const

const hasFallback = () => FALLBACK_FILES.every((f) => fs.existsSync(path.join(FALLBACK_DIRECTORY, f.file)))

/** The font stack to give as `fontFamily`: Latin first, then the other subsets, then DejaVu Sans where present. */
export const FONT_STACK: readonly string[] = [...SUBSETS.map(familyOf), ...(hasFallback() ? [FALLBACK_FAMILY] : [])]

/** Where @fontsource keeps its files, resolved at run time from the application's directory. */
export function fontDirectory(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules/@fontsource/source-sans-3/files')
}

let registered = false

/** Registers the fonts with react-pdf, once per process. Throws with the path when a file is missing. */
export function registerFonts(): void {
  if (registered) return
  const dir = fontDirectory()
  for (const subset of SUBSETS) {
    const fonts = VARIANTS.map((variant) => {
      const file = path.join(dir, `source-sans-3-${subset}-${variant.file}.woff`)
      if (!fs.existsSync(file)) throw new Error(`PDF font file missing: ${file} (is @fontsource/source-sans-3 installed?)`)
      const src = `data:font/ttf;base64,${woffToSfnt(fs.readFileSync(file)).toString('base64')}`
      return { src, fontWeight: variant.fontWeight, fontStyle: variant.fontStyle }
    })
    Font.register({ family: familyOf(subset), fonts })
  }
  if (FONT_STACK.includes(FALLBACK_FAMILY)) {
    Font.register({
      family: FALLBACK_FAMILY,
      fonts: FALLBACK_FILES.map((f) => ({ src: path.join(FALLBACK_DIRECTORY, f.file), fontWeight: f.fontWeight, fontStyle: f.fontStyle })),
    })
  }
  // Words are not hyphenated: titles and names are printed as entered.
  Font.registerHyphenationCallback((word) => [word])
  registered = true
}

type FontData = {
  characterSet: number[]
  hasGlyphForCodePoint(codePoint: number): boolean
  glyphForCodePoint(codePoint: number): unknown
}

const variantsOf = (fontFamily: string) =>
  fontFamily === FALLBACK_FAMILY
    ? FALLBACK_FILES.map((f) => ({ fontFamily, fontWeight: f.fontWeight, fontStyle: f.fontStyle }))
    : VARIANTS.map((v) => ({ fontFamily, fontWeight: v.fontWeight, fontStyle: v.fontStyle }))

let prepared: Promise<(codePoint: number) => boolean> | undefined

/**
 * Loads every font of the stack once per process and answers whether some font can draw a character.
 * Loading also creates each font's glyph for every character it maps. fontkit keeps one glyph object
 * per glyph for the life of the font, with the characters it was first made for; a font subset made
 * for one PDF creates the glyphs that others are built from (the period inside a colon) with no
 * character at all, and a later PDF would then print that period with no text behind it (it could not
 * be searched or copied). Made first from the character map, every glyph keeps its character.
 */
export function fontCoverage(): Promise<(codePoint: number) => boolean> {
  registerFonts()
  prepared ??= (async () => {
    const regular: FontData[] = []
    for (const fontFamily of FONT_STACK) {
      for (const descriptor of variantsOf(fontFamily)) {
        await Font.load(descriptor)
        const data = (Font.getFont(descriptor) as unknown as { data: FontData | null }).data
        if (!data) continue
        for (const codePoint of data.characterSet) data.glyphForCodePoint(codePoint)
        if (descriptor.fontWeight === 400 && descriptor.fontStyle === 'normal') regular.push(data)
      }
    }
    const known = new Map<number, boolean>()
    return (codePoint: number) => {
      let answer = known.get(codePoint)
      if (answer === undefined) {
        answer = regular.some((font) => font.hasGlyphForCodePoint(codePoint))
        known.set(codePoint, answer)
      }
      return answer
    }
  })()
  return prepared
}
