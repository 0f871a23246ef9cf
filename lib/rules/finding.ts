// A finding: one rule broken at one place of a programme. It travels as a code (`rule`) with the
// values its sentence names (`params`), so that the interface can say it in the reader's language;
// `message` is that sentence in English, as a President would understand it.
import { RULE_BY_ID, type Level, type RuleId } from './catalogue'

/** The values a finding's sentence names: ISO dates, `HH:MM` times, titles, ids, counts. */
export type FindingParams = Readonly<Record<string, string | number | boolean | null | readonly (string | number)[]>>

export interface Finding {
  rule: RuleId
  level: Level
  message: string
  /** Where in the document, e.g. `days[1].items[3].end`; `days` or `format` for the programme as a whole. */
  path: string
  /** The rulebook's source column, e.g. "3RC, Art. 7"; "-" for the format's own rules. */
  source: string
  /** What the message names, by name (the rule's catalogue entry lists them): enough to write the sentence again in another language. */
  params: FindingParams
}

/** A finding of a rule, its level and source taken from the catalogue. */
export function finding(rule: RuleId, message: string, path: string, params: FindingParams = {}): Finding {
  const { level, source } = RULE_BY_ID[rule]
  return { rule, level, message, path, source, params }
}

/** Whether the findings block approval of the programme: an error does, warnings and info do not. */
export function blocksApproval(findings: readonly Pick<Finding, 'level'>[]): boolean {
  return findings.some((found) => found.level === 'error')
}
