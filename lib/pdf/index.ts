// The programme as a PDF document. Server only: it reads font files and renders with react-pdf.
export { renderProgrammePdf, isFinal, type ProgrammePdfMeta } from './render'
export { cachedProgrammePdf, clearPdfCache, type PdfCacheKey, type PdfResult } from './cache'
export { registerFonts, FONT_STACK } from './fonts'
export { renderProgrammePdfOffThread, closePdfWorkers, poolSize, warmPdfWorkers } from './pool'
