// The programme as an official document: its symbol, its revision and the names of the files that
// leave the application. Pure, so the editor, the workflow and the CLI can use it too.

export type DocumentSymbol = {
  /** The symbol the ISU set for the year (`APLC/MSP.23/2026/INF.1`); '' when none (the informal programme usually has none). */
  symbol: string
  /** `Rev.1`, `Rev.2` ...; null for the original document (revision 0). */
  revisionLabel: string | null
  /**
   * How the revision is named, United Nations style: the symbol with the revision (`…/INF.1/Rev.1`), the
   * revision alone (`Rev.1`), the symbol alone for the original, or '' for an original without a symbol
   * (the interface then says "Original" in the reader's language).
   */
  fullSymbol: string
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a four-digit year: ${year}`)
}

function checkRevision(revision: number) {
  if (!Number.isInteger(revision) || revision < 0) throw new RangeError(`Not a revision number (0, 1, 2 ...): ${revision}`)
}

/** A revision of the year's programme by its symbol (the ISU's, or none) and its number (0 = the original). */
export function documentSymbol(isuSymbol: string | null | undefined, revision: number): DocumentSymbol {
  checkRevision(revision)
  const symbol = isuSymbol?.trim() ?? ''
  const revisionLabel = revision > 0 ? `Rev.${revision}` : null
  return { symbol, revisionLabel, fullSymbol: symbol && revisionLabel ? `${symbol}/${revisionLabel}` : symbol || (revisionLabel ?? '') }
}

export type ExportExtension = 'pdf' | 'ics' | 'json'

/**
 * The file name of an export: `intersessional-programme-2026-rev1.pdf` for Rev.1, and
 * `intersessional-programme-2026.pdf` for the original document (revision 0 has no suffix, as the
 * original has no revision label). The same stem is used for the .ics and .json files.
 */
export function programmeFileName(year: number, revision: number, extension: ExportExtension = 'pdf'): string {
  checkYear(year)
  checkRevision(revision)
  return `intersessional-programme-${year}${revision > 0 ? `-rev${revision}` : ''}.${extension}`
}

/** A Content-Disposition header for a download, with the RFC 6266 `filename*` form beside the plain one. */
export function attachmentDisposition(fileName: string): string {
  const plain = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}
