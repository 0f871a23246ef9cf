// The digits an Arabic document is written with, as the ISU chooses for the year: Western (1, 2, 3),
// the default, or Arabic-Indic (١, ٢, ٣), as the United Nations' Arabic documents may print them.
// Applied to what the application writes (dates, times, numbers), never to text people typed.
export const ARABIC_DIGITS = ['western', 'arabic-indic'] as const
export type ArabicDigits = (typeof ARABIC_DIGITS)[number]

export const isArabicDigits = (value: unknown): value is ArabicDigits => (ARABIC_DIGITS as readonly unknown[]).includes(value)

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩'

/** Western digits turned into Arabic-Indic ones when asked for. */
export function withDigits(text: string, digits: ArabicDigits): string {
  return digits === 'arabic-indic' ? text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!) : text
}

/** The digits of a page or a document in a language: the year's choice in Arabic, Western otherwise. */
export const digitsFor = (locale: string, chosen: string | null | undefined): ArabicDigits => (locale === 'ar' && isArabicDigits(chosen) ? chosen : 'western')
