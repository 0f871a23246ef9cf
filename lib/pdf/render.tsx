// The programme's PDF, made on the server without a browser.
import { renderToBuffer } from '@react-pdf/renderer'
import { messagesFor, translator, type Locale } from '@/lib/i18n'
import type { Programme } from '@/lib/programme'
import { ProgrammePdf } from './document'
import { fontCoverage } from './fonts'
import { printableProgramme } from './printable'

export type ProgrammePdfMeta = {
  /** The document symbol without the revision: `APLC/ISM/2026/1` (lib/publication/symbol.ts). */
  symbol: string
  /** 0 for the original document, 1 for Rev.1 ... */
  revision: number
  /** draft | consultation | approved | published: anything not approved or published is marked DRAFT. */
  status: string
  /** The day of issue, `YYYY-MM-DD`. */
  issuedOn: string
  /** The language of the document's fixed text and dates; the programme's own text stays as entered. */
  locale: Locale
}

/** Approved and published programmes are final; everything else is a draft. */
export const isFinal = (status: string) => status === 'approved' || status === 'published'

/** Renders the programme as an A4 PDF. */
export async function renderProgrammePdf(programme: Programme, meta: ProgrammePdfMeta): Promise<Buffer> {
  const canPrint = await fontCoverage()
  const fullSymbol = meta.revision > 0 ? `${meta.symbol}/Rev.${meta.revision}` : meta.symbol
  const t = translator(messagesFor(meta.locale))
  return renderToBuffer(
    <ProgrammePdf programme={printableProgramme(programme, canPrint)} fullSymbol={fullSymbol} draft={!isFinal(meta.status)} issuedOn={meta.issuedOn} locale={meta.locale} t={t} />,
  )
}
