// The format rules (4RC): each year the President decides, in consultation with the Coordinating
// Committee, between a thematic segment inside the two days and a thematic day added to them.
// While the format is undecided only `format-undecided` speaks; the thematic rules wait.
import { FORMAT_LABELS, SEGMENT_LABELS, type Segment } from '../programme/vocabulary'
import { nextWorkingDayNumber, previousWorkingDayNumber, dateOfDayNumber } from '../programme/dates'
import { dayPath, itemPath, type DayFacts, type ProgrammeFacts } from './facts'
import { finding } from './finding'
import { runFamily, type RuleFamily, type RuleReport } from './family'
import { listed, quotedTitle, timeSpan, writtenDate, writtenDay } from './wording'

// format-undecided: 4RC, "The President will consider and decide on these options".
function formatUndecided(facts: ProgrammeFacts, report: RuleReport): void {
  if (facts.programme.format !== null) return
  report.add(() =>
    finding(
      'format-undecided',
      `The format of the ${facts.year} meetings is not decided: a thematic segment during the two days, or a day of thematic discussions added to them.`,
      'format',
      { year: facts.year },
    ),
  )
}

// format-consultation: 4RC, the President decides "in consultations with the Coordinating Committee".
function formatConsultation(facts: ProgrammeFacts, report: RuleReport): void {
  const { format, formatDecision } = facts.programme
  if (format === null) return
  const chosen = FORMAT_LABELS[format].toLowerCase()
  if (formatDecision === null) {
    report.add(() =>
      finding(
        'format-consultation',
        `The format is set (${chosen}), but no decision record shows the President decided it in consultation with the Coordinating Committee.`,
        'formatDecision',
        { format, problem: 'no-decision-record', decidedOn: null },
      ),
    )
    return
  }
  if (formatDecision.consultedCoordinatingCommittee === true) return
  report.add(() =>
    finding(
      'format-consultation',
      `The decision of ${writtenDate(facts, formatDecision.decidedOn)} on the format (${chosen}) does not record that the Coordinating Committee was consulted.`,
      'formatDecision.consultedCoordinatingCommittee',
      { format, problem: 'not-consulted', decidedOn: formatDecision.decidedOn },
    ),
  )
}

// thematic-segment-missing: 4RC a), "adding a thematic segment during the two-day intersessional meetings".
function thematicSegmentMissing(facts: ProgrammeFacts, report: RuleReport): void {
  if (facts.programme.format !== 'thematic-segment') return
  const held = facts.programme.days.some((day) => !day.thematic && day.items.some((item) => item.segment === 'thematic'))
  if (held) return
  report.add(() =>
    finding(
      'thematic-segment-missing',
      'The format is a thematic segment during the two days, but no item of the thematic segment is on a regular meeting day.',
      'days',
    ),
  )
}

// thematic-day-misplaced: 4RC a), a thematic segment is held during the two days, not on a day of its own.
function thematicDayMisplaced(facts: ProgrammeFacts, report: RuleReport): void {
  if (facts.programme.format !== 'thematic-segment') return
  for (const day of facts.chronological) {
    if (!day.day.thematic) continue
    report.add(() =>
      finding(
        'thematic-day-misplaced',
        `${writtenDay(facts, day)} is marked as a thematic day, but the format is a thematic segment during the two days.`,
        `${dayPath(day)}.thematic`,
        { date: day.day.date },
      ),
    )
  }
}

/** The days marked thematic, by date. */
const thematicDays = (facts: ProgrammeFacts) => facts.chronological.filter((day) => day.day.thematic)

/** The one day marked thematic when the format is a thematic day and exactly one is marked; else null. */
function theThematicDay(facts: ProgrammeFacts): DayFacts | null {
  if (facts.programme.format !== 'thematic-day') return null
  const marked = thematicDays(facts)
  return marked.length === 1 ? (marked[0] ?? null) : null
}

// thematic-day-missing: 4RC b), "adding a day of thematic discussions": one day.
function thematicDayMissing(facts: ProgrammeFacts, report: RuleReport): void {
  if (facts.programme.format !== 'thematic-day') return
  const thematic = thematicDays(facts)
  if (thematic.length === 1) return
  report.add(() => {
    const message =
      thematic.length === 0
        ? 'The format is a day of thematic discussions, but no day is marked as the thematic day.'
        : `The format is a day of thematic discussions, but ${thematic.length} days are marked thematic (${listed(thematic.map((day) => writtenDay(facts, day)))}); exactly one should be.`
    return finding('thematic-day-missing', message, 'days', { count: thematic.length, dates: thematic.map((day) => day.day.date) })
  })
}

/** What a thematic day may hold besides its thematic discussions. */
const ALLOWED_ON_THEMATIC_DAY: ReadonlySet<Segment> = new Set<Segment>(['thematic', 'opening', 'closing', 'side-event', 'break'])

// thematic-day-content: 4RC b), the added day is "a day of thematic discussions".
function thematicDayContent(facts: ProgrammeFacts, report: RuleReport): void {
  if (facts.programme.format !== 'thematic-day') return
  for (const day of facts.chronological) {
    if (!day.day.thematic) continue
    for (const item of day.byTime) {
      if (ALLOWED_ON_THEMATIC_DAY.has(item.item.segment)) continue
      report.add(() =>
        finding(
          'thematic-day-content',
          `${quotedTitle(item)} (${timeSpan(item)}) on the thematic day, ${writtenDay(facts, day)}, is in the segment "${SEGMENT_LABELS[item.item.segment]}"; the thematic day holds thematic discussions.`,
          `${itemPath(item)}.segment`,
          { date: day.day.date, title: item.item.title, start: item.item.start, end: item.item.end, segment: item.item.segment },
        ),
      )
    }
  }
}

// thematic-day-empty: 4RC b), "a day of thematic discussions": the added day holds them.
function thematicDayEmpty(facts: ProgrammeFacts, report: RuleReport): void {
  const day = theThematicDay(facts)
  if (!day || day.items.some((item) => item.item.segment === 'thematic')) return
  report.add(() =>
    finding(
      'thematic-day-empty',
      `The thematic day, ${writtenDay(facts, day)}, holds no item of the thematic segment; it is added for a day of thematic discussions.`,
      `${dayPath(day)}.items`,
      { date: day.day.date },
    ),
  )
}

// thematic-item-stray: 4RC b), with a thematic day the thematic discussions are held on that day.
function thematicItemStray(facts: ProgrammeFacts, report: RuleReport): void {
  if (facts.programme.format !== 'thematic-day') return
  for (const day of facts.chronological) {
    if (day.day.thematic) continue
    for (const item of day.byTime) {
      if (item.item.segment !== 'thematic') continue
      report.add(() =>
        finding(
          'thematic-item-stray',
          `${quotedTitle(item)} (${timeSpan(item)}) on ${writtenDay(facts, day)} is in the thematic segment, but that day is not the thematic day; with a day of thematic discussions added, they are held on it.`,
          `${itemPath(item)}.segment`,
          { date: day.day.date, title: item.item.title, start: item.item.start, end: item.item.end },
        ),
      )
    }
  }
}

// thematic-day-detached: 4RC b), "adding a day" to the two-day meetings: right before or right after them.
function thematicDayDetached(facts: ProgrammeFacts, report: RuleReport): void {
  const thematicDay = theThematicDay(facts)
  const others = facts.chronological.filter((day) => !day.day.thematic)
  const earliest = others[0]
  const latest = others[others.length - 1]
  // Without other days there is nothing to be detached from; several thematic days are thematic-day-missing.
  if (!thematicDay || !earliest || !latest) return
  const before = previousWorkingDayNumber(earliest.dayNumber)
  const after = nextWorkingDayNumber(latest.dayNumber)
  if (thematicDay.dayNumber === before || thematicDay.dayNumber === after) return
  report.add(() =>
    finding(
      'thematic-day-detached',
      `The thematic day, ${writtenDay(facts, thematicDay)}, is not next to the other meeting days: it would be ${writtenDate(facts, dateOfDayNumber(before))} or ${writtenDate(facts, dateOfDayNumber(after))}.`,
      `${dayPath(thematicDay)}.date`,
      { date: thematicDay.day.date, before: dateOfDayNumber(before), after: dateOfDayNumber(after) },
    ),
  )
}

const FORMAT: RuleFamily = {
  'format-undecided': formatUndecided,
  'format-consultation': formatConsultation,
  'thematic-segment-missing': thematicSegmentMissing,
  'thematic-day-misplaced': thematicDayMisplaced,
  'thematic-day-missing': thematicDayMissing,
  'thematic-day-content': thematicDayContent,
  'thematic-day-empty': thematicDayEmpty,
  'thematic-item-stray': thematicItemStray,
  'thematic-day-detached': thematicDayDetached,
}

export const checkFormat = (facts: ProgrammeFacts, limit: number) => runFamily(FORMAT, facts, limit)
