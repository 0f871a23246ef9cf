// The editor's forms and the server actions share these schemas: the browser checks as a courtesy,
// the server parses again.
import { z } from 'zod'
import { fieldError } from '@/lib/field-errors'
import { COMMITTEE_IDS, FORMAT_IDS, isIsoDate, LIMITS, OBJECTIVE_IDS, parseTime, SEGMENT_IDS, SPEAKER_KINDS, STATE_SPEAKER_KINDS, TRANSLATION_LANGUAGES, type TranslationLanguage } from '@/lib/programme'

const time = z.string().trim().refine((t) => parseTime(t) !== null, fieldError('time'))
const date = z.string().refine(isIsoDate, fieldError('date'))
const text = (max: number, message: string) => z.string().trim().min(1, message).max(max, fieldError('tooLong', { maximum: max }))
const id = z.string().min(1).max(64)
const optionalText = (max: number) => z.string().trim().max(max, 'itemTexts.errors.tooLong')
const stateCode = z.string().trim().refine((code) => /^[A-Z]{3}$/.test(code), 'itemTexts.errors.chooseState')

/** One object with a key per language of TRANSLATION_LANGUAGES, each optional. */
function perLanguage<T extends z.ZodType>(texts: T) {
  return z.object(Object.fromEntries(TRANSLATION_LANGUAGES.map((language) => [language, texts.optional()])) as Record<TranslationLanguage, z.ZodOptional<T>>)
}

/** An item's texts in one language, as the form's Translations section holds them (empty: not translated). */
export const ItemTextsFieldsSchema = z.object({
  title: optionalText(LIMITS.label),
  description: optionalText(LIMITS.description),
  /** The sub-items' titles, in the item's order. */
  subItems: z.array(optionalText(LIMITS.label)).max(LIMITS.subItemsPerItem),
})
export type ItemTextsFields = z.input<typeof ItemTextsFieldsSchema>

/** A speaker's kind, and the State for a State Party or an observer State, by the name typed in the speakers' field. */
export const SpeakerKindFieldsSchema = z
  .object({ name: z.string().trim().max(LIMITS.label), kind: z.enum(SPEAKER_KINDS), state: z.string().trim() })
  .superRefine((v, ctx) => {
    if (STATE_SPEAKER_KINDS.has(v.kind) && !stateCode.safeParse(v.state).success) ctx.addIssue({ code: 'custom', path: ['state'], message: 'itemTexts.errors.speakerState' })
  })
export type SpeakerKindFields = z.input<typeof SpeakerKindFieldsSchema>

/** The States invited to present on the item and why; no State: no invitation. */
export const InvitedFieldsSchema = z
  .object({ states: z.array(stateCode).max(LIMITS.invitedStates), basis: optionalText(LIMITS.label) })
  .refine((v) => v.states.length === 0 || v.basis !== '', { path: ['basis'], message: 'itemTexts.errors.basis' })
export type InvitedFields = z.input<typeof InvitedFieldsSchema>

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
    // The fields below are optional: absent, what the item has stays as it was.
    /** The texts in French, Spanish, Arabic: a language absent is left as it was, a text emptied is removed. */
    translations: perLanguage(ItemTextsFieldsSchema).optional(),
    /** The kind (and State) of each speaker named above; a name not listed here keeps what it had. */
    speakerKinds: z.array(SpeakerKindFieldsSchema).max(LIMITS.speakersPerItem).optional(),
    /** The actions of the year's Action Plan the item addresses. */
    actions: z.array(z.number().int().min(1).max(LIMITS.actionNumber)).max(LIMITS.actionsPerItem).optional(),
    invited: InvitedFieldsSchema.optional(),
  })
  .refine((v) => parseTime(v.start) === null || parseTime(v.end) === null || parseTime(v.end)! > parseTime(v.start)!, {
    path: ['end'],
    message: fieldError('endAfterStart'),
  })
export type ItemFields = z.input<typeof ItemFieldsSchema>

export { speakersOf } from './speaker-lines'

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

/** The programme's title and venue in one language (empty: not translated). */
export const ProgrammeTextsFieldsSchema = z.object({ title: optionalText(LIMITS.label), venue: optionalText(LIMITS.label) })
export type ProgrammeTextsFields = z.input<typeof ProgrammeTextsFieldsSchema>

export const SettingsFieldsSchema = z.object({
  title: text(LIMITS.label, fieldError('title')),
  venue: text(LIMITS.label, fieldError('venue')),
  /** The title and venue in French, Spanish, Arabic; absent: left as they are. */
  translations: perLanguage(ProgrammeTextsFieldsSchema).optional(),
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
