// An approved or published revision never changes, so its PDF is made once per language and kept:
// the key names the programme, its revision, its status and the moment it last changed. A draft
// changes at any save, and an item's save does not touch the programme's row: its PDF is kept only
// under the hash of what it prints (contentHash), else made for every request.
// Concurrent requests for one document share a single rendering.
import { isFinal, type PdfLanguage } from './input'

export type PdfCacheKey = {
  programmeId: string
  revision: number
  status: string
  updatedAt: Date | string
  locale: PdfLanguage
  /** A hash of everything the PDF prints; lets a draft's PDF be kept until any of it changes. */
  contentHash?: string
  /** Arabic: the digits the year chose (a release's PDF follows a later choice too). */
  digits?: string
  /** Under the end-to-end tests: the pseudo-language of its fixed words. */
  pseudo?: string | null
}

const MAX_ENTRIES = 64
const MAX_BYTES = 64 * 1024 * 1024

const kept = new Map<string, Buffer>()
const pending = new Map<string, Promise<Buffer>>()
let keptBytes = 0

const keyText = (key: PdfCacheKey) =>
  [key.programmeId, key.revision, key.status, key.updatedAt instanceof Date ? key.updatedAt.toISOString() : key.updatedAt, key.locale, key.contentHash ?? '', key.digits ?? '', key.pseudo ?? ''].join('|')

function keep(key: string, pdf: Buffer) {
  kept.set(key, pdf)
  keptBytes += pdf.length
  // Oldest first: a Map iterates in insertion order, and a hit re-inserts its entry (least recently used).
  for (const [oldKey, oldPdf] of kept) {
    if (kept.size <= MAX_ENTRIES && keptBytes <= MAX_BYTES) break
    kept.delete(oldKey)
    keptBytes -= oldPdf.length
  }
}

export type PdfResult = { pdf: Buffer; cached: boolean }

/** The PDF for the key: from the cache when the programme is final or its content is hashed, else freshly rendered. */
export async function cachedProgrammePdf(key: PdfCacheKey, render: () => Promise<Buffer>): Promise<PdfResult> {
  if (!isFinal(key.status) && !key.contentHash) return { pdf: await render(), cached: false }
  const text = keyText(key)
  const hit = kept.get(text)
  if (hit) {
    kept.delete(text)
    kept.set(text, hit)
    return { pdf: hit, cached: true }
  }
  let rendering = pending.get(text)
  if (!rendering) {
    rendering = render().then(
      (pdf) => (pending.delete(text), keep(text, pdf), pdf),
      (error: unknown) => {
        pending.delete(text)
        throw error
      },
    )
    pending.set(text, rendering)
  }
  return { pdf: await rendering, cached: false }
}

/** Empties the cache (tests, benchmarks). */
export function clearPdfCache() {
  kept.clear()
  pending.clear()
  keptBytes = 0
}
