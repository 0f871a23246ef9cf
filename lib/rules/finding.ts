// A finding: one rule broken at one place of a programme, said so that a President understands it.
import { RULE_BY_ID, type Level, type RuleId } from './catalogue'

export interface Finding {
  rule: RuleId
  level: Level
  message: string
  /** Where in the document, e.g. `days[1].items[3].end`; `days` or `format` for the programme as a whole. */
  path: string
  /** The rulebook's source column, e.g. "3RC, Art. 7"; "-" for the format's own rules. */
  source: string
}

/** A finding of a rule, its level and source taken from the catalogue. */
export function finding(rule: RuleId, message: string, path: string): Finding {
  const { level, source } = RULE_BY_ID[rule]
  return { rule, level, message, path, source }
}

/** Whether the findings block approval of the programme: an error does, warnings and info do not. */
export function blocksApproval(findings: readonly Finding[]): boolean {
  return findings.some((found) => found.level === 'error')
}
