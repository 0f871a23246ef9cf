// `npm run check -- FILE.json [FILE.json ...]`: checks programme files against the rulebook and prints
// one JSON object (programme-format.md, "The checker"). Exit 0: no error finding; 1: an error finding;
// 2: a file could not be read or is not JSON (2 wins over 1). The files together are one collection.
// Files of version 1 and 2 of the interchange format are both read.
//
// Each finding is printed with the five keys the format documents (the rulebook's `params` stay out).
// At most CLI_LIMIT findings of each rule are listed for a file; when a file has more, standard error
// says how many more of which rule, so that a programme of thousands of overlapping items is still
// answered at once. `--limit=N` changes that number.
// Relative imports only: it must run with `npx tsx` on a fresh clone, without a build or a database.
import { readFileSync } from 'node:fs'
import { messagesFor, translator } from '../lib/i18n'
import { blocksApproval, checkCollectionReport, findingInWords, readableYear, type Finding, type RuleId, type Say } from '../lib/rules'

const CLI_LIMIT = 1000

type PrintedFinding = Omit<Finding, 'params'>

interface FileReport {
  file: string
  year: number | null
  findings: PrintedFinding[]
  error?: string
}

type Loaded = { file: string; doc: unknown } | { file: string; error: string }

function load(file: string): Loaded {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    return { file, error: `cannot read the file: ${reason(error)}` }
  }
  try {
    // A byte-order mark is not part of the JSON text.
    return { file, doc: JSON.parse(text.replace(/^\uFEFF/, '')) }
  } catch (error) {
    return { file, error: `not JSON: ${reason(error)}` }
  }
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The findings' sentences in English, from the catalogue the pages use. */
const english = translator(messagesFor('en')) as Say

const printed = (found: Finding): PrintedFinding => {
  const { rule, level, path, source } = found
  return { rule, level, message: findingInWords(found, english, 'en'), path, source }
}

function usage(): number {
  process.stderr.write('Usage: npm run check -- FILE.json [FILE.json ...]\n')
  process.stderr.write('Checks programme files (interchange format version 1 or 2) against the rulebook; prints JSON.\n')
  process.stderr.write(`--limit=N before the files lists at most N findings of each rule for a file (default ${CLI_LIMIT}).\n`)
  return 2
}

function main(args: string[]): number {
  let files = args[0] === '--' ? args.slice(1) : args
  let limit = CLI_LIMIT
  const option = files[0]?.match(/^--limit=(\d+)$/)
  if (option) {
    limit = Number(option[1])
    files = files.slice(1)
    if (limit < 1) return usage()
  }
  if (files.length === 0) return usage()
  const loaded = files.map(load)
  const readable = loaded.filter((entry): entry is { file: string; doc: unknown } => 'doc' in entry)
  const checked = checkCollectionReport(
    readable.map((entry) => entry.doc),
    { limit },
  )
  const reportOf = new Map(readable.map((entry, i) => [entry, checked[i]]))

  const reports: FileReport[] = loaded.map((entry) => {
    if (!('doc' in entry)) return { file: entry.file, year: null, findings: [], error: entry.error }
    const report = reportOf.get(entry)
    for (const [rule, count] of Object.entries(report?.omitted ?? {}) as [RuleId, number][]) {
      process.stderr.write(`${entry.file}: ${count} more ${rule} finding${count === 1 ? '' : 's'} not listed (at most ${limit} of each rule are).\n`)
    }
    return { file: entry.file, year: readableYear(entry.doc), findings: (report?.findings ?? []).map(printed) }
  })
  process.stdout.write(`${JSON.stringify({ files: reports }, null, 2)}\n`)

  if (reports.some((report) => report.error !== undefined)) return 2
  return reports.some((report) => blocksApproval(report.findings)) ? 1 : 0
}

// exitCode rather than exit(): stdout is flushed in full even when piped.
process.exitCode = main(process.argv.slice(2))
