// The programme's calendar, read back with a real iCalendar parser (ical.js).
import fs from 'node:fs'
import path from 'node:path'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'
import { ProgrammeSchema, type Programme } from '@/lib/programme'
import { escapeText, foldLine, programmeCalendar, type CalendarOptions } from '@/lib/publication/ics'
import { smallProgramme } from './fixtures'

const options = (changes: Partial<CalendarOptions> = {}): CalendarOptions => ({
  fullSymbol: 'APLC/ISM/2025/1/Rev.1',
  revision: 1,
  final: true,
  now: new Date('2025-05-12T08:30:00Z'),
  labels: { speakers: 'Speakers: {names}', item: 'Item {number}', sideEvent: 'Side event', calendarName: 'Intersessional Meetings 2025 (APLC/ISM/2025/1/Rev.1)' },
  url: 'https://planner.example.org/programme/2025',
  ...changes,
})

const demo2025 = ProgrammeSchema.parse(JSON.parse(fs.readFileSync(path.join(__dirname, '../../prisma/demo/programme-2025.json'), 'utf8')))

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const zone = calendar.getFirstSubcomponent('vtimezone')
  if (zone) ICAL.TimezoneService.register(zone)
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) }
}

afterEach(() => ICAL.TimezoneService.reset())

/** The instant of a Geneva wall-clock time, from the offsets the tz database gives (not from our VTIMEZONE). */
function genevaInstant(date: string, time: string): number {
  const guess = Date.parse(`${date}T${time}:00Z`)
  const offsetOf = (at: number) => {
    const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Zurich', timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0
  }
  return guess - offsetOf(guess - offsetOf(guess))
}

const nonBreakItems = (programme: Programme) => programme.days.flatMap((day) => day.items.map((item) => ({ date: day.date, item }))).filter(({ item }) => item.segment !== 'break')

describe('the programme calendar (.ics)', () => {
  it("is in the reader's language: titles and descriptions where entered in it, else as entered; speaking States named in it", () => {
    const seeded = ProgrammeSchema.parse(JSON.parse(fs.readFileSync(path.join(__dirname, '../../prisma/demo/seed/programme-2025.json'), 'utf8')))
    const { events } = parse(programmeCalendar(seeded, options({ language: 'fr' })))
    const article5 = events.find((e) => e.summary.startsWith('Comité sur la mise en œuvre de l’article 5'))
    expect(article5?.description).toContain('Le Comité présente ses observations')
    expect(article5?.description).toContain('Cambodge; Colombie; Bosnie-Herzégovine')
    const untranslated = seeded.days.flatMap((d) => d.items).filter((i) => i.segment !== 'break' && !i.translations?.fr?.title)
    for (const item of untranslated) expect(events.map((e) => e.summary)).toContain(item.title)
    // Without a language, English as entered.
    expect(parse(programmeCalendar(seeded, options())).events.map((e) => e.summary)).toContain(seeded.days[1]!.items[1]!.title)
  })

  it('has one event per item except the breaks, side events included', () => {
    const { events } = parse(programmeCalendar(demo2025, options()))
    const expected = nonBreakItems(demo2025)
    expect(events).toHaveLength(expected.length)
    expect(events.map((e) => e.summary)).toEqual(expected.map(({ item }) => item.title))
    expect(events.some((e) => e.summary === 'Lunch break')).toBe(false)
  })

  it('places every event at its Geneva time, in Europe/Zurich, with a VTIMEZONE', () => {
    const text = programmeCalendar(demo2025, options())
    const { calendar, events } = parse(text)
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Zurich')
    const expected = nonBreakItems(demo2025)
    events.forEach((event, i) => {
      const { date, item } = expected[i]!
      expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Zurich')
      expect(event.startDate.zone?.tzid).toBe('Europe/Zurich')
      // The wall-clock time as entered, and the instant it means in Geneva (summer time: UTC+2).
      expect(event.startDate.toString()).toBe(`${date}T${item.start}:00`)
      expect(event.endDate.toString()).toBe(`${date}T${item.end}:00`)
      expect(event.startDate.toJSDate().getTime()).toBe(genevaInstant(date, item.start))
      expect(event.endDate.toJSDate().getTime()).toBe(genevaInstant(date, item.end))
    })
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2025-06-16T08:00:00.000Z')
  })

  it('uses winter time for a programme in winter (UTC+1)', () => {
    const winter = ProgrammeSchema.parse({ ...demo2025, days: [{ date: '2026-02-10', thematic: false, items: [{ start: '10:00', end: '11:00', title: 'A winter meeting' }] }] })
    const { events } = parse(programmeCalendar(winter, options()))
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-02-10T09:00:00.000Z')
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2026-02-10T10:00:00.000Z')
  })

  it('describes items with their number, description and speakers; side events are marked', () => {
    const { events } = parse(programmeCalendar(demo2025, options()))
    const second = events[1]!
    expect(second.description).toBe(
      'Panel discussion on progress towards the 2025 milestones of the Action Plan.\n\nSpeakers: Director, Implementation Support Unit; Geneva International Centre for Humanitarian Demining\n\nAPLC/ISM/2025/1/Rev.1 · Item 2',
    )
    expect(second.location).toBe('Geneva, Palais des Nations, Room XVIII')
    const side = events.find((e) => e.summary.startsWith('Side event:'))!
    expect(side.component.getFirstPropertyValue('categories')).toBe('Side event')
    expect(side.description).toContain('APLC/ISM/2025/1/Rev.1 · Side event')
    expect(second.component.getFirstPropertyValue('sequence')).toBe(1)
    expect(second.component.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(second.component.getFirstPropertyValue('url')).toBe('https://planner.example.org/programme/2025')
  })

  it('gives each event a stable, unique UID', () => {
    const first = parse(programmeCalendar(demo2025, options())).events.map((e) => e.uid)
    const again = parse(programmeCalendar(demo2025, options({ now: new Date('2025-07-01T00:00:00Z') }))).events.map((e) => e.uid)
    expect(new Set(first).size).toBe(first.length)
    expect(again).toEqual(first)
  })

  it('marks a draft TENTATIVE', () => {
    const { events } = parse(programmeCalendar(demo2025, options({ final: false })))
    expect(events.every((e) => e.component.getFirstPropertyValue('status') === 'TENTATIVE')).toBe(true)
  })

  it('ends lines with CRLF and folds them at 75 octets without splitting a character', () => {
    const long = `Séance d’ouverture – Año; commas, semicolons; back\\slash and a line\nbreak ${'é'.repeat(80)} 🇨🇭`
    const text = programmeCalendar(smallProgramme({ title: long, description: long, speaker: long }), options())
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const { events } = parse(text)
    expect(events[1]!.summary).toBe(long)
    expect(events[1]!.description).toContain(long)
  })

  it('keeps hostile text as text', () => {
    const hostile = `<script>alert(1)</script> '; DROP TABLE "Item";-- {{7*7}}\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected`
    const { events } = parse(programmeCalendar(smallProgramme({ title: hostile, venue: hostile }), options()))
    expect(events).toHaveLength(nonBreakItems(smallProgramme()).length)
    expect(events[1]!.summary).toBe(hostile.replace(/\r\n/g, '\n'))
    expect(events[1]!.location).toBe(hostile.replace(/\r\n/g, '\n'))
  })

  it('leaves out an item whose time is not HH:MM', () => {
    const broken = smallProgramme()
    broken.days[1]!.items[0]!.start = '9h'
    expect(parse(programmeCalendar(broken, options())).events).toHaveLength(nonBreakItems(smallProgramme()).length - 1)
  })
})

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks; drops control characters', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ngh i')
  })

  it('folds at 75 octets, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'x'.repeat(200)}`
    const folded = foldLine(line).split('\r\n')
    expect(folded[0]).toHaveLength(75)
    expect(folded.slice(1).every((part) => part.startsWith(' ') && part.length <= 75)).toBe(true)
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line)
    expect(foldLine('SHORT:line')).toBe('SHORT:line')
  })
})
