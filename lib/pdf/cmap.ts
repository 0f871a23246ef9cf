// Which characters a TrueType/OpenType font maps to a glyph: its `cmap` table, read once when the
// fonts are loaded, so that a character no font of the PDF has is printed as U+FFFD (printable.ts)
// rather than as an empty box. Reads the Unicode subtables of format 4 (the Basic Multilingual
// Plane) and 12 (all planes), which every font the PDF ships has.
// Format: https://learn.microsoft.com/typography/opentype/spec/cmap

/** Inclusive ranges of code points, as [first, last] pairs. */
export type Coverage = Array<[number, number]>

function tableOffset(font: Buffer, tag: string): number | null {
  const tables = font.readUInt16BE(4)
  for (let i = 0; i < tables; i += 1) {
    const record = 12 + i * 16
    if (font.toString('latin1', record, record + 4) === tag) return font.readUInt32BE(record + 8)
  }
  return null
}

function format4(font: Buffer, at: number): Coverage {
  const segments = font.readUInt16BE(at + 6) / 2
  const ends = at + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  const ranges: Coverage = []
  for (let s = 0; s < segments; s += 1) {
    const first = font.readUInt16BE(starts + s * 2)
    const last = font.readUInt16BE(ends + s * 2)
    if (first === 0xffff) continue
    const delta = font.readUInt16BE(deltas + s * 2)
    const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2)
    if (rangeOffset === 0) {
      // Every character of the segment maps to (c + delta) mod 65536; glyph 0 is "missing".
      for (let c = first; c <= last; c += 1) if ((c + delta) % 65536 !== 0) addPoint(ranges, c)
      continue
    }
    for (let c = first; c <= last; c += 1) {
      const glyphAt = rangeOffsets + s * 2 + rangeOffset + (c - first) * 2
      if (glyphAt + 2 <= font.length && font.readUInt16BE(glyphAt) !== 0) addPoint(ranges, c)
    }
  }
  return ranges
}

function format12(font: Buffer, at: number): Coverage {
  const groups = font.readUInt32BE(at + 12)
  const ranges: Coverage = []
  for (let g = 0; g < groups; g += 1) {
    const group = at + 16 + g * 12
    const first = font.readUInt32BE(group)
    const last = font.readUInt32BE(group + 4)
    const glyph = font.readUInt32BE(group + 8)
    ranges.push([glyph === 0 ? first + 1 : first, last])
  }
  return ranges
}

function addPoint(ranges: Coverage, c: number) {
  const last = ranges.at(-1)
  if (last && last[1] === c - 1) last[1] = c
  else ranges.push([c, c])
}

/** The characters a font (sfnt: TrueType or OpenType, not WOFF) maps; throws when it has no Unicode cmap. */
export function fontCoverage(font: Buffer): Coverage {
  const cmap = tableOffset(font, 'cmap')
  if (cmap === null) throw new Error('Font without a cmap table')
  const subtables = font.readUInt16BE(cmap + 2)
  let best: { format: number; at: number } | null = null
  for (let i = 0; i < subtables; i += 1) {
    const record = cmap + 4 + i * 8
    const platform = font.readUInt16BE(record)
    const encoding = font.readUInt16BE(record + 2)
    const at = cmap + font.readUInt32BE(record + 4)
    const format = font.readUInt16BE(at)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (!unicode || (format !== 4 && format !== 12)) continue
    if (!best || (format === 12 && best.format === 4)) best = { format, at }
  }
  if (!best) throw new Error('Font without a Unicode cmap subtable of format 4 or 12')
  return best.format === 12 ? format12(font, best.at) : format4(font, best.at)
}

/** A lookup over several fonts' coverage: binary search in the merged ranges. */
export function coverageLookup(coverages: Coverage[]): (codePoint: number) => boolean {
  const merged: Coverage = []
  for (const [first, last] of coverages.flat().sort((a, b) => a[0] - b[0])) {
    const previous = merged.at(-1)
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last)
    else merged.push([first, last])
  }
  return (codePoint) => {
    let low = 0
    let high = merged.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const [first, last] = merged[middle]!
      if (codePoint < first) high = middle - 1
      else if (codePoint > last) low = middle + 1
      else return true
    }
    return false
  }
}
