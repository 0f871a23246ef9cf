// Checking programmes against the rulebook: the one entry the web application, the server's
// approval gate and the command line share.
//
// Any valid programme is checked in bounded time: each rule keeps at most `limit` findings (100 by
// default) and counts the others, so that a screen shows "and N more" instead of a million lines,
// and overlaps are found by a sweep, not by comparing every pair.
import { parseProgramme } from '../programme/parse'
import type { Programme } from '../programme/schema'
import { onePerYear, readableYear } from './collection'
import type { Finding } from './finding'
import { checkedWith, checkParsedProgrammeReport, reportOf, type CheckOptions, type Checked, type FindingsReport } from './report'

export { FINDINGS_LIMIT, checkParsedProgrammeReport, type CheckOptions, type FindingsReport } from './report'

const checkOne = (doc: unknown, options: CheckOptions): Checked => checkedWith(parseProgramme, doc, options)

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
