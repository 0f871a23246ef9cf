// Reading a document as a programme: the zod schema's complaints become `schema` findings that
// name the field (as a path like `days[1].items[3].end`) and say why, in plain words.
import type { z } from 'zod'
import { ProgrammeSchema, type Programme } from './schema'

/** The finding the rulebook's `schema` rule gives (its shape is every finding's shape). */
export interface SchemaFinding {
  rule: 'schema'
  level: 'error'
  message: string
  path: string
  source: '-'
}

export type ParseResult = { ok: true; programme: Programme } | { ok: false; findings: SchemaFinding[] }

export function parseProgramme(doc: unknown): ParseResult {
  const parsed = ProgrammeSchema.safeParse(doc)
  if (parsed.success) return { ok: true, programme: parsed.data }
  return { ok: false, findings: parsed.error.issues.flatMap((issue) => findingsOfIssue(issue, doc)) }
}

type PathSegment = PropertyKey

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** `days[1].items[3].end`; the document itself is the empty path. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else {
      const key = String(segment)
      if (IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`
      else text += `[${JSON.stringify(key)}]`
    }
  }
  return text
}

function valueAt(doc: unknown, path: readonly PathSegment[]): unknown {
  let value = doc
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined
    value = (value as Record<PropertyKey, unknown>)[segment]
  }
  return value
}

/** What a value is, for a message: `a number (12)`, `the text "9h"`, `a list`. */
function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
      return `the text ${JSON.stringify(shown)}`
    }
    case 'number':
      return `the number ${value}`
    case 'boolean':
      return `${value}`
    case 'object':
      return 'an object'
    default:
      return typeof value
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
}

const fieldName = (path: string) => (path === '' ? 'The document' : `The field ${path}`)

function schemaFinding(path: string, message: string): SchemaFinding {
  return { rule: 'schema', level: 'error', message, path, source: '-' }
}

function findingsOfIssue(issue: z.core.$ZodIssue, doc: unknown): SchemaFinding[] {
  const path = formatPath(issue.path)
  const value = valueAt(doc, issue.path)
  const field = fieldName(path)
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return [schemaFinding(path, `${field} is required but missing.`)]
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      // One finding per unknown field, at the field itself, so each typo is pointed at.
      return issue.keys.map((key) =>
        schemaFinding(
          formatPath([...issue.path, key]),
          `Unknown field "${key}" in ${path === '' ? 'the document' : path}: the programme format has no such field (check its spelling).`,
        ),
      )
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected
      return [schemaFinding(path, `${field} must be ${expected}, but it is ${describe(value)}.`)]
    }
    case 'invalid_value': {
      const options = issue.values.map((option) => JSON.stringify(option)).join(', ')
      const must = issue.values.length === 1 ? `must be ${options}` : `must be one of ${options}`
      return [schemaFinding(path, `${field} ${must}, but it is ${describe(value)}.`)]
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return [schemaFinding(path, `${field} must hold at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}, but it is empty.`)]
      }
      return [schemaFinding(path, `${field} must be at least ${String(issue.minimum)}, but it is ${describe(value)}.`)]
    case 'too_big':
      return [schemaFinding(path, `${field} must be at most ${String(issue.maximum)}, but it is ${describe(value)}.`)]
    case 'custom':
      return [schemaFinding(path, `${field} ${issue.message}.`)]
    default:
      return [schemaFinding(path, `${field} is not valid: ${issue.message}.`)]
  }
}
