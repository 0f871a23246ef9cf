// The Presidency of each year (issue 16): the meeting whose President prepares the year's
// Intersessional Meetings, i.e. the meeting of the States Parties held later that year. The First
// Meeting of the States Parties was held in Maputo in May 1999 (sources: background page); a Review
// Conference every five years from 2004 (the Third in Maputo in 2014, the Fourth in Oslo in 2019)
// takes the place of that year's Meeting; so 1MSP 1999 … 5MSP 2003, First Review Conference 2004,
// 6MSP 2005 … 21MSP 2023 (real-programmes.md), Fifth Review Conference 2024, 22MSP 2025, 23MSP 2026.
// The wording of the annotated programmes in English, French and Spanish, and the means to find a
// meeting named in a programme's texts, to carry it into a new year or flag it when it is stale.

export const FIRST_MEETING_YEAR = 1999
export const FIRST_REVIEW_CONFERENCE_YEAR = 2004
export const REVIEW_CONFERENCE_INTERVAL = 5

export type MeetingKind = 'msp' | 'review-conference'
export interface Presidency {
  year: number
  kind: MeetingKind
  /** 23 for the Twenty-Third Meeting of the States Parties, 5 for the Fifth Review Conference. */
  ordinal: number
  /** "23MSP", "5RC". */
  short: string
}

const isReviewConferenceYear = (year: number) => year >= FIRST_REVIEW_CONFERENCE_YEAR && (year - FIRST_REVIEW_CONFERENCE_YEAR) % REVIEW_CONFERENCE_INTERVAL === 0
/** Review Conferences held in or before `year`. */
const reviewConferencesBy = (year: number) => (year < FIRST_REVIEW_CONFERENCE_YEAR ? 0 : Math.floor((year - FIRST_REVIEW_CONFERENCE_YEAR) / REVIEW_CONFERENCE_INTERVAL) + 1)

/** The meeting whose President prepares the year's Intersessional Meetings; null before 1999. */
export function presidencyOfYear(year: number): Presidency | null {
  if (!Number.isInteger(year) || year < FIRST_MEETING_YEAR) return null
  const conferences = reviewConferencesBy(year)
  if (isReviewConferenceYear(year)) return { year, kind: 'review-conference', ordinal: conferences, short: `${conferences}RC` }
  const ordinal = year - FIRST_MEETING_YEAR + 1 - conferences
  return { year, kind: 'msp', ordinal, short: `${ordinal}MSP` }
}

/** The year a meeting was held: the inverse of presidencyOfYear. */
export function yearOfMeeting(kind: MeetingKind, ordinal: number): number | null {
  if (!Number.isInteger(ordinal) || ordinal < 1) return null
  if (kind === 'review-conference') return FIRST_REVIEW_CONFERENCE_YEAR + (ordinal - 1) * REVIEW_CONFERENCE_INTERVAL
  // Years with a Meeting: every year but the Review Conferences'; count them.
  let year = FIRST_MEETING_YEAR
  let seen = 0
  for (;;) {
    if (!isReviewConferenceYear(year)) seen += 1
    if (seen === ordinal) return year
    year += 1
  }
}

// ---- Ordinals in words, 1 to 69 (enough for the Convention's lifetime of this application) --------

export type PresidencyLanguage = 'en' | 'fr' | 'es'
const MAX_WORDED = 69

const EN_UNITS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth']
const EN_TENS = ['', '', 'Twent', 'Thirt', 'Fort', 'Fift', 'Sixt']
function englishOrdinal(n: number): string {
  if (n < 20) return EN_UNITS[n] ?? String(n)
  const tens = EN_TENS[Math.floor(n / 10)] ?? ''
  const unit = n % 10
  return unit === 0 ? `${tens}ieth` : `${tens}y-${EN_UNITS[unit]}`
}

const FR_UNITS = ['', 'première', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième']
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante']
function frenchOrdinal(n: number): string {
  if (n < 20) return FR_UNITS[n] ?? String(n)
  const tens = FR_TENS[Math.floor(n / 10)] ?? ''
  const unit = n % 10
  if (unit === 0) return `${tens.replace(/e$/, '')}ième`
  if (unit === 1) return `${tens} et unième`
  return `${tens}-${FR_UNITS[unit]}`
}

const ES_UNITS = ['', 'Primera', 'Segunda', 'Tercera', 'Cuarta', 'Quinta', 'Sexta', 'Séptima', 'Octava', 'Novena']
const ES_TEENS = ['Décima', 'Undécima', 'Duodécima', 'Decimotercera', 'Decimocuarta', 'Decimoquinta', 'Decimosexta', 'Decimoséptima', 'Decimoctava', 'Decimonovena']
const ES_TENS = ['', '', 'Vigésima', 'Trigésima', 'Cuadragésima', 'Quincuagésima', 'Sexagésima']
function spanishOrdinal(n: number): string {
  if (n < 10) return ES_UNITS[n] ?? String(n)
  if (n < 20) return ES_TEENS[n - 10] ?? String(n)
  const tens = ES_TENS[Math.floor(n / 10)] ?? ''
  const unit = n % 10
  return unit === 0 ? tens : `${tens} ${ES_UNITS[unit]}`
}

/** The ordinal in words as the annotated programmes write it before "Meeting"/"Assemblée"/"Reunión" (feminine in French and Spanish). */
export function ordinalWords(n: number, language: PresidencyLanguage): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORDED) return language === 'en' ? `${n}th` : language === 'fr' ? `${n}e` : `${n}.ª`
  return language === 'en' ? englishOrdinal(n) : language === 'fr' ? frenchOrdinal(n) : spanishOrdinal(n)
}

const MEETING_NAMES: Record<PresidencyLanguage, Record<MeetingKind, string>> = {
  en: { msp: 'Meeting of the States Parties', 'review-conference': 'Review Conference' },
  fr: { msp: 'Assemblée des États parties', 'review-conference': 'Conférence d’examen' },
  es: { msp: 'Reunión de los Estados Partes', 'review-conference': 'Conferencia de Examen' },
}

/** "Twenty-Third Meeting of the States Parties", "vingt-troisième Assemblée des États parties", "Quinta Conferencia de Examen". */
export function meetingName(presidency: Pick<Presidency, 'kind' | 'ordinal'>, language: PresidencyLanguage = 'en'): string {
  return `${ordinalWords(presidency.ordinal, language)} ${MEETING_NAMES[language][presidency.kind]}`
}

const PRESIDENT_OF: Record<PresidencyLanguage, string> = { en: 'President of the', fr: 'Présidence de la', es: 'Presidencia de la' }

/** "President of the Twenty-Third Meeting of the States Parties": the opening item's wording. */
export function presidentTitle(presidency: Pick<Presidency, 'kind' | 'ordinal'>, language: PresidencyLanguage = 'en'): string {
  return `${PRESIDENT_OF[language]} ${meetingName(presidency, language)}`
}

// ---- Meetings named in a programme's texts -------------------------------------------------------

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** For each language: a pattern of "<ordinal in words> <meeting>" and the short forms "22MSP", "5RC". */
const PATTERNS = new Map<PresidencyLanguage, { pattern: RegExp; ordinals: Map<string, number> }>()
function patternOf(language: PresidencyLanguage) {
  let found = PATTERNS.get(language)
  if (!found) {
    const ordinals = new Map<string, number>()
    for (let n = 1; n <= MAX_WORDED; n += 1) ordinals.set(ordinalWords(n, language).toLowerCase(), n)
    const words = [...ordinals.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')
    const names = MEETING_NAMES[language]
    const meetings = [names.msp, names['review-conference'], ...(language === 'fr' ? ["Conférence d'examen"] : [])].map(escape).join('|')
    // The words' own case is kept when replaced (see carryPresidency); the letters are matched in any case.
    const pattern = new RegExp(`(?<![\\p{L}-])(${words})\\s+(${meetings})(?![\\p{L}])|(?<![\\p{L}\\d])(\\d{1,2})(MSP|RC)(?![\\p{L}\\d])`, 'giu')
    found = { pattern, ordinals }
    PATTERNS.set(language, found)
  }
  return found
}

export interface MeetingMention {
  /** The words as written. */
  text: string
  index: number
  kind: MeetingKind
  ordinal: number
  /** Written in words (true) or as "22MSP" (false). */
  words: boolean
}

/** The meetings of the States Parties and Review Conferences a text names, in order. */
export function meetingMentions(text: string, language: PresidencyLanguage = 'en'): MeetingMention[] {
  const { pattern, ordinals } = patternOf(language)
  const mentions: MeetingMention[] = []
  for (const match of text.matchAll(pattern)) {
    const [whole, word, meeting, digits, short] = match
    if (word !== undefined && meeting !== undefined) {
      const ordinal = ordinals.get(word.toLowerCase())
      if (ordinal === undefined) continue
      const kind: MeetingKind = meeting.toLowerCase() === MEETING_NAMES[language].msp.toLowerCase() ? 'msp' : 'review-conference'
      mentions.push({ text: whole, index: match.index, kind, ordinal, words: true })
    } else if (digits !== undefined && short !== undefined) {
      mentions.push({ text: whole, index: match.index, kind: short.toUpperCase() === 'MSP' ? 'msp' : 'review-conference', ordinal: Number(digits), words: false })
    }
  }
  return mentions
}

/** A word written in the case of another: all lower, all upper, or as the table writes it. */
function inCaseOf(model: string, word: string): string {
  if (model === model.toLowerCase()) return word.toLowerCase()
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase()
  const first = model.charAt(0)
  return first === first.toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word.charAt(0).toLowerCase() + word.slice(1)
}

/** The text with every mention of `from`'s meeting replaced by `to`'s, in the same language and case. */
export function renameMeeting(text: string, from: Presidency, to: Presidency, language: PresidencyLanguage = 'en'): string {
  const mentions = meetingMentions(text, language).filter((m) => m.kind === from.kind && m.ordinal === from.ordinal)
  let out = text
  for (const mention of mentions.reverse()) {
    const replacement = mention.words ? inCaseOf(mention.text, meetingName(to, language)) : to.short
    out = out.slice(0, mention.index) + replacement + out.slice(mention.index + mention.text.length)
  }
  return out
}
