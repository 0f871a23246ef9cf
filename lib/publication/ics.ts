// The programme as an iCalendar file (RFC 5545), written by hand: every item except the breaks
// (they would only clutter a calendar), side events included and marked, at Geneva's local time
// with the Europe/Zurich time zone described in the file (VTIMEZONE), so that any calendar shows
// the right hour whatever its own zone. Pure: no I/O.
import { itemTextsIn, parseTime, speakerNamesIn, type Item, type Programme } from '@/lib/programme'
import { stateName, type StateLanguage } from '@/lib/states/names'
import { programmeOutline } from '@/lib/programme/outline'

export const CALENDAR_TIME_ZONE = 'Europe/Zurich'

export type CalendarOptions = {
  /** The symbol as printed, revision included (`APLC/MSP.23/2026/1/Rev.1`, or `Rev.1` alone); '' for none. */
  fullSymbol: string
  /** 0 for the original, 1 for Rev.1 ...: the SEQUENCE of every event, so calendars take a revision as an update. */
  revision: number
  /** Published or approved: CONFIRMED; otherwise TENTATIVE. */
  final: boolean
  /** The moment the file is made (DTSTAMP). */
  now: Date
  /** The reader's language: the items' titles and descriptions where entered in it (else as entered), and the States that speak. */
  language?: StateLanguage
  /** Fixed words in the reader's language. */
  labels: {
    /** `Speakers: {names}` */
    speakers: string
    /** `Item {number}` */
    item: string
    sideEvent: string
    calendarName: string
  }
  /** The public page of the programme, given as the events' URL. */
  url?: string
  /** itemIds[d][i] is the id of days[d].items[i] (a release's snapshot): an item keeps one UID across retimes and releases. */
  itemIds?: readonly (readonly string[])[]
  /** Items of earlier releases that this one no longer has: sent as cancelled events, so that calendars remove them. */
  cancelled?: readonly CancelledEvent[]
}

/** An item an earlier release had, where it last stood. */
export type CancelledEvent = { id: string; date: string; start: string; end: string; title: string }

const domain = '@intersessional-planner'
const itemUid = (id: string) => `item-${id}${domain}`

/**
 * The items of earlier releases (oldest first) that `current` no longer has, each where it last stood.
 * Only items with an id are followed (a release's snapshot has them).
 */
export function cancelledSince(earlier: readonly { programme: Programme; itemIds?: readonly (readonly string[])[] }[], currentIds: readonly (readonly string[])[]): CancelledEvent[] {
  const present = new Set(currentIds.flat())
  const last = new Map<string, CancelledEvent>()
  for (const release of earlier) {
    release.programme.days.forEach((day, d) =>
      day.items.forEach((item, i) => {
        const id = release.itemIds?.[d]?.[i]
        if (id && !present.has(id) && item.segment !== 'break') last.set(id, { id, date: day.date, start: item.start, end: item.end, title: item.title })
      }),
    )
  }
  return [...last.values()]
}

// Central European Time since 1996: summer time from the last Sunday of March (02:00) to the last
// Sunday of October (03:00), as the EU rules and the tz database's Europe/Zurich have it.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_TIME_ZONE}`,
  `X-LIC-LOCATION:${CALENDAR_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

/** TEXT value escaping (RFC 5545, 3.3.11); control characters other than line breaks are dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\t/g, ' ')
    .replace(/\n/g, '\\n')
}

const encoder = new TextEncoder()

/** Folds a content line at 75 octets (RFC 5545, 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = 75 // the first line; continuation lines start with a space, so they hold 74
  for (const character of line) {
    const size = encoder.encode(character).length
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = 74
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const localDateTime = (date: string, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`

const utcStamp = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

function describe(item: Item, options: CalendarOptions, number: number | null): string {
  const parts: string[] = []
  const language = options.language ?? 'en'
  const description = itemTextsIn(item, language).description
  if (description) parts.push(description.text)
  if (item.speakers?.length) parts.push(options.labels.speakers.replace('{names}', speakerNamesIn(item.speakers, (iso) => stateName(iso, language)).join('; ')))
  const symbol = options.fullSymbol ? `${options.fullSymbol} · ` : ''
  parts.push(number === null ? `${symbol}${options.labels.sideEvent}` : `${symbol}${options.labels.item.replace('{number}', String(number))}`)
  return parts.join('\n\n')
}

/** The iCalendar text of the programme, lines ending in CRLF. */
export function programmeCalendar(programme: Programme, options: CalendarOptions): string {
  const outline = programmeOutline(programme)
  const numberOf = new Map<Item, number>()
  for (const day of outline.days) for (const entry of day.entries) if (entry.kind === 'item') numberOf.set(entry.item, entry.number)

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Intersessional Planner//APMBC Intersessional Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.labels.calendarName)}`,
    `X-WR-TIMEZONE:${CALENDAR_TIME_ZONE}`,
    ...VTIMEZONE,
  ]
  const stamp = utcStamp(options.now)
  const idOf = new Map<Item, string>()
  programme.days.forEach((day, d) => day.items.forEach((item, i) => options.itemIds?.[d]?.[i] && idOf.set(item, options.itemIds[d]![i]!)))
  const days = [...programme.days].sort((a, b) => (a.date < b.date ? -1 : 1))
  for (const day of days) {
    const startsSeen = new Map<string, number>()
    for (const item of day.items) {
      if (item.segment === 'break') continue
      const start = parseTime(item.start)
      if (start === null) continue // a malformed time has no place in a calendar (the rulebook reports it)
      const end = parseTime(item.end)
      const nth = (startsSeen.get(item.start) ?? 0) + 1
      startsSeen.set(item.start, nth)
      const sideEvent = item.segment === 'side-event'
      lines.push(
        'BEGIN:VEVENT',
        // An item of a release keeps its UID whatever happens to its time; a draft's item has none to keep.
        `UID:${idOf.has(item) ? itemUid(idOf.get(item)!) : `apmbc-ism-${programme.year}-${day.date.replace(/-/g, '')}-${item.start.replace(':', '')}-${nth}${domain}`}`,
        `DTSTAMP:${stamp}`,
        `SEQUENCE:${options.revision}`,
        `DTSTART;TZID=${CALENDAR_TIME_ZONE}:${localDateTime(day.date, item.start)}`,
        ...(end !== null && end > start ? [`DTEND;TZID=${CALENDAR_TIME_ZONE}:${localDateTime(day.date, item.end)}`] : []),
        `SUMMARY:${escapeText(itemTextsIn(item, options.language ?? 'en').title.text)}`,
        `DESCRIPTION:${escapeText(describe(item, options, numberOf.get(item) ?? null))}`,
        `LOCATION:${escapeText(programme.venue)}`,
        `STATUS:${options.final ? 'CONFIRMED' : 'TENTATIVE'}`,
        ...(sideEvent ? [`CATEGORIES:${escapeText(options.labels.sideEvent)}`, 'TRANSP:TRANSPARENT'] : []),
        ...(options.url ? [`URL:${options.url}`] : []),
        'END:VEVENT',
      )
    }
  }
  for (const gone of options.cancelled ?? []) {
    const start = parseTime(gone.start)
    if (start === null) continue
    const end = parseTime(gone.end)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${itemUid(gone.id)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${options.revision}`,
      `DTSTART;TZID=${CALENDAR_TIME_ZONE}:${localDateTime(gone.date, gone.start)}`,
      ...(end !== null && end > start ? [`DTEND;TZID=${CALENDAR_TIME_ZONE}:${localDateTime(gone.date, gone.end)}`] : []),
      `SUMMARY:${escapeText(gone.title)}`,
      'STATUS:CANCELLED',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
