// The fixed words of the PDF in each of its languages, in one place. English, French and Spanish take
// the words the application already has from its catalogue (lib/i18n/messages); the words only the
// PDF needs are in the table below; Arabic, which the catalogue does not have yet, is in labels-ar.ts.
// Placeholders are written {name}. French labels get French spacing before : ; ! ? (typography.ts).
import { messagesFor, type Locale } from '@/lib/i18n'
import { CATALOGUE_KEYS, type CatalogueLabels, type PdfLabels, type PdfLanguage, type PdfOnlyLabels } from './input'

export type { PdfLabels }
import { AR_LABELS } from './labels-ar'
import { frenchSpacing } from './typography'


const PDF_ONLY: Record<Exclude<PdfLanguage, 'ar'>, PdfOnlyLabels> = {
  en: {
    shortConvention: 'Anti-Personnel Mine Ban Convention',
    annotatedProgramme: 'Annotated Programme',
    notForDistribution: 'Draft — not for distribution',
    printedAt: 'Printed {date} at {time} (Geneva time)',
    original: 'Original: {language}',
    originalLanguage: 'English',
    morningSession: 'Morning session',
    afternoonSession: 'Afternoon session',
    continued: '{day} (continued)',
    chair: 'Chair: {name}',
    room: '{room}',
    originalOnly: '(English only)',
    replaces: 'This revision replaces the programme issued on {date}.',
    replacesSymbol: 'This revision replaces document {symbol}, issued on {date}.',
    changes: 'Changes',
    invited: '{basis} are invited to present: {states}.',
    actions: 'Action Plan: actions {actions}.',
    revision: 'Rev.{number}',
  },
  fr: {
    shortConvention: 'Convention sur l’interdiction des mines antipersonnel',
    annotatedProgramme: 'Programme annoté',
    notForDistribution: 'Projet — ne pas diffuser',
    printedAt: 'Imprimé le {date} à {time} (heure de Genève)',
    original: 'Original : {language}',
    originalLanguage: 'anglais',
    morningSession: 'Séance du matin',
    afternoonSession: 'Séance de l’après-midi',
    continued: '{day} (suite)',
    chair: 'Présidence : {name}',
    room: '{room}',
    originalOnly: '(uniquement en anglais)',
    replaces: 'La présente révision remplace le programme diffusé le {date}.',
    replacesSymbol: 'La présente révision remplace le document {symbol}, diffusé le {date}.',
    changes: 'Modifications',
    invited: 'Sont invités à présenter leurs informations ({basis}) : {states}.',
    actions: 'Plan d’action : actions {actions}.',
    revision: 'Rev.{number}',
  },
  es: {
    shortConvention: 'Convención sobre la Prohibición de las Minas Antipersonal',
    annotatedProgramme: 'Programa anotado',
    notForDistribution: 'Borrador — no distribuir',
    printedAt: 'Impreso el {date} a las {time} (hora de Ginebra)',
    original: 'Original: {language}',
    originalLanguage: 'inglés',
    morningSession: 'Sesión de la mañana',
    afternoonSession: 'Sesión de la tarde',
    continued: '{day} (continuación)',
    chair: 'Presidencia: {name}',
    room: '{room}',
    originalOnly: '(solo en inglés)',
    replaces: 'La presente revisión sustituye al programa distribuido el {date}.',
    replacesSymbol: 'La presente revisión sustituye al documento {symbol}, distribuido el {date}.',
    changes: 'Cambios',
    invited: 'Se invita a presentar información ({basis}): {states}.',
    actions: 'Plan de Acción: medidas {actions}.',
    revision: 'Rev.{number}',
  },
}

const made = new Map<PdfLanguage, PdfLabels>()

/** Every fixed word of the PDF in a language. */
export function pdfLabels(language: PdfLanguage): PdfLabels {
  let labels = made.get(language)
  if (!labels) {
    if (language === 'ar') labels = AR_LABELS
    else {
      // The templates as written (their {placeholders} are filled by `fill` when the PDF is laid out).
      const publication = messagesFor(language satisfies Locale).publication
      const fromCatalogue = Object.fromEntries(CATALOGUE_KEYS.map((key) => [key, publication[key]])) as CatalogueLabels
      labels = { ...fromCatalogue, ...PDF_ONLY[language] }
      if (language === 'fr') labels = Object.fromEntries(Object.entries(labels).map(([key, text]) => [key, frenchSpacing(text)])) as PdfLabels
    }
    made.set(language, labels)
  }
  return labels
}

/** A label with its `{placeholders}` filled. */
export function fill(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
}
