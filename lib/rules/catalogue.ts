// The rulebook (rulebook.md, version 2) as data: the checker reports by these ids, and the screens
// show the title, the description, the source and the words of the source. Changing an id is a
// breaking change. `params` names the values each rule's findings carry beside their English sentence.

export type Level = 'error' | 'warning' | 'info'

export type RuleId =
  | 'schema'
  | 'year-mismatch'
  | 'weekend'
  | 'item-times'
  | 'item-overlap'
  | 'break-overlap'
  | 'unog-holiday'
  | 'interpretation-hours'
  | 'core-objectives'
  | 'transparency-deadline'
  | 'meeting-length'
  | 'consecutive-days'
  | 'committee-coverage'
  | 'preparatory-segment'
  | 'other-meeting-clash'
  | 'one-per-year'
  | 'format-undecided'
  | 'format-consultation'
  | 'thematic-segment-missing'
  | 'thematic-day-misplaced'
  | 'thematic-day-missing'
  | 'thematic-day-content'
  | 'thematic-day-empty'
  | 'thematic-item-stray'
  | 'thematic-day-detached'

export interface Rule {
  id: RuleId
  level: Level
  /** The first year the rule applies to; null for any year. */
  from: number | null
  /** A short name for lists. */
  title: string
  /** When a programme breaks the rule, as the rulebook says it. */
  description: string
  /** The source column of the rulebook, e.g. "3RC, Art. 7"; "-" when the rule is the format's own. */
  source: string
  /**
   * The words of the source the rule rests on, quoted from the source documents; several passages
   * are joined by " … ". Null when the rulebook names no written source (the format itself, practice).
   */
  sourceText: string | null
  /** The names of the values in its findings' `params` (dates ISO, times HH:MM, ids, titles, counts). */
  params: readonly string[]
}

const RC3_EACH_YEAR =
  'agreed that informal Intersessional Meetings will be held each year, preferably after the 30 April deadline for submitting transparency information'
const RC3_SEGMENTS = 'they could comprise a thematic segment and a preparatory segment'
const RC3_SAME_WEEK =
  'These meetings need not be more than two days long, permitting them to be scheduled during the same week as the meetings of other Conventions or activities'
const RC4_OPTIONS =
  'consider on an annual basis the option of either a) adding a thematic segment during the two-day intersessional meetings or b) adding a day of thematic discussions to allow topics that are relevant to the Convention to be addressed, including the status of the implementation of the Oslo Action Plan.'
const RC4_CONSULTATION = 'The President will consider and decide on these options in consultations with the Coordinating Committee.'
const RC4_SEGMENT = 'a) adding a thematic segment during the two-day intersessional meetings'
const RC4_DAY =
  'b) adding a day of thematic discussions to allow topics that are relevant to the Convention to be addressed, including the status of the implementation of the Oslo Action Plan'

export const RULES: readonly Rule[] = [
  {
    id: 'schema',
    level: 'error',
    from: null,
    title: 'A valid programme',
    description: 'The document is not a valid programme of the interchange format; the finding says which field and why.',
    source: '-',
    sourceText: null,
    // `problem` says what is wrong (SchemaProblem in lib/programme/parse.ts); the others are those its sentence names.
    params: ['field', 'problem', 'key', 'version2', 'expected', 'actual', 'options', 'value', 'minimum', 'maximum', 'count', 'first', 'date', 'start', 'end', 'kind', 'language', 'subItems'],
  },
  {
    id: 'year-mismatch',
    level: 'error',
    from: null,
    title: "Days in the programme's year",
    description: "A meeting day is not in the programme's year.",
    source: '-',
    sourceText: null,
    params: ['date', 'year'],
  },
  {
    id: 'weekend',
    level: 'error',
    from: null,
    title: 'No weekend days',
    description: 'A meeting day falls on a Saturday or a Sunday.',
    source: 'practice',
    sourceText: null,
    params: ['date'],
  },
  {
    id: 'item-times',
    level: 'error',
    from: null,
    title: 'Valid item times',
    description:
      "An item's end is not after its start, or a time is not written HH:MM from 00:00 to 23:59.",
    source: '-',
    sourceText: null,
    params: ['date', 'title', 'problem', 'field', 'value', 'start', 'end'],
  },
  {
    id: 'item-overlap',
    level: 'error',
    from: null,
    title: 'No overlapping items',
    description:
      'Two items of one day, neither of them a break or a side event, overlap in time (items that only touch are fine).',
    source: '-',
    sourceText: null,
    params: ['date', 'firstTitle', 'firstStart', 'firstEnd', 'secondTitle', 'secondStart', 'secondEnd'],
  },
  {
    id: 'break-overlap',
    level: 'warning',
    from: null,
    title: 'Breaks kept free',
    description: 'An item other than a break or a side event overlaps a break of its day (items that only touch it are fine).',
    source: 'practice',
    sourceText: null,
    params: ['date', 'title', 'start', 'end', 'breakTitle', 'breakStart', 'breakEnd'],
  },
  {
    id: 'unog-holiday',
    level: 'warning',
    from: null,
    title: 'No UNOG holiday',
    description:
      "A meeting day is an official holiday of the United Nations Office at Geneva: 1 January, Good Friday, Easter Monday, Ascension Day, Whit Monday, Jeûne genevois or 25 December (holidays announced each year are entered among the other meetings).",
    source: 'UNOG practice',
    sourceText: null,
    params: ['date', 'holiday'],
  },
  {
    id: 'interpretation-hours',
    level: 'warning',
    from: null,
    title: 'Within interpreted hours',
    description:
      'An item other than a break or a side event does not fit wholly inside 10:00-13:00 or wholly inside 15:00-18:00, the interpreted meeting slots at the United Nations Office at Geneva.',
    source: 'UNOG practice',
    sourceText: null,
    params: ['date', 'title', 'start', 'end'],
  },
  {
    id: 'core-objectives',
    level: 'warning',
    from: 2003,
    title: 'Every core objective served',
    description:
      'One of the four core humanitarian objectives is served by no item of the formal meeting (an item that is neither a side event nor a break).',
    source: '4MSP',
    sourceText:
      'This President\'s Paper identified these areas most directly related to the core humanitarian objectives of the Convention as being the following: … to destroy anti-personnel mines that remain in stockpiles; … to clear areas containing anti-personnel mines; … to provide assistance to landmine survivors; and, … to ensure universal acceptance of the ban on anti-personnel mines.',
    params: ['objective'],
  },
  {
    id: 'transparency-deadline',
    level: 'warning',
    from: 2015,
    title: 'After the transparency deadline',
    description: "The earliest meeting day is not after 30 April of the programme's year (30 April itself is not after it).",
    source: '3RC, Art. 7',
    sourceText: RC3_EACH_YEAR,
    params: ['date', 'deadline'],
  },
  {
    id: 'meeting-length',
    level: 'warning',
    from: 2015,
    title: 'Two days long',
    description: 'The meetings have more than 2 days, or more than 3 when a thematic day is added.',
    source: '3RC, 4RC',
    sourceText: `${RC3_SAME_WEEK} … ${RC4_OPTIONS}`,
    params: ['count', 'maximum', 'thematicDay'],
  },
  {
    id: 'consecutive-days',
    level: 'warning',
    from: 2015,
    title: 'Consecutive days of one week',
    description: 'The meeting days are not consecutive working days (Monday to Friday) of one calendar week.',
    source: '3RC "same week"',
    sourceText: RC3_SAME_WEEK,
    params: ['dates'],
  },
  {
    id: 'committee-coverage',
    level: 'warning',
    from: 2015,
    title: 'Every Committee heard',
    description: 'One of the four Committees has no item of the formal meeting (an item that is neither a side event nor a break).',
    source: '3RC',
    sourceText:
      'the Conference agreed to establish the following mechanisms, thereby replacing the five Standing Committees established by decisions taken at previous Meetings of the States Parties and Review Conferences: … The Committee on Article 5 Implementation … The Committee on Cooperative Compliance … The Committee on Victim Assistance … The Committee on Enhancing Cooperation and Assistance',
    params: ['committee'],
  },
  {
    id: 'preparatory-segment',
    level: 'info',
    from: 2015,
    title: 'A preparatory segment',
    description: 'No item is in the preparatory segment.',
    source: '3RC',
    sourceText: RC3_SEGMENTS,
    params: [],
  },
  {
    id: 'other-meeting-clash',
    level: 'warning',
    from: 2015,
    title: 'No clash with other meetings',
    description: 'A meeting day is also a day of a listed meeting of another Convention or activity.',
    source: '3RC "same week"',
    sourceText: RC3_SAME_WEEK,
    params: ['date', 'meeting', 'start', 'end'],
  },
  {
    id: 'one-per-year',
    level: 'error',
    from: null,
    title: 'One programme a year',
    description: 'Two programmes in one collection share a year; each of them gets the finding.',
    source: '3RC "each year"',
    sourceText: 'agreed that informal Intersessional Meetings will be held each year',
    params: ['year', 'others'],
  },
  {
    id: 'format-undecided',
    level: 'error',
    from: 2020,
    title: 'Format decided',
    description: 'The format of the meetings (a thematic segment or a thematic day) is not decided.',
    source: '4RC',
    sourceText: `${RC4_OPTIONS} ${RC4_CONSULTATION}`,
    params: ['year'],
  },
  {
    id: 'format-consultation',
    level: 'error',
    from: 2020,
    title: 'Format decided in consultation',
    description:
      'The format is set but there is no decision record, or the record does not say that the Coordinating Committee was consulted.',
    source: '4RC',
    sourceText: RC4_CONSULTATION,
    params: ['format', 'problem', 'decidedOn'],
  },
  {
    id: 'thematic-segment-missing',
    level: 'error',
    from: 2020,
    title: 'Thematic segment held',
    description: 'The format is a thematic segment and no item of the thematic segment is on a day not marked thematic.',
    source: '4RC a)',
    sourceText: RC4_SEGMENT,
    params: [],
  },
  {
    id: 'thematic-day-misplaced',
    level: 'error',
    from: 2020,
    title: 'No thematic day with a thematic segment',
    description: 'The format is a thematic segment and a day is marked thematic.',
    source: '4RC a)',
    sourceText: RC4_SEGMENT,
    params: ['date'],
  },
  {
    id: 'thematic-day-missing',
    level: 'error',
    from: 2020,
    title: 'One thematic day',
    description: 'The format is a thematic day and not exactly one day is marked thematic.',
    source: '4RC b)',
    sourceText: RC4_DAY,
    params: ['count', 'dates'],
  },
  {
    id: 'thematic-day-content',
    level: 'error',
    from: 2020,
    title: 'Thematic day kept thematic',
    description:
      'The format is a thematic day and the day marked thematic holds an item whose segment is not thematic, opening, closing, side event or break.',
    source: '4RC b)',
    sourceText: RC4_DAY,
    params: ['date', 'title', 'start', 'end', 'segment'],
  },
  {
    id: 'thematic-day-empty',
    level: 'error',
    from: 2020,
    title: 'Thematic day held',
    description: 'The format is a thematic day, exactly one day is marked thematic, and that day holds no item of the thematic segment.',
    source: '4RC b) "a day of thematic discussions"',
    sourceText: RC4_DAY,
    params: ['date'],
  },
  {
    id: 'thematic-item-stray',
    level: 'warning',
    from: 2020,
    title: 'Thematic items on the thematic day',
    description: 'The format is a thematic day and an item of the thematic segment stands on a day not marked thematic.',
    source: '4RC b)',
    sourceText: RC4_DAY,
    params: ['date', 'title', 'start', 'end'],
  },
  {
    id: 'thematic-day-detached',
    level: 'warning',
    from: 2020,
    title: 'Thematic day beside the meetings',
    description:
      'The format is a thematic day, exactly one day is marked thematic, and it is neither the working day right before the earliest other day nor the one right after the latest.',
    source: '4RC b) "adding a day"',
    sourceText: 'b) adding a day of thematic discussions',
    params: ['date', 'before', 'after'],
  },
]

export const RULE_BY_ID: Readonly<Record<RuleId, Rule>> = Object.fromEntries(RULES.map((rule) => [rule.id, rule])) as Record<
  RuleId,
  Rule
>

/** Whether a rule binds the meetings of a year: the decision behind it did not bind earlier ones. */
export function ruleAppliesTo(rule: RuleId, year: number): boolean {
  const from = RULE_BY_ID[rule].from
  return from === null || year >= from
}
