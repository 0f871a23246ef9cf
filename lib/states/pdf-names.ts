// The invited States' names in a PDF come from the States list (names.ts: the United Nations' names
// where they differ), in the document's language; a language the list has no names in (Arabic) keeps
// the PDF's own (lib/pdf/states.ts).
import type { PdfLanguage } from '@/lib/pdf'
import { stateName } from './names'

export const listedStateName = (iso: string, language: PdfLanguage): string | undefined => (language === 'ar' ? undefined : stateName(iso, language))
