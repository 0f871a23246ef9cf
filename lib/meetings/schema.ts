// The editor's forms and the server actions share these schemas: the browser checks as a courtesy,
// the server parses again.
import { z } from 'zod'
import { COMMITTEE_IDS, FORMAT_IDS, isIsoDate, LIMITS, OBJECTIVE_IDS, parseTime, SEGMENT_IDS } from '@/lib/programme'

const time = z.string().trim().refine((t) => parseTime(t) !== null, 'Enter a time from 00:00 to 23:59, written HH:MM (for example 10:00)')
const date = z.string().refine(isIsoDate, 'Enter a date written YYYY-MM-DD (for example 2027-06-15)')
const text = (max: number, message: string) => z.string().trim().min(1, message).max(max, `At most ${max} characters`)
const id = z.string().min(1).max(64)

export const ItemFieldsSchema = z
  .object({
    start: time,
    end: time,
    title: text(LIMITS.label, 'Enter a title'),
    description: z.string().trim().max(LIMITS.description, `At most ${LIMITS.description} characters`),
    segment: z.enum(SEGMENT_IDS),
    committee: z.union([z.enum(COMMITTEE_IDS), z.literal('')]),
    objectives: z.array(z.enum(OBJECTIVE_IDS)),
    /** One speaker per line. */
    speakers: z.string().max(LIMITS.speakersText, `At most ${LIMITS.speakersText} characters`),
    /** The lettered parts of the item (4a, 4b), without times; absent: left as they are. */
    subItems: z
      .array(z.object({ title: text(LIMITS.label, 'Enter a title'), description: z.string().trim().max(LIMITS.description, `At most ${LIMITS.description} characters`) }))
      .max(LIMITS.subItemsPerItem, `At most ${LIMITS.subItemsPerItem} sub-items`)
      .optional(),
  })
  .refine((v) => parseTime(v.start) === null || parseTime(v.end) === null || parseTime(v.end)! > parseTime(v.start)!, {
    path: ['end'],
    message: 'The end must be after the start',
  })
export type ItemFields = z.input<typeof ItemFieldsSchema>

export const speakersOf = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)

export const SaveItemSchema = z
  .object({
    programmeId: id,
    dayId: id,
    itemId: id.optional(),
    /** The item's version when the user started editing; absent for a new item, required for an existing one. */
    version: z.number().int().positive().optional(),
    fields: ItemFieldsSchema,
    /** Move the items after this one by as much as its end moved. */
    shiftFollowing: z.boolean().default(false),
  })
  .refine((v) => !v.itemId || v.version !== undefined, { path: ['version'], message: 'The version the change started from is required' })
export type SaveItemInput = z.input<typeof SaveItemSchema>

export const DeleteItemSchema = z.object({ itemId: id, version: z.number().int().positive() })

export const MoveItemSchema = z.union([
  z.object({ itemId: id, version: z.number().int().positive(), direction: z.enum(['up', 'down']) }),
  z.object({ itemId: id, version: z.number().int().positive(), toDayId: id, toIndex: z.number().int().min(0) }),
])
export type MoveItemInput = z.input<typeof MoveItemSchema>

/** From the timetable: an item dropped at a time of a day (`move`), or its end dragged (`resize`). */
export const PlaceItemSchema = z.object({
  itemId: id,
  version: z.number().int().positive(),
  dayId: id,
  mode: z.enum(['move', 'resize']),
  /** The start asked for (move) or the end asked for (resize), HH:MM; the server snaps and fits it. */
  time: time,
})
export type PlaceItemInput = z.input<typeof PlaceItemSchema>

export const SettingsFieldsSchema = z.object({
  title: text(LIMITS.label, 'Enter a title'),
  venue: text(LIMITS.label, 'Enter the venue'),
  days: z
    .array(z.object({ id: id.optional(), date, thematic: z.boolean() }))
    .min(1, 'A programme needs at least one day')
    .max(LIMITS.days, `At most ${LIMITS.days} days`)
    .superRefine((days, ctx) => {
      const seen = new Map<string, number>()
      days.forEach((d, i) => {
        if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `Two days have the date ${d.date}` })
        seen.set(d.date, i)
      })
    }),
})
export type SettingsFields = z.input<typeof SettingsFieldsSchema>

export const SaveSettingsSchema = z.object({ programmeId: id, version: z.number().int().positive(), fields: SettingsFieldsSchema })
export type SaveSettingsInput = z.input<typeof SaveSettingsSchema>

export const FormatFieldsSchema = z.object({
  format: z.enum(FORMAT_IDS, { message: 'Choose a thematic segment or a thematic day' }),
  decidedOn: date,
  rationale: z.string().trim().min(1, 'Say why, in a sentence or two').max(LIMITS.description, `At most ${LIMITS.description} characters`),
  /** Kept for older clients; the server sets it from the consultation named below (a bare tick counts for nothing). */
  consultedCoordinatingCommittee: z.boolean().default(false),
  /** A closed consultation round of this application, or: */
  consultationId: z.string().max(64).nullable(),
  /** the date of the Coordinating Committee's meeting where it was consulted, on or before the decision, */
  consultedOn: z.union([date, z.literal('')]).nullable().default(null).transform((v) => v || null),
  /** with a note (which meeting, what it said). */
  consultationNote: z.string().trim().max(500, 'At most 500 characters').default(''),
})
export type FormatFields = z.input<typeof FormatFieldsSchema>

export const FormatDecisionSchema = z.object({
  programmeId: id,
  version: z.number().int().positive(),
  /** The President decides; the ISU proposes. */
  kind: z.enum(['decide', 'propose']),
  fields: FormatFieldsSchema,
})
export type FormatDecisionInput = z.input<typeof FormatDecisionSchema>
