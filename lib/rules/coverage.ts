// The coverage rules: what the formal meeting must give time to. Only its items count: a side event
// held beside it, or a break, does not put a Committee or an objective on the agenda.
import { COMMITTEE_IDS, COMMITTEE_NAMES, OBJECTIVE_AIMS, OBJECTIVE_IDS, OBJECTIVE_LABELS, type CommitteeId, type ObjectiveId } from '../programme/vocabulary'
import type { ItemFacts, ProgrammeFacts } from './facts'
import { finding } from './finding'
import { runFamily, type RuleFamily, type RuleReport } from './family'

/** The items of the formal meeting: neither a side event nor a break. */
function* formalItems(facts: ProgrammeFacts): Generator<ItemFacts> {
  for (const day of facts.days) for (const item of day.items) if (!item.informal) yield item
}

// core-objectives: 4MSP, the President's Paper's "core humanitarian objectives of the Convention".
function coreObjectives(facts: ProgrammeFacts, report: RuleReport): void {
  const served = new Set<ObjectiveId>()
  for (const { item } of formalItems(facts)) for (const objective of item.objectives) served.add(objective)
  for (const objective of OBJECTIVE_IDS) {
    if (served.has(objective)) continue
    report.add(() =>
      finding(
        'core-objectives',
        `No item of the formal meeting serves the core humanitarian objective "${OBJECTIVE_LABELS[objective]}" (${OBJECTIVE_AIMS[objective]}); side events and breaks do not count.`,
        'days',
        { objective },
      ),
    )
  }
}

// committee-coverage: 3RC, which established the four Committees.
function committeeCoverage(facts: ProgrammeFacts, report: RuleReport): void {
  const heard = new Set<CommitteeId>()
  for (const { item } of formalItems(facts)) if (item.committee !== null) heard.add(item.committee)
  for (const committee of COMMITTEE_IDS) {
    if (heard.has(committee)) continue
    report.add(() =>
      finding('committee-coverage', `The ${COMMITTEE_NAMES[committee]} has no item in the formal meeting; side events and breaks do not count.`, 'days', {
        committee,
      }),
    )
  }
}

// preparatory-segment: 3RC, the meetings "could comprise a thematic segment and a preparatory segment".
function preparatorySegment(facts: ProgrammeFacts, report: RuleReport): void {
  const held = facts.programme.days.some((day) => day.items.some((item) => item.segment === 'preparatory'))
  if (held) return
  report.add(() => finding('preparatory-segment', 'No item is in the preparatory segment, which the Third Review Conference foresaw for these meetings.', 'days'))
}

const COVERAGE: RuleFamily = {
  'core-objectives': coreObjectives,
  'committee-coverage': committeeCoverage,
  'preparatory-segment': preparatorySegment,
}

export const checkCoverage = (facts: ProgrammeFacts, limit: number) => runFamily(COVERAGE, facts, limit)
