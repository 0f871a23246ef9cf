// The format rules (4RC): each year the President decides, in consultation with the Coordinating
// Committee, between a thematic segment inside the two days and a thematic day added to them.
// While the format is undecided only `format-undecided` speaks; the thematic rules wait.
import { FORMAT_LABELS, SEGMENT_LABELS, nextWorkingDayNumber, previousWorkingDayNumber, dateOfDayNumber, type Segment } from '../programme'
import { dayPath, itemPath, type ProgrammeFacts } from './facts'
import { finding, type Finding } from './finding'
import { runFamily, type RuleFamily } from './family'
import { listed, quotedTitle, timeSpan, writtenDate, writtenDay } from './wording'

// format-undecided: 4RC, "The President will consider and decide on these options".
function formatUndecided(facts: ProgrammeFacts): Finding[] {
  if (facts.programme.format !== null) return []
  return [
    finding(
      'format-undecided',
      `The format of the ${facts.year} meetings is not decided: a thematic segment during the two days, or a day of thematic discussions added to them.`,
      'format',
    ),
  ]
}

// format-consultation: 4RC, the President decides "in consultations with the Coordinating Committee".
function formatConsultation(facts: ProgrammeFacts): Finding[] {
  const { format, formatDecision } = facts.programme
  if (format === null) return []
  const chosen = FORMAT_LABELS[format].toLowerCase()
  if (formatDecision === null) {
    return [
      finding(
        'format-consultation',
        `The format is set (${chosen}), but no decision record shows the President decided it in consultation with the Coordinating Committee.`,
        'formatDecision',
      ),
    ]
  }
  if (formatDecision.consultedCoordinatingCommittee === true) return []
  return [
    finding(
      'format-consultation',
      `The decision of ${writtenDate(facts, formatDecision.decidedOn)} on the format (${chosen}) does not record that the Coordinating Committee was consulted.`,
      'formatDecision.consultedCoordinatingCommittee',
    ),
  ]
}

// thematic-segment-missing: 4RC a), "adding a thematic segment during the two-day intersessional meetings".
function thematicSegmentMissing(facts: ProgrammeFacts): Finding[] {
  if (facts.programme.format !== 'thematic-segment') return []
  const held = facts.programme.days.some((day) => !day.thematic && day.items.some((item) => item.segment === 'thematic'))
  if (held) return []
  return [
    finding(
      'thematic-segment-missing',
      'The format is a thematic segment during the two days, but no item of the thematic segment is on a regular meeting day.',
      'days',
    ),
  ]
}

// thematic-day-misplaced: 4RC a), a thematic segment is held during the two days, not on a day of its own.
function thematicDayMisplaced(facts: ProgrammeFacts): Finding[] {
  if (facts.programme.format !== 'thematic-segment') return []
  return facts.days
    .filter((day) => day.day.thematic)
    .map((day) =>
      finding(
        'thematic-day-misplaced',
        `${writtenDay(facts, day)} is marked as a thematic day, but the format is a thematic segment during the two days.`,
        `${dayPath(day)}.thematic`,
      ),
    )
}

// thematic-day-missing: 4RC b), "adding a day of thematic discussions": one day.
function thematicDayMissing(facts: ProgrammeFacts): Finding[] {
  if (facts.programme.format !== 'thematic-day') return []
  const thematic = facts.chronological.filter((day) => day.day.thematic)
  if (thematic.length === 1) return []
  const message =
    thematic.length === 0
      ? 'The format is a day of thematic discussions, but no day is marked as the thematic day.'
      : `The format is a day of thematic discussions, but ${thematic.length} days are marked thematic (${listed(thematic.map((day) => writtenDay(facts, day)))}); exactly one should be.`
  return [finding('thematic-day-missing', message, 'days')]
}

/** What a thematic day may hold besides its thematic discussions. */
const ALLOWED_ON_THEMATIC_DAY: ReadonlySet<Segment> = new Set<Segment>(['thematic', 'opening', 'closing', 'side-event', 'break'])

// thematic-day-content: 4RC b), the added day is "a day of thematic discussions".
function thematicDayContent(facts: ProgrammeFacts): Finding[] {
  if (facts.programme.format !== 'thematic-day') return []
  const findings: Finding[] = []
  for (const day of facts.days) {
    if (!day.day.thematic) continue
    for (const item of day.items) {
      if (ALLOWED_ON_THEMATIC_DAY.has(item.item.segment)) continue
      findings.push(
        finding(
          'thematic-day-content',
          `${quotedTitle(item)} (${timeSpan(item)}) on the thematic day, ${writtenDay(facts, day)}, is in the segment "${SEGMENT_LABELS[item.item.segment]}"; the thematic day holds thematic discussions.`,
          `${itemPath(item)}.segment`,
        ),
      )
    }
  }
  return findings
}

// thematic-day-detached: 4RC b), "adding a day" to the two-day meetings: right before or right after them.
function thematicDayDetached(facts: ProgrammeFacts): Finding[] {
  if (facts.programme.format !== 'thematic-day') return []
  const thematic = facts.days.filter((day) => day.day.thematic)
  const others = facts.chronological.filter((day) => !day.day.thematic)
  const thematicDay = thematic[0]
  const earliest = others[0]
  const latest = others[others.length - 1]
  // Without other days there is nothing to be detached from; several thematic days are thematic-day-missing.
  if (thematic.length !== 1 || !thematicDay || !earliest || !latest) return []
  const before = previousWorkingDayNumber(earliest.dayNumber)
  const after = nextWorkingDayNumber(latest.dayNumber)
  if (thematicDay.dayNumber === before || thematicDay.dayNumber === after) return []
  return [
    finding(
      'thematic-day-detached',
      `The thematic day, ${writtenDay(facts, thematicDay)}, is not next to the other meeting days: it would be ${writtenDate(facts, dateOfDayNumber(before))} or ${writtenDate(facts, dateOfDayNumber(after))}.`,
      `${dayPath(thematicDay)}.date`,
    ),
  ]
}

const FORMAT: RuleFamily = {
  'format-undecided': formatUndecided,
  'format-consultation': formatConsultation,
  'thematic-segment-missing': thematicSegmentMissing,
  'thematic-day-misplaced': thematicDayMisplaced,
  'thematic-day-missing': thematicDayMissing,
  'thematic-day-content': thematicDayContent,
  'thematic-day-detached': thematicDayDetached,
}

export const checkFormat = (facts: ProgrammeFacts) => runFamily(FORMAT, facts)
