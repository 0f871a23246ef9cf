// The programme of one year's Intersessional Meetings: interchange format versions 1 and 2
// (programme-format.md), as zod schemas. Strict objects: an unknown field is refused, so a typo
// never passes silently, and a version 1 document cannot use the fields of version 2. Item times are
// any short string here: a string that is not `HH:MM` is the rulebook's `item-times` finding, not a
// schema one. Every text and list is bounded by the limits the editor has (limits.ts).
import { z } from 'zod'
import { dayNumber } from './dates'
import { LIMITS, MAX_YEAR, MIN_YEAR, characters } from './limits'
import {
  COMMITTEE_IDS,
  FORMAT_IDS,
  OBJECTIVE_IDS,
  SEGMENT_IDS,
  SPEAKER_KINDS,
  STATE_SPEAKER_KINDS,
  TRANSLATION_LANGUAGES,
  type TranslationLanguage,
} from './vocabulary'

/** Why a custom check refused a value: the code of a `schema` finding's parameters (see parse.ts). */
export type SchemaCheck =
  | 'empty'
  | 'too-long'
  | 'not-a-date'
  | 'repeated-date'
  | 'repeated-entry'
  | 'not-a-state'
  | 'state-required'
  | 'state-not-allowed'
  | 'end-before-start'
  | 'translated-sub-items'
  | 'speakers-too-long'
  | 'too-many'

type Shown = string | number
/** Refuses a value with a sentence (the end of "The field X ...") and the values it names. */
function refuse(ctx: z.RefinementCtx, check: SchemaCheck, message: string, values: Record<string, Shown> = {}, path?: (string | number)[]) {
  ctx.addIssue({ code: 'custom', message, params: { check, ...values }, ...(path ? { path } : {}) })
}

/** At most 40 characters of a value shown back in a message. */
export const shortened = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value)

export const IsoDateSchema = z.string().superRefine((date, ctx) => {
  if (dayNumber(date) === null) {
    refuse(ctx, 'not-a-date', `must be a real calendar date written YYYY-MM-DD, but it is ${JSON.stringify(shortened(date))}`, { value: shortened(date) })
  }
})

/** Text of at most `max` characters; `required` also refuses an empty or blank text. */
function text(max: number, required = false) {
  return z.string().superRefine((value, ctx) => {
    if (required && value.trim() === '') refuse(ctx, 'empty', 'must not be empty')
    // The length in UTF-16 units is never below the count of characters: count only when it may be over.
    else if (value.length > max && characters(value) > max) {
      const count = characters(value)
      refuse(ctx, 'too-long', `must be at most ${max} characters long, but it has ${count}`, { maximum: max, count })
    }
  })
}

/** Required text shown to people: title, venue, a name, a room. */
const LabelSchema = text(LIMITS.label, true)
/** A title that may be empty (an item not yet named), as long as a label. */
const TitleSchema = text(LIMITS.label)
const DescriptionSchema = text(LIMITS.description)

/** Where a list repeats an entry first: [repetition, first], or null. */
function repetition(list: readonly unknown[]): [number, number] | null {
  // A few entries are compared in place; more go through a map.
  if (list.length <= 8) {
    for (let i = 1; i < list.length; i += 1) for (let j = 0; j < i; j += 1) if (list[i] === list[j]) return [i, j]
    return null
  }
  const first = new Map<unknown, number>()
  for (const [index, value] of list.entries()) {
    const seen = first.get(value)
    if (seen !== undefined) return [index, seen]
    first.set(value, index)
  }
  return null
}

/**
 * A list of at most `max` entries, all different when `distinctEntries` names what they are (a repeated
 * entry is named at its first repetition). One refinement rather than zod's `.max()`: the same
 * finding, at a third of the cost on the many small lists of a programme; it runs whatever the
 * entries, so a list far too long is told so beside its entries' mistakes.
 */
function list<T extends z.ZodType>(entry: T, max: number, distinctEntries?: string, also?: (entries: z.output<T>[], ctx: z.RefinementCtx) => void) {
  return z.array(entry).superRefine(
    (entries, ctx) => {
      if (entries.length > max) {
        refuse(ctx, 'too-many', `must hold at most ${max} ${max === 1 ? 'entry' : 'entries'}, but it has ${entries.length}`, { maximum: max, count: entries.length })
        return
      }
      // Below: valid entries only (see `when`).
      if (distinctEntries) {
        const repeated = repetition(entries)
        if (repeated) {
          const [index, first] = repeated
          const value = entries[index]
          const shown = typeof value === 'number' ? value : shortened(String(value))
          refuse(ctx, 'repeated-entry', `repeats ${JSON.stringify(shown)} of entry ${first}; each ${distinctEntries} is listed once`, { value: shown, first }, [index])
        }
      }
      also?.(entries, ctx)
    },
    // The length is told whatever the entries; the other checks wait for entries without mistakes.
    { when: (payload) => Array.isArray(payload.value) && (payload.value.length > max || payload.issues.length === 0) },
  )
}

export const SegmentSchema = z.enum(SEGMENT_IDS)
export const CommitteeIdSchema = z.enum(COMMITTEE_IDS)
export const ObjectiveIdSchema = z.enum(OBJECTIVE_IDS)
export const FormatSchema = z.enum(FORMAT_IDS)
export const SpeakerKindSchema = z.enum(SPEAKER_KINDS)

/** A State by its ISO 3166-1 alpha-3 code, upper case: `KHM`, `COL`, `UKR`. */
export const IsoStateSchema = z.string().superRefine((code, ctx) => {
  if (!/^[A-Z]{3}$/.test(code)) {
    const shown = shortened(code)
    refuse(ctx, 'not-a-state', `must be the ISO 3166-1 alpha-3 code of a State, three capital letters (for example KHM), but it is ${JSON.stringify(shown)}`, {
      value: shown,
    })
  }
})

/** The names of an item's speakers, one per line as the editor's field shows them, fit in that field. */
function speakersFitTheEditor(names: readonly string[], ctx: z.RefinementCtx): void {
  const length = names.reduce((sum, name) => sum + characters(name), 0) + Math.max(0, names.length - 1)
  if (length > LIMITS.speakersText) {
    const message = `must hold at most ${LIMITS.speakersText} characters of names (one per line, as the editor shows them), but they have ${length}`
    refuse(ctx, 'speakers-too-long', message, { maximum: LIMITS.speakersText, count: length })
  }
}

// ---- Version 1 -------------------------------------------------------------------------------

const ObjectivesSchema = list(ObjectiveIdSchema, OBJECTIVE_IDS.length, 'objective')

const SpeakersV1Schema = list(LabelSchema, LIMITS.speakersPerItem, undefined, speakersFitTheEditor)

const itemFieldsV1 = {
  start: TitleSchema,
  end: TitleSchema,
  title: TitleSchema,
  segment: SegmentSchema.default('general'),
  committee: CommitteeIdSchema.nullable().default(null),
  objectives: ObjectivesSchema.default([]),
  description: DescriptionSchema.optional(),
}

export const ItemV1Schema = z.strictObject({ ...itemFieldsV1, speakers: SpeakersV1Schema.optional() })

export const DayV1Schema = z.strictObject({
  date: IsoDateSchema,
  thematic: z.boolean(),
  items: list(ItemV1Schema, LIMITS.itemsPerDay),
})

export const FormatDecisionSchema = z.strictObject({
  decidedBy: TitleSchema,
  decidedOn: IsoDateSchema,
  consultedCoordinatingCommittee: z.boolean(),
  rationale: DescriptionSchema,
})

export const OtherMeetingSchema = z
  .strictObject({
    name: TitleSchema,
    start: IsoDateSchema,
    end: IsoDateSchema,
  })
  .superRefine((meeting, ctx) => {
    // ISO dates compare as text; only reached when both are real dates.
    if (meeting.end < meeting.start) {
      const message = `must not be before the start (${meeting.start}), but it is ${meeting.end}`
      refuse(ctx, 'end-before-start', message, { start: meeting.start, end: meeting.end }, ['end'])
    }
  })

function daysSchema<T extends z.ZodType>(day: T) {
  return z
    .array(day)
    .min(1)
    .max(LIMITS.days)
    .superRefine(
      (days, ctx) => {
        const firstIndexOfDate = new Map<string, number>()
        days.forEach((entry: unknown, index) => {
          // Runs even when some day is invalid (see `when`), so look at each date with care.
          const date = typeof entry === 'object' && entry !== null ? (entry as { date?: unknown }).date : undefined
          if (typeof date !== 'string' || dayNumber(date) === null) return
          const first = firstIndexOfDate.get(date)
          if (first === undefined) firstIndexOfDate.set(date, index)
          else {
            const message = `repeats the date ${date} of days[${first}]; each day must have its own date`
            refuse(ctx, 'repeated-date', message, { date, first }, [index, 'date'])
          }
        })
      },
      // A duplicate date is worth reporting beside any other mistake in the days.
      { when: (payload) => Array.isArray(payload.value) && payload.value.length <= LIMITS.days },
    )
}

const YearSchema = z.number().int().min(MIN_YEAR).max(MAX_YEAR)

const programmeFieldsV1 = {
  year: YearSchema,
  title: LabelSchema,
  venue: LabelSchema,
  format: FormatSchema.nullable(),
  formatDecision: FormatDecisionSchema.nullable(),
  otherMeetings: list(OtherMeetingSchema, LIMITS.otherMeetings).default([]),
}

export const ProgrammeV1Schema = z.strictObject({ version: z.literal(1), ...programmeFieldsV1, days: daysSchema(DayV1Schema) })

// ---- Version 2: who speaks, which actions, in which language -----------------------------------

/** A speaker object: `state` is the State's code, for a State Party or an observer State only. */
export const SpeakerObjectSchema = z
  .strictObject({ name: LabelSchema, kind: SpeakerKindSchema, state: IsoStateSchema.optional() })
  .superRefine((speaker, ctx) => {
    const forState = STATE_SPEAKER_KINDS.has(speaker.kind)
    if (forState && speaker.state === undefined) {
      const message = `is required for a speaker of kind "${speaker.kind}": the State's ISO 3166-1 alpha-3 code`
      refuse(ctx, 'state-required', message, { kind: speaker.kind }, ['state'])
    }
    if (!forState && speaker.state !== undefined) {
      const message = `is only for a speaker of kind "state-party" or "observer-state", not "${speaker.kind}"`
      refuse(ctx, 'state-not-allowed', message, { kind: speaker.kind }, ['state'])
    }
  })

/** A speaker: a name (of kind `other`) or a speaker object. */
export const SpeakerSchema = z.union([LabelSchema, SpeakerObjectSchema])

const SpeakersV2Schema = list(SpeakerSchema, LIMITS.speakersPerItem, undefined, (speakers, ctx) =>
  speakersFitTheEditor(
    speakers.map((s) => (typeof s === 'string' ? s : s.name)),
    ctx,
  ),
)

/** The States Parties invited to speak on an item, and why them (the annotated programme's footnote). */
export const InvitationSchema = z.strictObject({
  states: list(IsoStateSchema, LIMITS.invitedStates, 'State').min(1),
  basis: LabelSchema,
})

export const ActionsSchema = list(z.number().int().min(1).max(LIMITS.actionNumber), LIMITS.actionsPerItem, 'action')

export const SubItemSchema = z.strictObject({ title: LabelSchema, description: DescriptionSchema.optional() })

/** Texts in each language of TRANSLATION_LANGUAGES, each optional. */
function inLanguages<T extends z.ZodType>(texts: T) {
  const shape = Object.fromEntries(TRANSLATION_LANGUAGES.map((language) => [language, texts.optional()])) as Record<TranslationLanguage, z.ZodOptional<T>>
  return z.strictObject(shape)
}

// Each text as limited as its original.
export const SubItemTranslationSchema = z.strictObject({ title: LabelSchema.optional(), description: DescriptionSchema.optional() })
export const ItemTranslationSchema = z.strictObject({
  title: TitleSchema.optional(),
  description: DescriptionSchema.optional(),
  subItems: list(SubItemTranslationSchema, LIMITS.subItemsPerItem).optional(),
})
export const ProgrammeTranslationSchema = z.strictObject({ title: LabelSchema.optional(), venue: LabelSchema.optional() })
export const ItemTranslationsSchema = inLanguages(ItemTranslationSchema)
export const ProgrammeTranslationsSchema = inLanguages(ProgrammeTranslationSchema)

export const ItemV2Schema = z
  .strictObject({
    ...itemFieldsV1,
    speakers: SpeakersV2Schema.optional(),
    invited: InvitationSchema.optional(),
    actions: ActionsSchema.optional(),
    subItems: list(SubItemSchema, LIMITS.subItemsPerItem).optional(),
    translations: ItemTranslationsSchema.optional(),
  })
  .superRefine((item, ctx) => {
    // The translated sub-items are those of the item, in its order: there cannot be more of them.
    const count = item.subItems?.length ?? 0
    for (const language of TRANSLATION_LANGUAGES) {
      const translated = item.translations?.[language]?.subItems?.length ?? 0
      if (translated > count) {
        const message = `holds ${translated} translated sub-items, but the item has ${count === 0 ? 'none' : count}`
        refuse(ctx, 'translated-sub-items', message, { language, count: translated, subItems: count }, ['translations', language, 'subItems'])
      }
    }
  })

/** Who presides the day's sessions when it is not the President: the morning's, the afternoon's, or both. */
export const ChairSchema = z.strictObject({ morning: LabelSchema.optional(), afternoon: LabelSchema.optional() }).superRefine((chair, ctx) => {
  // An empty chair says nothing: left out, the President presides (and an export gives back the same document).
  if (chair.morning === undefined && chair.afternoon === undefined) refuse(ctx, 'empty', 'must name the chair of the morning, of the afternoon or of both; leave it out when the President presides')
}, { when: (payload) => payload.issues.length === 0 })

export const DayV2Schema = z.strictObject({
  date: IsoDateSchema,
  thematic: z.boolean(),
  chair: ChairSchema.optional(),
  room: LabelSchema.optional(),
  items: list(ItemV2Schema, LIMITS.itemsPerDay),
})

export const ProgrammeV2Schema = z.strictObject({
  version: z.literal(2),
  ...programmeFieldsV1,
  translations: ProgrammeTranslationsSchema.optional(),
  days: daysSchema(DayV2Schema),
})

/** The fields version 2 adds, by where they stand: a version 1 document that uses one is told so. */
export const VERSION_2_FIELDS = {
  programme: ['translations'],
  day: ['chair', 'room'],
  item: ['invited', 'actions', 'subItems', 'translations'],
} as const

/** A valid programme of either version, defaults filled in. A version 1 programme has none of the version 2 fields. */
export type Programme = Omit<z.output<typeof ProgrammeV2Schema>, 'version'> & { version: 1 | 2 }
/** A programme as it may be written (defaults may be left out): what an import or a database row turns into. */
export type ProgrammeInput = Omit<z.input<typeof ProgrammeV2Schema>, 'version'> & { version: 1 | 2 }

/** Either version, chosen by the document's `version`; a version 1 document means what it always meant. */
export const ProgrammeSchema: z.ZodType<Programme, ProgrammeInput> = z.discriminatedUnion('version', [ProgrammeV1Schema, ProgrammeV2Schema])

export { CURRENT_VERSION } from './format-version'

export type Day = z.output<typeof DayV2Schema>
export type DayInput = z.input<typeof DayV2Schema>
export type Item = z.output<typeof ItemV2Schema>
export type ItemInput = z.input<typeof ItemV2Schema>
export type FormatDecision = z.output<typeof FormatDecisionSchema>
export type OtherMeeting = z.output<typeof OtherMeetingSchema>
export type Speaker = z.output<typeof SpeakerSchema>
export type SpeakerObject = z.output<typeof SpeakerObjectSchema>
export type Invitation = z.output<typeof InvitationSchema>
export type SubItem = z.output<typeof SubItemSchema>
export type ItemTranslations = z.output<typeof ItemTranslationsSchema>
export type ProgrammeTranslations = z.output<typeof ProgrammeTranslationsSchema>
export type Chair = z.output<typeof ChairSchema>
