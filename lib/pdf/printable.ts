// The printable programme: everything the Typst template (programme.typ) prints, already in the
// document's language: translated words, formatted dates and times, item numbers and sub-item
// letters, footnotes, draft or release, direction and digits. A pure function builds it from the
// programme (interchange format, version 1 or 2) and the facts of the document; the template only
// lays it out. It reaches Typst as JSON data (sys.inputs), never as markup: a text of the programme
// is a string the template prints, so nothing in it is ever interpreted.
import { numberItems, parseTime } from '@/lib/programme'
import { isFinal, type PdfDay, type PdfDigits, type PdfItem, type PdfLanguage, type PdfProgramme, type PdfSpeaker, type ProgrammePdfMeta, type TranslationLanguage } from './input'
import { fill, pdfLabels, type PdfLabels } from './labels'
import { defaultStateName } from './states'
import { AR_LETTERS, formatDateRange, formatDayHeading, formatDayMonthYear, formatGenevaMoment, formatShortDate, formatTimeRange, withDigits } from './typography'

/** A text of the programme and the language it is written in (the original's, English, when it has no translation). */
export type PrintableText = { text: string; lang: PdfLanguage }

export type PrintableSubItem = { label: string; title: PrintableText; annotation: PrintableText | null }

export type PrintableItem = {
  kind: 'item'
  /** Index of the day in `days`: tells the template which day a page continues. */
  day: number
  time: string
  /** "4." */
  number: string
  title: PrintableText
  /** "(English only)" when a text of the item is not in the document's language. */
  originalOnly: string | null
  annotation: PrintableText | null
  subItems: PrintableSubItem[]
  speakers: string | null
  actions: string | null
  /** The invited States, printed as a footnote of the item's title. */
  footnote: string | null
  thematic: boolean
  /** "Thematic segment", above the first item of a thematic segment inside an ordinary day. */
  segmentHeading: string | null
  /** Ordinary items are kept whole on a page; a very long one may break. */
  breakable: boolean
}

export type PrintableBreak = { kind: 'break'; day: number; time: string; title: PrintableText }

export type PrintableSession = {
  /** "Morning session", "Afternoon session". */
  heading: string
  /** "Chair: …", the room. */
  details: string[]
  entries: (PrintableItem | PrintableBreak)[]
}

export type PrintableDay = {
  heading: string
  /** The heading repeated on the next page: "Wednesday 17 June 2026 (continued)". */
  continued: string
  /** "Thematic day". */
  badge: string | null
  sessions: PrintableSession[]
}

export type PrintableSideEvent = { date: string; time: string; title: PrintableText; description: PrintableText | null; hosts: string }

export type PrintableProgramme = {
  lang: PdfLanguage
  dir: 'ltr' | 'rtl'
  digits: PdfDigits
  /** Font families, in the order the template asks for them. */
  fonts: string[]
  /** The fonts of a text left in its original language (English) and of the symbol. */
  latinFonts: string[]
  metadata: { title: string; author: string; keywords: string[] }
  /** The diagonal mark of a draft on every page: DRAFT, PROJET, BORRADOR, مسودة. */
  watermark: string | null
  /** The header of the pages after the first (the first page's masthead says the same and more). */
  header: string
  footer: string
  /** "Page {page} of {pages}". */
  pageOf: string
  masthead: {
    convention: string
    /** The symbol and revision of a release ("APLC/ISM/2026/1/Rev.1", "Rev.1"); null for a draft or an unnumbered original. */
    symbol: string | null
    /** Date of issue and original language (a release), or the draft's notice and time of printing. */
    lines: string[]
    draft: boolean
  }
  heading: { convention: string; meetings: string; dates: string; venue: PrintableText; title: string; notice: string | null }
  revision: { replaces: string | null; changesHeading: string; changes: string[] } | null
  days: PrintableDay[]
  sideEvents: { heading: string; intro: string; columns: { date: string; time: string; event: string; hosts: string }; rows: PrintableSideEvent[] }
}

export type PrintableOptions = {
  /** Whether the document's fonts can draw a character (fonts.ts); anything else is printed as U+FFFD. */
  canPrint: (codePoint: number) => boolean
  /** The name of a State (ISO 3166-1 alpha-3) in the document's language; CLDR's name when not given. */
  stateName?: (iso: string, language: PdfLanguage) => string | undefined
}

// ——— Text as the fonts can print it ———

const DROPPED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f\ufeff]/u
const REPLACEMENT = '\ufffd'

/**
 * Text as the PDF can print it. A programme's text is entered by people and may hold anything:
 * characters that no font of the document has are printed as U+FFFD (a run of them as one), never
 * as an empty box; control characters are dropped, and so are the invisible formatting characters
 * that could make printed text read differently from what was entered (bidirectional overrides and
 * isolates, zero-width characters, variation selectors). Right-to-left scripts themselves are kept:
 * the layout orders them.
 */
export function printableText(text: string, canPrint: (codePoint: number) => boolean): string {
  let out = ''
  for (const character of text) {
    if (character === '\t') {
      out += ' '
      continue
    }
    if (DROPPED.test(character)) continue
    const codePoint = character.codePointAt(0)!
    if (character === '\n' || character === ' ' || canPrint(codePoint)) out += character
    else if (!out.endsWith(REPLACEMENT)) out += REPLACEMENT
  }
  return out
}

// ——— The document ———

// DejaVu Sans Mono (inside Typst) only draws U+FFFD, the mark of a character no other font has.
// Arabic documents are set in Amiri, its Latin included (Typst mirrors brackets in right-to-left
// text only when the font that draws the Arabic draws them too); an English original inside an
// Arabic document keeps Source Sans 3.
const FONTS_LTR = ['Source Sans 3', 'Amiri', 'Noto Sans Hebrew', 'DejaVu Sans Mono']
const FONTS_RTL = ['Amiri', 'Source Sans 3', 'Noto Sans Hebrew', 'DejaVu Sans Mono']
/** Items whose texts are longer than this may break across pages; others are kept whole. */
const LONG_ENTRY = 1200
/** Items starting at or after this time (minutes) belong to the afternoon session. */
const AFTERNOON = 13 * 60

const compareDates = (a: PdfDay, b: PdfDay) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)

/** A day's items in time order (stable); in the stored order when some time is not a time. */
function inTimeOrder(items: readonly PdfItem[]): PdfItem[] {
  const starts = items.map((item) => parseTime(item.start))
  if (starts.some((start) => start === null)) return [...items]
  // As numberItems orders them: by start, then end, then place, so that the numbers read 1, 2, 3 down the page.
  const end = (item: PdfItem) => parseTime(item.end) ?? Number.POSITIVE_INFINITY
  return items
    .map((item, index) => ({ item, index, start: starts[index]! }))
    .sort((a, b) => a.start - b.start || end(a.item) - end(b.item) || a.index - b.index)
    .map(({ item }) => item)
}

/** a, b, … z, aa, ab … */
function latinLetter(index: number): string {
  let n = index
  let out = ''
  do {
    out = String.fromCharCode(97 + (n % 26)) + out
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return out
}

/** "17–29, 31" from [17, 18, …, 29, 31]. */
function actionRanges(actions: readonly number[]): string {
  const sorted = [...new Set(actions)].filter(Number.isInteger).sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; i += 1) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1
    parts.push(j > i + 1 ? `${sorted[i]}–${sorted[j]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}`)
    i = j
  }
  return parts.join(', ')
}

/** Builds the printable programme: a pure function of the programme, the document's facts and the fonts' coverage. */
export function printableProgramme(programme: PdfProgramme, meta: ProgrammePdfMeta, options: PrintableOptions): PrintableProgramme {
  const lang = meta.locale
  const labels: PdfLabels = pdfLabels(meta.pseudo ?? lang)
  const digits: PdfDigits = lang === 'ar' ? (meta.digits ?? 'western') : 'western'
  const num = (text: string) => withDigits(text, digits)
  const clean = (text: string) => printableText(text, options.canPrint)
  const translation = lang === 'en' ? null : (lang satisfies TranslationLanguage)
  /** A text in the document's language when translated, else the original (English). */
  const pick = (original: string, translated: string | null | undefined): PrintableText => {
    const own = translated?.trim()
    return own ? { text: clean(own), lang } : { text: clean(original), lang: 'en' }
  }
  const stateName = (iso: string) => clean(options.stateName?.(iso, lang) ?? defaultStateName(iso, lang))
  /** A State that speaks under its name in the document's language; any other speaker as entered. */
  const speakerName = (speaker: PdfSpeaker) => (typeof speaker === 'string' ? clean(speaker) : speaker.state ? stateName(speaker.state) : clean(speaker.name))
  const draft = !isFinal(meta.status)
  // Lists: Arabic has its own comma and semicolon.
  const comma = lang === 'ar' ? '، ' : ', '
  const semicolon = lang === 'ar' ? '؛ ' : '; '

  const days = [...programme.days].sort(compareDates)
  const annotated = days.some((day) => day.items.some((item) => item.description?.trim() || item.subItems?.some((sub) => sub.description?.trim())))
  const documentTitle = annotated ? labels.annotatedProgramme : labels.programme

  // The symbol of a release: the ISU's symbol for the year with the revision, or the revision alone.
  const revisionLabel = meta.revision > 0 ? fill(labels.revision, { number: meta.revision }) : null
  const symbol = draft ? null : meta.symbol.trim() ? (revisionLabel ? `${meta.symbol.trim()}/${revisionLabel}` : meta.symbol.trim()) : revisionLabel
  const printedAt = meta.printedAt === undefined ? new Date() : new Date(meta.printedAt)
  const printed = formatGenevaMoment(Number.isNaN(printedAt.getTime()) ? new Date() : printedAt, lang)
  // Digits as the document asks for its own dates, times and numbers; a text people typed keeps its own.
  const printedLine = fill(labels.printedAt, { date: num(printed.date), time: num(printed.time) })
  const meetingsOfYear = `${labels.meetings} ${num(String(programme.year))}`

  // The one numbering of the editor, the public page and the PDF (lib/programme/numbering.ts).
  const numbers = numberItems(programme as Parameters<typeof numberItems>[0])
  const printableDays: PrintableDay[] = []
  const sideEvents: PrintableSideEvent[] = []
  days.forEach((day, dayIndex) => {
    const heading = num(formatDayHeading(day.date, lang))
    const morning: PrintableSession = { heading: labels.morningSession, details: [], entries: [] }
    const afternoon: PrintableSession = { heading: labels.afternoonSession, details: [], entries: [] }
    let previousThematic = false
    for (const item of inTimeOrder(day.items)) {
      const time = num(formatTimeRange(item.start, item.end, lang))
      const texts = translation ? item.translations?.[translation] : null
      const title = pick(item.title, texts?.title)
      if (item.segment === 'side-event') {
        const description = item.description?.trim() ? pick(item.description, texts?.description) : null
        sideEvents.push({ date: day.date, time, title, description, hosts: clean((item.speakers ?? []).map(speakerName).join(semicolon)) })
        continue
      }
      const start = parseTime(item.start)
      // The afternoon begins with its first formal item: a lunch break stays at the end of the morning.
      const session = afternoon.entries.length > 0 || (start !== null && start >= AFTERNOON && item.segment !== 'break') ? afternoon : morning
      if (item.segment === 'break') {
        session.entries.push({ kind: 'break', day: dayIndex, time, title })
        continue
      }
      const number = numbers[programme.days.indexOf(day)]?.[day.items.indexOf(item)]?.number ?? 0
      const annotation = item.description?.trim() ? pick(item.description, texts?.description) : null
      const subItems = (item.subItems ?? []).map((sub, index): PrintableSubItem => {
        const subTexts = texts?.subItems?.[index]
        const letter = lang === 'ar' ? `(${AR_LETTERS[index % AR_LETTERS.length]})` : latinLetter(index)
        return {
          label: num(lang === 'ar' ? `${number} ${letter}` : `${number}${letter}`),
          title: pick(sub.title, subTexts?.title),
          annotation: sub.description?.trim() ? pick(sub.description, subTexts?.description) : null,
        }
      })
      const untranslated = lang !== 'en' && [title, annotation, ...subItems.flatMap((s) => [s.title, s.annotation])].some((text) => text !== null && text.lang !== lang)
      const speakers = item.speakers?.length ? fill(labels.speakers, { names: clean(item.speakers.map(speakerName).join(semicolon)) }) : null
      const invited = item.invited?.states.length ? fill(labels.invited, { basis: clean(item.invited.basis), states: item.invited.states.map(stateName).join(comma) }) : null
      const actions = item.actions?.length ? fill(labels.actions, { actions: num(actionRanges(item.actions)) }) : null
      const thematic = item.segment === 'thematic' || day.thematic
      const inSegment = item.segment === 'thematic' && !day.thematic
      const length = [title, annotation, ...subItems.flatMap((s) => [s.title, s.annotation])].reduce((sum, text) => sum + (text?.text.length ?? 0), speakers?.length ?? 0)
      session.entries.push({
        kind: 'item',
        day: dayIndex,
        time,
        number: num(`${number}.`),
        title,
        originalOnly: untranslated ? labels.originalOnly : null,
        annotation,
        subItems,
        speakers,
        actions,
        footnote: invited,
        thematic,
        segmentHeading: inSegment && !previousThematic ? labels.thematicSegment : null,
        breakable: length > LONG_ENTRY,
      })
      previousThematic = inSegment
    }
    const chair = day.chair
    const room = day.room?.trim() ? fill(labels.room, { room: clean(day.room.trim()) }) : null
    for (const [session, name] of [
      [morning, chair?.morning],
      [afternoon, chair?.afternoon],
    ] as const) {
      if (name?.trim()) session.details.push(fill(labels.chair, { name: clean(name.trim()) }))
      if (room) session.details.push(room)
    }
    printableDays.push({
      heading,
      continued: fill(labels.continued, { day: heading }),
      badge: day.thematic ? labels.thematicDay : null,
      sessions: [morning, afternoon].filter((session) => session.entries.length > 0),
    })
  })
  // Side events at a glance: by day, then by start time (stable, so equal times keep their order).
  const sideEventRows = sideEvents.map((event, index) => ({ event, index }))
  sideEventRows.sort((a, b) => (a.event.date === b.event.date ? a.index - b.index : a.event.date < b.event.date ? -1 : 1))

  const first = days[0]?.date
  const last = days.at(-1)?.date
  const venueTranslated = translation ? programme.translations?.[translation]?.venue : null
  const changes = (meta.changes ?? []).map(clean).filter((change) => change.trim() !== '')
  const replacedOn = meta.replaces ? num(formatDayMonthYear(meta.replaces.issuedOn, lang)) : ''
  const replaces = meta.replaces
    ? meta.replaces.symbol?.trim()
      ? fill(labels.replacesSymbol, { symbol: clean(meta.replaces.symbol.trim()), date: replacedOn })
      : fill(labels.replaces, { date: replacedOn })
    : null
  const draftLine = `${labels.notForDistribution} · ${printedLine}`

  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    digits,
    fonts: lang === 'ar' ? FONTS_RTL : FONTS_LTR,
    latinFonts: FONTS_LTR,
    metadata: {
      title: `${symbol ?? meetingsOfYear} – ${documentTitle}${draft ? ` (${labels.draftMark})` : ''}`,
      author: labels.convention,
      keywords: [labels.meetings, String(programme.year)],
    },
    watermark: draft ? labels.draftMark : null,
    header: draft ? draftLine : (symbol ?? meetingsOfYear),
    footer: draft ? draftLine : (symbol ?? meetingsOfYear),
    pageOf: labels.pageOf,
    masthead: {
      convention: labels.shortConvention,
      symbol,
      lines: draft
        ? [labels.notForDistribution, printedLine]
        : [fill(labels.issuedOn, { date: num(formatDayMonthYear(meta.issuedOn, lang)) }), fill(labels.original, { language: labels.originalLanguage })],
      draft,
    },
    heading: {
      convention: labels.convention,
      meetings: labels.meetings,
      dates: first && last ? num(formatDateRange(first, last, lang)) : '',
      venue: pick(programme.venue, venueTranslated),
      title: documentTitle,
      notice: draft ? labels.draftNotice : null,
    },
    revision: !draft && meta.revision > 0 && (replaces || changes.length) ? { replaces, changesHeading: labels.changes, changes } : null,
    days: printableDays,
    sideEvents: {
      heading: labels.sideEvents,
      intro: sideEventRows.length ? labels.sideEventsIntro : labels.sideEventsNone,
      columns: { date: labels.date, time: labels.time, event: labels.event, hosts: labels.hosts },
      rows: sideEventRows.map(({ event }) => ({ ...event, date: num(formatShortDate(event.date, lang)) })),
    },
  }
}
