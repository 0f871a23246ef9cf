// `npm run check -- FILE.json [FILE.json ...]`: checks programme files against the rulebook and prints
// one JSON object (programme-format.md, "The checker"). Exit 0: no error finding; 1: an error finding;
// 2: a file could not be read or is not JSON (2 wins over 1). The files together are one collection.
// Relative imports only: it must run with `npx tsx` on a fresh clone, without a build or a database.
import { readFileSync } from 'node:fs'
import { blocksApproval, checkCollection, readableYear, type Finding } from '../lib/rules'

interface FileReport {
  file: string
  year: number | null
  findings: Finding[]
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

function main(args: string[]): number {
  const files = args[0] === '--' ? args.slice(1) : args
  if (files.length === 0) {
    process.stderr.write('Usage: npm run check -- FILE.json [FILE.json ...]\n')
    process.stderr.write('Checks programme files (interchange format version 1) against the rulebook; prints JSON.\n')
    return 2
  }
  const loaded = files.map(load)
  const readable = loaded.filter((entry): entry is { file: string; doc: unknown } => 'doc' in entry)
  const findings = checkCollection(readable.map((entry) => entry.doc))
  const findingsOf = new Map(readable.map((entry, i) => [entry, findings[i] ?? []]))

  const reports: FileReport[] = loaded.map((entry) =>
    'doc' in entry
      ? { file: entry.file, year: readableYear(entry.doc), findings: findingsOf.get(entry) ?? [] }
      : { file: entry.file, year: null, findings: [], error: entry.error },
  )
  process.stdout.write(`${JSON.stringify({ files: reports }, null, 2)}\n`)

  if (reports.some((report) => report.error !== undefined)) return 2
  return reports.some((report) => blocksApproval(report.findings)) ? 1 : 0
}

// exitCode rather than exit(): stdout is flushed in full even when piped.
process.exitCode = main(process.argv.slice(2))
