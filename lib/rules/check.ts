// Checking programmes against the rulebook: the one entry the web application, the server's
// approval gate and the command line share.
import { parseProgramme, type Programme } from '../programme'
import { checkCalendar } from './calendar'
import { onePerYear, readableYear } from './collection'
import { checkCoverage } from './coverage'
import { factsOf, type ProgrammeFacts } from './facts'
import type { Finding } from './finding'
import { checkFormat } from './format'
import { sortFindings } from './order'
import { checkTimes } from './times'

export interface CheckOptions {
  /** Language of the dates written in messages (`Intl` locale); the sentences are English. Default 'en'. */
  locale?: string
}

const FAMILIES = [checkCalendar, checkTimes, checkCoverage, checkFormat] as const

function rulesOf(programme: Programme, options: CheckOptions): { findings: Finding[]; facts: ProgrammeFacts } {
  const facts = factsOf(programme, options.locale ?? 'en')
  const findings: Finding[] = []
  for (const family of FAMILIES) findings.push(...family(facts))
  return { findings, facts }
}

/** The rulebook on a programme already parsed (for example one read from the database). */
export function checkParsedProgramme(programme: Programme, options: CheckOptions = {}): Finding[] {
  const { findings, facts } = rulesOf(programme, options)
  return sortFindings(findings, facts)
}

interface Checked {
  findings: Finding[]
  facts: ProgrammeFacts | null
}

function checkOne(doc: unknown, options: CheckOptions): Checked {
  const parsed = parseProgramme(doc)
  // The rules need a valid programme: an invalid document gets only its schema findings.
  if (!parsed.ok) return { findings: parsed.findings, facts: null }
  return rulesOf(parsed.programme, options)
}

/** Every finding of one document: `schema` findings when it is not a valid programme, else the rulebook's. */
export function checkProgramme(doc: unknown, options: CheckOptions = {}): Finding[] {
  const { findings, facts } = checkOne(doc, options)
  return sortFindings(findings, facts)
}

/** The findings of each document of a collection, in the same order, with `one-per-year` across them. */
export function checkCollection(docs: readonly unknown[], options: CheckOptions = {}): Finding[][] {
  const checked = docs.map((doc) => checkOne(doc, options))
  // A document that fails the schema still takes part when its year can be read.
  const sharedYears = onePerYear(docs.map(readableYear))
  return checked.map(({ findings, facts }, i) => sortFindings([...findings, ...(sharedYears[i] ?? [])], facts))
}
