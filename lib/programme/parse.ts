// Reading a document as a programme: the zod schema's complaints become `schema` findings that
// name the field (as a path like `days[1].items[3].end`) and say why: in plain English in `message`,
// and as a code with its values in `params`, so that the interface can say it in any language.
import type { z } from 'zod'
import { ProgrammeSchema, VERSION_2_FIELDS, shortened, type Programme, type SchemaCheck } from './schema'

/** Why a document is refused: the schema's own codes and those of its custom checks. */
export type SchemaProblem =
  | 'missing'
  | 'unknown-field'
  | 'wrong-type'
  | 'not-one-of'
  | 'too-few'
  | 'too-many'
  | 'too-low'
  | 'too-high'
  | 'invalid'
  /** Text no database can keep as written (lib/storable-text.ts); found by the import, not the schema. */
  | 'unstorable-text'
  | SchemaCheck

/** The values a schema finding's message names: always the field's path and the problem. */
export type SchemaParams = { field: string; problem: SchemaProblem } & Record<string, string | number | boolean | readonly (string | number)[]>

/** The finding the rulebook's `schema` rule gives (its shape is every finding's shape). */
export interface SchemaFinding {
  rule: 'schema'
  level: 'error'
  message: string
  path: string
  source: '-'
  params: SchemaParams
}

export type ParseResult = { ok: true; programme: Programme } | { ok: false; findings: SchemaFinding[] }

export function parseProgramme(doc: unknown): ParseResult {
  const parsed = ProgrammeSchema.safeParse(doc)
  if (parsed.success) return { ok: true, programme: parsed.data }
  return { ok: false, findings: parsed.error.issues.flatMap((issue) => findingsOfIssue(issue, doc, [])) }
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
    case 'string':
      return `the text ${JSON.stringify(shortened(value))}`
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

/** The kind of a value, as the params name it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'number'
  return typeof value
}

/** A value as the params carry it: short text, a number or a boolean; anything else by its kind. */
function shown(value: unknown): string | number | boolean {
  if (typeof value === 'string') return shortened(value)
  if (typeof value === 'number' || typeof value === 'boolean') return value
  return kindOf(value)
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

function schemaFinding(path: string, message: string, problem: SchemaProblem, values: Record<string, SchemaParams[string]> = {}): SchemaFinding {
  return { rule: 'schema', level: 'error', message, path, source: '-', params: { ...values, field: path, problem } }
}

/** Where an unknown key stands, when it is a field of version 2: the programme, a day or an item. */
function version2Field(doc: unknown, path: readonly PathSegment[], key: string): boolean {
  if (typeof doc !== 'object' || doc === null || (doc as { version?: unknown }).version !== 1) return false
  const depth = path.length
  if (depth === 0) return (VERSION_2_FIELDS.programme as readonly string[]).includes(key)
  if (depth === 2 && path[0] === 'days') return (VERSION_2_FIELDS.day as readonly string[]).includes(key)
  if (depth === 4 && path[0] === 'days' && path[2] === 'items') return (VERSION_2_FIELDS.item as readonly string[]).includes(key)
  return false
}

/** A speaker written as an object in a version 1 document, where speakers are names. */
function speakerObjectInVersion1(doc: unknown, path: readonly PathSegment[], value: unknown): boolean {
  if (typeof doc !== 'object' || doc === null || (doc as { version?: unknown }).version !== 1) return false
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value)
  return isObject && path.length === 6 && path[0] === 'days' && path[2] === 'items' && path[4] === 'speakers'
}

/** The branch of a union the value was meant for: the one that did not refuse the value's very type. */
function meantBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  const typeOnly = (issues: readonly z.core.$ZodIssue[]) => issues.length === 1 && issues[0]?.code === 'invalid_type' && issues[0].path.length === 0
  const meant = branches.filter((issues) => !typeOnly(issues))
  return meant.length === 1 ? meant[0] : undefined
}

function findingsOfIssue(issue: z.core.$ZodIssue, doc: unknown, prefix: readonly PathSegment[]): SchemaFinding[] {
  const where = [...prefix, ...issue.path]
  const path = formatPath(where)
  const value = valueAt(doc, where)
  const field = fieldName(path)
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return [schemaFinding(path, `${field} is required but missing.`, 'missing')]
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      // One finding per unknown field, at the field itself, so each typo is pointed at.
      return issue.keys.map((key) => {
        const inWhat = path === '' ? 'the document' : path
        const later = version2Field(doc, where, key)
        const message = later
          ? `Unknown field "${key}" in ${inWhat}: version 1 of the programme format has no such field; it is a field of version 2 (write "version": 2 to use it).`
          : `Unknown field "${key}" in ${inWhat}: the programme format has no such field (check its spelling).`
        return schemaFinding(formatPath([...where, key]), message, 'unknown-field', { key: shortened(key), version2: later })
      })
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected
      const params = { expected: issue.expected, actual: kindOf(value) }
      if (speakerObjectInVersion1(doc, where, value)) {
        const message = `${field} must be text, but it is an object: speaker objects belong to version 2 of the programme format (write "version": 2 to use them).`
        return [schemaFinding(path, message, 'wrong-type', { ...params, version2: true })]
      }
      return [schemaFinding(path, `${field} must be ${expected}, but it is ${describe(value)}.`, 'wrong-type', params)]
    }
    case 'invalid_value': {
      const options = issue.values.map((option) => JSON.stringify(option)).join(', ')
      const must = issue.values.length === 1 ? `must be ${options}` : `must be one of ${options}`
      const values = issue.values.map((option) => String(option))
      return [schemaFinding(path, `${field} ${must}, but it is ${describe(value)}.`, 'not-one-of', { options: values, value: shown(value) })]
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        // The version decides how the rest is read: say which versions there are.
        const options = (issue as { options?: unknown[] }).options?.map((option) => String(option)) ?? []
        return [schemaFinding(path, `${field} must be one of ${options.join(', ')}, but it is ${describe(value)}.`, 'not-one-of', { options, value: shown(value) })]
      }
      const branch = meantBranch(issue.errors)
      if (branch) return branch.flatMap((inner) => findingsOfIssue(inner, doc, where))
      const expected = issue.errors.map((issues) => issues[0]).filter((inner) => inner?.code === 'invalid_type')
      const names = expected.map((inner) => EXPECTED[(inner as { expected: string }).expected] ?? '')
      return [schemaFinding(path, `${field} must be ${names.join(' or ')}, but it is ${describe(value)}.`, 'wrong-type', { expected: names.join('|'), actual: kindOf(value) })]
    }
    case 'too_small':
      if (issue.origin === 'array') {
        const minimum = Number(issue.minimum)
        const count = Array.isArray(value) ? value.length : 0
        const entries = `${minimum} ${minimum === 1 ? 'entry' : 'entries'}`
        const has = count === 0 ? 'it is empty' : `it has ${count}`
        return [schemaFinding(path, `${field} must hold at least ${entries}, but ${has}.`, 'too-few', { minimum, count })]
      }
      return [schemaFinding(path, `${field} must be at least ${String(issue.minimum)}, but it is ${describe(value)}.`, 'too-low', { minimum: Number(issue.minimum), value: shown(value) })]
    case 'too_big':
      if (issue.origin === 'array') {
        const maximum = Number(issue.maximum)
        const count = Array.isArray(value) ? value.length : 0
        return [schemaFinding(path, `${field} must hold at most ${maximum} ${maximum === 1 ? 'entry' : 'entries'}, but it has ${count}.`, 'too-many', { maximum, count })]
      }
      return [schemaFinding(path, `${field} must be at most ${String(issue.maximum)}, but it is ${describe(value)}.`, 'too-high', { maximum: Number(issue.maximum), value: shown(value) })]
    case 'custom': {
      const { check, ...values } = (issue.params ?? {}) as { check?: SchemaCheck } & Record<string, string | number>
      return [schemaFinding(path, `${field} ${issue.message}.`, check ?? 'invalid', values)]
    }
    default:
      return [schemaFinding(path, `${field} is not valid: ${issue.message}.`, 'invalid')]
  }
}
