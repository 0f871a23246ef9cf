// A rule family: rule functions by id. The family runs only the rules that bind the programme's
// year, so the year gate ("from" in the rulebook) is written once, here.
import { ruleAppliesTo, type RuleId } from './catalogue'
import type { ProgrammeFacts } from './facts'
import type { Finding } from './finding'

export type RuleCheck = (facts: ProgrammeFacts) => Finding[]

export type RuleFamily = Partial<Record<RuleId, RuleCheck>>

export function runFamily(family: RuleFamily, facts: ProgrammeFacts): Finding[] {
  const findings: Finding[] = []
  for (const [rule, check] of Object.entries(family) as [RuleId, RuleCheck][]) {
    if (ruleAppliesTo(rule, facts.year)) findings.push(...check(facts))
  }
  return findings
}
