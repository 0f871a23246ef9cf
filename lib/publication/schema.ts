// The form of the programme's document symbol (messages are keys of the catalogue's `releases` section).
import { z } from 'zod'
import { ARABIC_DIGITS } from '@/lib/i18n/digits'

export const MAX_SYMBOL = 60

export const DocumentSymbolSchema = z.object({
  programmeId: z.string().min(1).max(64),
  version: z.number().int(),
  /** As the Convention's documents are numbered (APLC/MSP.23/2026/INF.1); blank for none. */
  symbol: z
    .string()
    .trim()
    .max(MAX_SYMBOL, 'releases.symbolTooLong')
    .regex(/^[A-Za-z0-9./()\- ]*$/, 'releases.symbolCharacters'),
})
export type DocumentSymbolInput = z.input<typeof DocumentSymbolSchema>

/** The digits of the year's Arabic public page and PDF: Western (the default) or Arabic-Indic. */
export const ArabicDigitsSchema = z.object({
  programmeId: z.string().min(1).max(64),
  version: z.number().int(),
  digits: z.enum(ARABIC_DIGITS),
})
export type ArabicDigitsInput = z.input<typeof ArabicDigitsSchema>
