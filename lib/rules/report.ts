// The rulebook's report on a programme, its schema's parse given rather than imported: the browser's
// editor loads zod only with its forms (a saved programme needs no parse), the server and the command
// line bind the parse once (./check.ts).
import type { ParseResult } from '../programme/parse'
import type { Programme } from '../programme/schema'
import { RULE_BY_ID, type Level, type RuleId } from './catalogue'
import { checkCalendar } from './calendar'
import { checkCoverage } from './coverage'
import { factsOf, type ProgrammeFacts } from './facts'
import type { RuleReport } from './family'
import type { Finding } from './finding'
import { checkFormat } from './format'
import { sortFindings } from './order'
import { checkTimes } from './times'

/** Findings kept of each rule unless the caller asks otherwise. */
export const FINDINGS_LIMIT = 100

export interface CheckOptions {
  /** Language of the dates written in messages (`Intl` locale); the sentences are English. Default 'en'. */
  locale?: string
  /** The most findings kept of each rule (at least 1); the others are counted in `omitted`. Default FINDINGS_LIMIT. */
  limit?: number
}

/** The findings of a programme, with what was left out. */
export interface FindingsReport {
  /** In the order they are shown (errors first, then by day and time). */
  findings: Finding[]
  /** Findings of a rule beyond the limit, counted but not written: "and N more". */
  omitted: Partial<Record<RuleId, number>>
  /** Every finding by level, the omitted ones included. */
  counts: Record<Level, number>
}

/** The schema's reading of a document (lib/programme/parse.ts `parseProgramme`). */
export type Parse = (doc: unknown) => ParseResult

const FAMILIES = [checkCalendar, checkTimes, checkCoverage, checkFormat] as const

const limitOf = (options: CheckOptions) => Math.max(1, Math.floor(options.limit ?? FINDINGS_LIMIT))

export interface Checked {
  /** Unsorted. */
  findings: Finding[]
  omitted: Partial<Record<RuleId, number>>
  facts: ProgrammeFacts | null
}

function rulesOf(programme: Programme, options: CheckOptions): Checked {
  const facts = factsOf(programme, options.locale ?? 'en')
  const limit = limitOf(options)
  const reports: RuleReport[] = []
  for (const family of FAMILIES) for (const report of family(facts, limit)) reports.push(report)
  const findings: Finding[] = []
  const omitted: Partial<Record<RuleId, number>> = {}
  // One finding at a time: push(...list) would overflow the stack on a list of a hundred thousand.
  for (const report of reports) {
    for (const found of report.findings) findings.push(found)
    if (report.omitted > 0) omitted[report.rule] = report.omitted
  }
  return { findings, omitted, facts }
}

/** One document read by `parse`: its schema findings when it is not a valid programme, else the rulebook's. */
export function checkedWith(parse: Parse, doc: unknown, options: CheckOptions): Checked {
  const parsed = parse(doc)
  if (parsed.ok) return rulesOf(parsed.programme, options)
  // The rules need a valid programme: an invalid document gets only its schema findings.
  const limit = limitOf(options)
  const kept = parsed.findings.slice(0, limit)
  const omitted = parsed.findings.length - kept.length
  return { findings: kept, omitted: omitted > 0 ? { schema: omitted } : {}, facts: null }
}

export function reportOf({ findings, omitted, facts }: Checked): FindingsReport {
  const counts: Record<Level, number> = { error: 0, warning: 0, info: 0 }
  for (const found of findings) counts[found.level] += 1
  for (const [rule, count] of Object.entries(omitted) as [RuleId, number][]) counts[RULE_BY_ID[rule].level] += count
  return { findings: sortFindings(findings, facts), omitted, counts }
}

/** The rulebook on a programme already parsed (for example one read from the database), with what was left out. */
export function checkParsedProgrammeReport(programme: Programme, options: CheckOptions = {}): FindingsReport {
  return reportOf(rulesOf(programme, options))
}

/** Every finding of one document read by `parse`, with what was left out. */
export function checkDocumentReport(parse: Parse, doc: unknown, options: CheckOptions = {}): FindingsReport {
  return reportOf(checkedWith(parse, doc, options))
}
