// Checking programmes against the rulebook: the one entry the web application, the server's
// approval gate and the command line share.
//
// Any valid programme is checked in bounded time: each rule keeps at most `limit` findings (100 by
// default) and counts the others, so that a screen shows "and N more" instead of a million lines,
// and overlaps are found by a sweep, not by comparing every pair.
import { parseProgramme, type Programme } from '../programme'
import { RULE_BY_ID, type Level, type RuleId } from './catalogue'
import { checkCalendar } from './calendar'
import { onePerYear, readableYear } from './collection'
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

const FAMILIES = [checkCalendar, checkTimes, checkCoverage, checkFormat] as const

const limitOf = (options: CheckOptions) => Math.max(1, Math.floor(options.limit ?? FINDINGS_LIMIT))

interface Checked {
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

function checkOne(doc: unknown, options: CheckOptions): Checked {
  const parsed = parseProgramme(doc)
  if (parsed.ok) return rulesOf(parsed.programme, options)
  // The rules need a valid programme: an invalid document gets only its schema findings.
  const limit = limitOf(options)
  const kept = parsed.findings.slice(0, limit)
  const omitted = parsed.findings.length - kept.length
  return { findings: kept, omitted: omitted > 0 ? { schema: omitted } : {}, facts: null }
}

function reportOf({ findings, omitted, facts }: Checked): FindingsReport {
  const counts: Record<Level, number> = { error: 0, warning: 0, info: 0 }
  for (const found of findings) counts[found.level] += 1
  for (const [rule, count] of Object.entries(omitted) as [RuleId, number][]) counts[RULE_BY_ID[rule].level] += count
  return { findings: sortFindings(findings, facts), omitted, counts }
}

/** The rulebook on a programme already parsed (for example one read from the database), with what was left out. */
export function checkParsedProgrammeReport(programme: Programme, options: CheckOptions = {}): FindingsReport {
  return reportOf(rulesOf(programme, options))
}

/** Every finding of one document, with what was left out: `schema` findings when it is not a valid programme, else the rulebook's. */
export function checkProgrammeReport(doc: unknown, options: CheckOptions = {}): FindingsReport {
  return reportOf(checkOne(doc, options))
}

/** The reports of each document of a collection, in the same order, with `one-per-year` across them. */
export function checkCollectionReport(docs: readonly unknown[], options: CheckOptions = {}): FindingsReport[] {
  // A document that fails the schema still takes part when its year can be read.
  const sharedYears = onePerYear(docs.map(readableYear))
  return docs.map((doc, i) => {
    const checked = checkOne(doc, options)
    for (const found of sharedYears[i] ?? []) checked.findings.push(found)
    return reportOf(checked)
  })
}

/** The rulebook's findings on a programme already parsed (at most `limit` of each rule). */
export function checkParsedProgramme(programme: Programme, options: CheckOptions = {}): Finding[] {
  return checkParsedProgrammeReport(programme, options).findings
}

/** The findings of one document (at most `limit` of each rule). */
export function checkProgramme(doc: unknown, options: CheckOptions = {}): Finding[] {
  return checkProgrammeReport(doc, options).findings
}

/** The findings of each document of a collection (at most `limit` of each rule in each). */
export function checkCollection(docs: readonly unknown[], options: CheckOptions = {}): Finding[][] {
  return checkCollectionReport(docs, options).map((report) => report.findings)
}
