// A rule family: rule functions by id. The family runs only the rules that bind the programme's
// year, so the year gate ("from" in the rulebook) is written once, here. Each rule writes into its
// own report, which keeps at most `limit` findings and counts the others: a programme of thousands
// of overlapping items costs the time of `limit` sentences, not of millions.
import { ruleAppliesTo, type RuleId } from './catalogue'
import type { ProgrammeFacts } from './facts'
import type { Finding } from './finding'

/** The findings of one rule on one programme: those kept, and how many more there are. */
export class RuleReport {
  readonly findings: Finding[] = []
  omitted = 0

  constructor(
    readonly rule: RuleId,
    readonly limit: number,
  ) {}

  /** Whether another finding would still be kept. */
  get full(): boolean {
    return this.findings.length >= this.limit
  }

  /** A finding, written only when it is kept (the sentence is the costly part). */
  add(write: () => Finding): void {
    if (this.full) this.omitted += 1
    else this.findings.push(write())
  }

  /** Findings counted without being written. */
  omit(count: number): void {
    this.omitted += count
  }
}

export type RuleCheck = (facts: ProgrammeFacts, report: RuleReport) => void

export type RuleFamily = Partial<Record<RuleId, RuleCheck>>

/** Runs the family's rules that bind the programme's year, each into a report of its own. */
export function runFamily(family: RuleFamily, facts: ProgrammeFacts, limit: number): RuleReport[] {
  const reports: RuleReport[] = []
  for (const [rule, check] of Object.entries(family) as [RuleId, RuleCheck][]) {
    if (!ruleAppliesTo(rule, facts.year)) continue
    const report = new RuleReport(rule, limit)
    check(facts, report)
    reports.push(report)
  }
  return reports
}
