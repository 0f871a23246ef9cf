// The fixed words of the PDF in each of its languages, all from the application's catalogue
// (lib/i18n/messages): the words the pages share (`publication.*`) and those of the PDF alone
// (`i11rules.pdf.*`), so that there is one source of words for the pages and the document, Arabic
// included. Under the end-to-end tests a pseudo-language (lib/i18n/pseudo.ts) reaches the PDF too.
// Placeholders are written {name}. French labels get French spacing before : ; ! ? (typography.ts).
import { messagesFor, type Messages } from '@/lib/i18n'
import { PSEUDO_LOCALES, pseudoMessages, type PseudoLocale } from '@/lib/i18n/pseudo'
import { CATALOGUE_KEYS, type CatalogueLabels, type PdfLabels, type PdfLanguage } from './input'
import { frenchSpacing } from './typography'

export type { PdfLabels }

/** The language of the PDF's fixed words: the document's, or a pseudo-language under the tests. */
export type PdfWording = PdfLanguage | PseudoLocale

const isPseudo = (wording: PdfWording): wording is PseudoLocale => (PSEUDO_LOCALES as readonly string[]).includes(wording)

const made = new Map<PdfWording, PdfLabels>()

/** Every fixed word of the PDF in a language. */
export function pdfLabels(wording: PdfWording): PdfLabels {
  let labels = made.get(wording)
  if (!labels) {
    const messages: Messages = isPseudo(wording) ? pseudoMessages(messagesFor('en'), wording) : messagesFor(wording)
    // The templates as written (their {placeholders} are filled by `fill` when the PDF is laid out).
    const fromCatalogue = Object.fromEntries(CATALOGUE_KEYS.map((key) => [key, messages.publication[key]])) as CatalogueLabels
    labels = { ...fromCatalogue, ...messages.i11rules.pdf }
    if (wording === 'fr') labels = Object.fromEntries(Object.entries(labels).map(([key, text]) => [key, frenchSpacing(text)])) as PdfLabels
    made.set(wording, labels)
  }
  return labels
}

/** A label with its `{placeholders}` filled. */
export function fill(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
}
