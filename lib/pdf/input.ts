// What the PDF accepts: a programme in the interchange format, version 1 or 2
// (programme-format.md), and the facts about the document that are not in the programme (draft or
// release, symbol, revision, date of issue, language). Version 2's fields are all optional here, so
// that a version 1 programme (lib/programme today) and a version 2 one are both accepted as they are.

import type { ArabicDigits } from '@/lib/i18n/digits'
import type { PseudoLocale } from '@/lib/i18n/pseudo'

export const PDF_LANGUAGES = ['en', 'fr', 'es', 'ar'] as const
export type PdfLanguage = (typeof PDF_LANGUAGES)[number]
/** The languages a programme's texts may be translated into (the original is English). */
export type TranslationLanguage = Exclude<PdfLanguage, 'en'>

export const isPdfLanguage = (value: unknown): value is PdfLanguage => (PDF_LANGUAGES as readonly unknown[]).includes(value)

type Maybe<T> = T | null | undefined
type Texts<K extends string> = Partial<Record<TranslationLanguage, Maybe<Partial<Record<K, Maybe<string>>>>>>

/** A speaker: a plain name (version 1), or a speaker object (version 2). */
export type PdfSpeaker = string | { name: string; kind?: Maybe<string>; state?: Maybe<string> }

export type PdfSubItem = { title: string; description?: Maybe<string> }

/** An item's texts in another language; its sub-items' texts in the same order as its sub-items. */
export type PdfItemTranslation = { title?: Maybe<string>; description?: Maybe<string>; subItems?: Maybe<readonly { title?: Maybe<string>; description?: Maybe<string> }[]> }

export type PdfItem = {
  start: string
  end: string
  title: string
  segment?: Maybe<string>
  committee?: Maybe<string>
  description?: Maybe<string>
  speakers?: Maybe<readonly PdfSpeaker[]>
  /** The States Parties invited to speak on the item (ISO 3166-1 alpha-3), and why: printed as the item's footnote. */
  invited?: Maybe<{ states: readonly string[]; basis: string }>
  actions?: Maybe<readonly number[]>
  subItems?: Maybe<readonly PdfSubItem[]>
  translations?: Maybe<Partial<Record<TranslationLanguage, Maybe<PdfItemTranslation>>>>
}

export type PdfDay = {
  date: string
  thematic: boolean
  items: readonly PdfItem[]
  chair?: Maybe<{ morning?: Maybe<string>; afternoon?: Maybe<string> }>
  room?: Maybe<string>
}

export type PdfProgramme = {
  year: number
  title: string
  venue: string
  days: readonly PdfDay[]
  translations?: Maybe<Texts<'title' | 'venue'>>
}

export type PdfDigits = ArabicDigits

export type ProgrammePdfMeta = {
  /** The symbol the ISU set for the year, without the revision (`APLC/ISM/2026/1`); '' when it has none. */
  symbol: string
  /** 0 for the original document, 1 for Rev.1 ... */
  revision: number
  /** draft | consultation | approved | published: anything not approved or published is a draft. */
  status: string
  /** The day of issue of the release, `YYYY-MM-DD` (not printed on a draft). */
  issuedOn: string
  /** The language of the document: its fixed words, dates, and the programme's texts where translated. */
  locale: PdfLanguage
  /** When a draft was printed (its header and footer say so); now when not given. */
  printedAt?: Date | string
  /** A revision: the release it replaces. */
  replaces?: Maybe<{ issuedOn: string; symbol?: Maybe<string> }>
  /** A revision: what changed since the release it replaces, as short sentences in the document's language. */
  changes?: Maybe<readonly string[]>
  /** Under the end-to-end tests only: the fixed words in a pseudo-language (lib/i18n/pseudo.ts), dates as `locale`'s. */
  pseudo?: Maybe<PseudoLocale>
  /** Arabic: Western (1, 2, 3) or Arabic-Indic (١, ٢, ٣) digits; Western by default. Ignored in other languages. */
  digits?: PdfDigits
}

/** Approved and published programmes are final; everything else is a draft. */
export const isFinal = (status: string) => status === 'approved' || status === 'published'

// ——— The words of the PDF (labels.ts takes them from the catalogue in each language) ———

/** The words the PDF takes from the application's catalogue (`publication.*`). */
export const CATALOGUE_KEYS = [
  'convention',
  'meetings',
  'programme',
  'draftMark',
  'draftNotice',
  'pageOf',
  'issuedOn',
  'thematicDay',
  'thematicSegment',
  'speakers',
  'sideEvents',
  'sideEventsIntro',
  'sideEventsNone',
  'date',
  'time',
  'event',
  'hosts',
] as const

export type CatalogueLabels = Record<(typeof CATALOGUE_KEYS)[number], string>

/** Words of the PDF alone (the catalogue's `i11rules.pdf`). */
export type PdfOnlyLabels = {
  /** The Convention's short name, at the top left of the first page. */
  shortConvention: string
  /** The document's title when items carry descriptions (the Convention's "Annotated Programme"). */
  annotatedProgramme: string
  /** A draft's header, footer and first page. */
  notForDistribution: string
  /** `{date}`, `{time}`: when a draft was printed, in Geneva. */
  printedAt: string
  /** `{language}`: the language the document was written in (the United Nations' "Original: English"). */
  original: string
  originalLanguage: string
  morningSession: string
  afternoonSession: string
  /** `{day}`: a day's heading repeated at the top of a page. */
  continued: string
  /** `{name}` */
  chair: string
  /** `{room}` */
  room: string
  /** After a text of the programme that has no translation into the document's language. */
  originalOnly: string
  /** `{date}`: a revision's first page. */
  replaces: string
  /** `{symbol}`, `{date}` */
  replacesSymbol: string
  changes: string
  /** `{basis}`, `{states}`: an item's footnote. */
  invited: string
  /** `{actions}`: the actions of the Action Plan an item addresses. */
  actions: string
  /** `{number}` */
  revision: string
}

export type PdfLabels = CatalogueLabels & PdfOnlyLabels
