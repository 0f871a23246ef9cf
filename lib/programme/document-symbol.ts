// The programme as an official document: its symbol, its revision and the names of the files that
// leave the application. Pure, so the editor, the workflow and the CLI can use it too.

export type DocumentSymbol = {
  /** The symbol of the programme of the year: `APLC/ISM/2026/1` (the first document of the Intersessional Meetings). */
  symbol: string
  /** `Rev.1`, `Rev.2` ...; null for the original document (revision 0). */
  revisionLabel: string | null
  /** The symbol as printed at the top of the document, United Nations style: `APLC/ISM/2026/1/Rev.1`. */
  fullSymbol: string
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a four-digit year: ${year}`)
}

function checkRevision(revision: number) {
  if (!Number.isInteger(revision) || revision < 0) throw new RangeError(`Not a revision number (0, 1, 2 ...): ${revision}`)
}

/** The symbol of a year's programme and the label of its revision (0 = the original, no label). */
export function documentSymbol(year: number, revision: number): DocumentSymbol {
  checkYear(year)
  checkRevision(revision)
  const symbol = `APLC/ISM/${year}/1`
  const revisionLabel = revision > 0 ? `Rev.${revision}` : null
  return { symbol, revisionLabel, fullSymbol: revisionLabel ? `${symbol}/${revisionLabel}` : symbol }
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

/**
 * The symbol a release prints: the one the ISU set for the year with the revision (`APLC/MSP.23/2026/1/Rev.1`),
 * the revision alone when the year has none (`Rev.1`; the informal programme is usually posted without
 * a symbol), or '' for an original without one.
 */
export function printedSymbol(isuSymbol: string | null | undefined, revision: number): string {
  checkRevision(revision)
  const symbol = isuSymbol?.trim() ?? ''
  const label = revision > 0 ? `Rev.${revision}` : ''
  return symbol && label ? `${symbol}/${label}` : symbol || label
}
