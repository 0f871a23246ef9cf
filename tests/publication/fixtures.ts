// Programmes for the publication tests and the PDF benchmark: plain interchange documents.
import { ProgrammeSchema, formatTime, type ItemInput, type Programme } from '../../lib/programme'

/** A full programme: `days` days of `itemsPerDay` entries, with a lunch break and a side event each day. */
export function largeProgramme({ year = 2026, days = 3, itemsPerDay = 20 }: { year?: number; days?: number; itemsPerDay?: number } = {}): Programme {
  const dates = Array.from({ length: days }, (_, i) => `${year}-06-${String(16 + i).padStart(2, '0')}`)
  let n = 0
  const formalPerDay = itemsPerDay - 2
  const slot = Math.floor((3 * 60 * 2) / formalPerDay) // two interpreted blocks of 3 hours
  return ProgrammeSchema.parse({
    version: 1,
    year,
    title: 'Intersessional Meetings',
    venue: 'Geneva, Palais des Nations, Room XIX',
    format: 'thematic-segment',
    formatDecision: null,
    days: dates.map((date, d) => {
      const items: ItemInput[] = []
      for (let i = 0; i < formalPerDay; i += 1) {
        const start = i < formalPerDay / 2 ? 600 + i * slot : 900 + (i - formalPerDay / 2) * slot
        n += 1
        items.push({
          start: formatTime(start),
          end: formatTime(start + slot),
          title: `Statement ${n}: progress in the implementation of the Oslo Action Plan`,
          description: `Presentation by the Co-Chairs followed by interactive discussion (${n}).`,
          segment: d === 1 && i < 3 ? 'thematic' : 'committee',
          committee: 'article-5',
          speakers: ['Co-Chair, Committee on Article 5 Implementation', `Delegation ${n}`],
        })
        if (i === Math.floor(formalPerDay / 2) - 1) {
          items.push({ start: '13:00', end: '15:00', title: 'Lunch break', segment: 'break' })
          items.push({ start: '13:15', end: '14:45', title: `Side event ${d + 1}: mine risk education in practice`, segment: 'side-event', speakers: ['Host organisation'] })
        }
      }
      return { date, thematic: false, items }
    }),
    otherMeetings: [],
  })
}

/** A small programme whose every text field can be replaced, for accents and hostile payloads. */
export function smallProgramme(overrides: { title?: string; description?: string; speaker?: string; venue?: string; sideEvent?: string } = {}): Programme {
  return ProgrammeSchema.parse({
    version: 1,
    year: 2026,
    title: 'Intersessional Meetings',
    venue: overrides.venue ?? 'Geneva, Palais des Nations',
    format: 'thematic-day',
    formatDecision: null,
    days: [
      {
        date: '2026-06-16',
        thematic: true,
        items: [
          { start: '10:00', end: '10:30', title: 'Opening of the thematic day', segment: 'opening' },
          { start: '10:30', end: '13:00', title: overrides.title ?? 'Thematic discussion', description: overrides.description, speakers: overrides.speaker ? [overrides.speaker] : undefined, segment: 'thematic' },
          { start: '13:00', end: '15:00', title: 'Lunch break', segment: 'break' },
          { start: '13:15', end: '14:45', title: overrides.sideEvent ?? 'Side event on survivors', segment: 'side-event', speakers: ['Host'] },
        ],
      },
      {
        date: '2026-06-17',
        thematic: false,
        items: [
          { start: '10:00', end: '13:00', title: 'Committee on Article 5 Implementation', segment: 'committee', committee: 'article-5' },
          { start: '15:00', end: '18:00', title: 'Closing of the Intersessional Meetings', segment: 'closing' },
        ],
      },
    ],
    otherMeetings: [],
  })
}
