// The programme as a PDF document, typeset by Typst. Server only: it reads the template and font files.
export { renderProgrammePdf, countEntries, type RenderOptions } from './render'
export { isFinal, isPdfLanguage, PDF_LANGUAGES, type PdfLanguage, type PdfProgramme, type ProgrammePdfMeta } from './input'
export { cachedProgrammePdf, clearPdfCache, type PdfCacheKey, type PdfResult } from './cache'
export { closePdfWorkers, pdfWorkerRunning, pdfLimits, PdfLimitError, type PdfErrorCode } from './queue'
export { pdfErrorMessage, pdfErrorStatus } from './errors'
export { printableProgramme, printableText, type PrintableItem, type PrintableProgramme } from './printable'
