// The programme's PDF, made on the server without a browser: the printable programme is built here
// (printable.ts, in the document's language), then Typst lays it out in the worker thread (queue.ts).
import { isFinal, type PdfProgramme, type ProgrammePdfMeta } from './input'
import { pdfFonts } from './fonts'
import { printableProgramme, type PrintableOptions } from './printable'
import { PdfLimitError, pdfLimits, runPdfJob } from './queue'

export type RenderOptions = Pick<PrintableOptions, 'stateName'>

/** Items (breaks and side events included) and sub-items: what a draft's size limit counts. */
export function countEntries(programme: PdfProgramme): number {
  return programme.days.reduce((sum, day) => sum + day.items.reduce((n, item) => n + 1 + (item.subItems?.length ?? 0), 0), 0)
}

/**
 * Renders the programme as an A4 PDF. A draft larger than the limit is refused with a PdfLimitError
 * (`pdf.tooLarge`), before any work; a release is never refused for its size (it is made once and kept).
 */
export async function renderProgrammePdf(programme: PdfProgramme, meta: ProgrammePdfMeta, options: RenderOptions = {}): Promise<Buffer> {
  const final = isFinal(meta.status)
  if (!final) {
    const entries = countEntries(programme)
    const limit = pdfLimits().draftEntries
    if (entries > limit) throw new PdfLimitError('pdf.tooLarge', { entries, limit })
  }
  const printable = printableProgramme(programme, meta, { canPrint: pdfFonts().canPrint, stateName: options.stateName })
  return runPdfJob(final ? 'release' : 'draft', JSON.stringify(printable))
}
