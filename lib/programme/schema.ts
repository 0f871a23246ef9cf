// The programme of one year's Intersessional Meetings: interchange format version 1
// (programme-format.md), as zod schemas. Strict objects: an unknown field is refused, so a typo
// never passes silently. Item times are any string here: a string that is not `HH:MM` is the
// rulebook's `item-times` finding, not a schema one.
import { z } from 'zod'
import { dayNumber } from './dates'
import { COMMITTEE_IDS, FORMAT_IDS, OBJECTIVE_IDS, SEGMENT_IDS } from './vocabulary'

const MAX_TEXT = 300

/** Number of characters as people count them (an emoji is one), not UTF-16 units. */
const characters = (text: string) => {
  let count = 0
  for (const _ of text) count += 1
  return count
}

export const IsoDateSchema = z.string().superRefine((date, ctx) => {
  if (dayNumber(date) === null) {
    ctx.addIssue({ code: 'custom', message: `must be a real calendar date written YYYY-MM-DD, but it is ${JSON.stringify(date)}` })
  }
})

/** Required text shown to people: title and venue. */
const LabelSchema = z.string().superRefine((text, ctx) => {
  if (text.trim() === '') ctx.addIssue({ code: 'custom', message: 'must not be empty' })
  else if (characters(text) > MAX_TEXT) {
    ctx.addIssue({ code: 'custom', message: `must be at most ${MAX_TEXT} characters long, but it has ${characters(text)}` })
  }
})

export const SegmentSchema = z.enum(SEGMENT_IDS)
export const CommitteeIdSchema = z.enum(COMMITTEE_IDS)
export const ObjectiveIdSchema = z.enum(OBJECTIVE_IDS)
export const FormatSchema = z.enum(FORMAT_IDS)

export const ItemSchema = z.strictObject({
  start: z.string(),
  end: z.string(),
  title: z.string(),
  segment: SegmentSchema.default('general'),
  committee: CommitteeIdSchema.nullable().default(null),
  objectives: z.array(ObjectiveIdSchema).default([]),
  description: z.string().optional(),
  speakers: z.array(z.string()).optional(),
})

export const DaySchema = z.strictObject({
  date: IsoDateSchema,
  thematic: z.boolean(),
  items: z.array(ItemSchema),
})

export const FormatDecisionSchema = z.strictObject({
  decidedBy: z.string(),
  decidedOn: IsoDateSchema,
  consultedCoordinatingCommittee: z.boolean(),
  rationale: z.string(),
})

export const OtherMeetingSchema = z
  .strictObject({
    name: z.string(),
    start: IsoDateSchema,
    end: IsoDateSchema,
  })
  .superRefine((meeting, ctx) => {
    // ISO dates compare as text; only reached when both are real dates.
    if (meeting.end < meeting.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `must not be before the start (${meeting.start}), but it is ${meeting.end}` })
    }
  })

const DaysSchema = z
  .array(DaySchema)
  .min(1)
  .superRefine(
    (days, ctx) => {
      const firstIndexOfDate = new Map<string, number>()
      days.forEach((day: unknown, index) => {
        // Runs even when some day is invalid (see `when`), so look at each date with care.
        const date = typeof day === 'object' && day !== null ? (day as { date?: unknown }).date : undefined
        if (typeof date !== 'string' || dayNumber(date) === null) return
        const first = firstIndexOfDate.get(date)
        if (first === undefined) firstIndexOfDate.set(date, index)
        else ctx.addIssue({ code: 'custom', path: [index, 'date'], message: `repeats the date ${date} of days[${first}]; each day must have its own date` })
      })
    },
    // A duplicate date is worth reporting beside any other mistake in the days.
    { when: (payload) => Array.isArray(payload.value) },
  )

export const ProgrammeSchema = z.strictObject({
  version: z.literal(1),
  year: z.number().int(),
  title: LabelSchema,
  venue: LabelSchema,
  format: FormatSchema.nullable(),
  formatDecision: FormatDecisionSchema.nullable(),
  days: DaysSchema,
  otherMeetings: z.array(OtherMeetingSchema).default([]),
})

/** A valid programme, defaults filled in. */
export type Programme = z.output<typeof ProgrammeSchema>
/** A programme as it may be written (defaults may be left out): what an import or a database row turns into. */
export type ProgrammeInput = z.input<typeof ProgrammeSchema>
export type Day = z.output<typeof DaySchema>
export type DayInput = z.input<typeof DaySchema>
export type Item = z.output<typeof ItemSchema>
export type ItemInput = z.input<typeof ItemSchema>
export type FormatDecision = z.output<typeof FormatDecisionSchema>
export type OtherMeeting = z.output<typeof OtherMeetingSchema>
