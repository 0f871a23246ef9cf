// The editor's forms and the server actions share these schemas: the browser checks as a courtesy,
// the server parses again.
import { z } from 'zod'
import { fieldError } from '@/lib/field-errors'
import { COMMITTEE_IDS, FORMAT_IDS, isIsoDate, LIMITS, OBJECTIVE_IDS, parseTime, SEGMENT_IDS } from '@/lib/programme'

const time = z.string().trim().refine((t) => parseTime(t) !== null, fieldError('time'))
const date = z.string().refine(isIsoDate, fieldError('date'))
const text = (max: number, message: string) => z.string().trim().min(1, message).max(max, fieldError('tooLong', { maximum: max }))
const id = z.string().min(1).max(64)

export const ItemFieldsSchema = z
  .object({
    start: time,
    end: time,
    title: text(LIMITS.label, fieldError('title')),
    description: z.string().trim().max(LIMITS.description),
    segment: z.enum(SEGMENT_IDS),
    committee: z.union([z.enum(COMMITTEE_IDS), z.literal('')]),
    objectives: z.array(z.enum(OBJECTIVE_IDS)),
    /** One speaker per line. */
    speakers: z.string().max(LIMITS.speakersText),
    /** The lettered parts of the item (4a, 4b), without times; absent: left as they are. */
    subItems: z
      .array(z.object({ title: text(LIMITS.label, fieldError('title')), description: z.string().trim().max(LIMITS.description) }))
      .max(LIMITS.subItemsPerItem, fieldError('tooManySubItems', { maximum: LIMITS.subItemsPerItem }))
      .optional(),
  })
  .refine((v) => parseTime(v.start) === null || parseTime(v.end) === null || parseTime(v.end)! > parseTime(v.start)!, {
    path: ['end'],
    message: fieldError('endAfterStart'),
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
  .refine((v) => !v.itemId || v.version !== undefined, { path: ['version'], message: fieldError('versionRequired') })
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
  title: text(LIMITS.label, fieldError('title')),
  venue: text(LIMITS.label, fieldError('venue')),
  days: z
    .array(z.object({ id: id.optional(), date, thematic: z.boolean() }))
    .min(1, fieldError('oneDay'))
    .max(LIMITS.days, fieldError('tooManyDays', { maximum: LIMITS.days }))
    .superRefine((days, ctx) => {
      const seen = new Map<string, number>()
      days.forEach((d, i) => {
        if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path: [i, 'date'], message: fieldError('repeatedDate', { date: d.date }) })
        seen.set(d.date, i)
      })
    }),
})
export type SettingsFields = z.input<typeof SettingsFieldsSchema>

export const SaveSettingsSchema = z.object({ programmeId: id, version: z.number().int().positive(), fields: SettingsFieldsSchema })
export type SaveSettingsInput = z.input<typeof SaveSettingsSchema>

export const FormatFieldsSchema = z.object({
  format: z.enum(FORMAT_IDS, { message: fieldError('format') }),
  decidedOn: date,
  rationale: z.string().trim().min(1, fieldError('rationale')).max(LIMITS.description),
  /** Kept for older clients; the server sets it from the consultation named below (a bare tick counts for nothing). */
  consultedCoordinatingCommittee: z.boolean().default(false),
  /** A closed consultation round of this application, or: */
  consultationId: z.string().max(64).nullable(),
  /** the date of the Coordinating Committee's meeting where it was consulted, on or before the decision, */
  consultedOn: z.union([date, z.literal('')]).nullable().default(null).transform((v) => v || null),
  /** with a note (which meeting, what it said). */
  consultationNote: z.string().trim().max(500).default(''),
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
