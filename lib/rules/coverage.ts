// The coverage rules: what the programme as a whole must give time to.
import { COMMITTEE_IDS, COMMITTEE_NAMES, OBJECTIVE_AIMS, OBJECTIVE_IDS, OBJECTIVE_LABELS, type CommitteeId, type ObjectiveId } from '../programme'
import type { ProgrammeFacts } from './facts'
import { finding, type Finding } from './finding'
import { runFamily, type RuleFamily } from './family'

// core-objectives: 4MSP, the President's Paper's "core humanitarian objectives of the Convention".
function coreObjectives(facts: ProgrammeFacts): Finding[] {
  const served = new Set<ObjectiveId>()
  for (const day of facts.programme.days) for (const item of day.items) for (const objective of item.objectives) served.add(objective)
  return OBJECTIVE_IDS.filter((objective) => !served.has(objective)).map((objective) =>
    finding(
      'core-objectives',
      `No item serves the core humanitarian objective "${OBJECTIVE_LABELS[objective]}" (${OBJECTIVE_AIMS[objective]}).`,
      'days',
    ),
  )
}

// committee-coverage: 3RC, which established the four Committees.
function committeeCoverage(facts: ProgrammeFacts): Finding[] {
  const heard = new Set<CommitteeId>()
  for (const day of facts.programme.days) for (const item of day.items) if (item.committee !== null) heard.add(item.committee)
  return COMMITTEE_IDS.filter((committee) => !heard.has(committee)).map((committee) =>
    finding('committee-coverage', `The ${COMMITTEE_NAMES[committee]} has no item in the programme.`, 'days'),
  )
}

// preparatory-segment: 3RC, the meetings "could comprise a thematic segment and a preparatory segment".
function preparatorySegment(facts: ProgrammeFacts): Finding[] {
  const held = facts.programme.days.some((day) => day.items.some((item) => item.segment === 'preparatory'))
  if (held) return []
  return [finding('preparatory-segment', 'No item is in the preparatory segment, which the Third Review Conference foresaw for these meetings.', 'days')]
}

const COVERAGE: RuleFamily = {
  'core-objectives': coreObjectives,
  'committee-coverage': committeeCoverage,
  'preparatory-segment': preparatorySegment,
}

export const checkCoverage = (facts: ProgrammeFacts) => runFamily(COVERAGE, facts)
