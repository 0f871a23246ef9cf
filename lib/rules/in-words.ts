// A finding in the reader's words: its rule and params (the code) turned into a sentence of the
// catalogue's `rules` section, dates and lists written as the language writes them. The checker
// itself writes no sentence a person reads in the interface; the pages, the approval gate and the
// command line all say a finding through this one function. Pure: the words come in as `say`.
import { isArabicTag, unArabicMonths } from '../programme/arabic-months'
import { formatDate, isIsoDate } from '../programme/dates'
import { RULE_BY_ID, type RuleId } from './catalogue'
import type { Finding, FindingParams } from './finding'

/** A translator of catalogue keys (lib/i18n's, or next-intl's): a key under `rules.` and its values. */
export type Say = (key: string, values?: Record<string, string | number>) => string

type Param = FindingParams[string]

const TAGS: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' }
const tagOf = (locale: string) => TAGS[locale] ?? locale

/** The interpreted slots of the United Nations Office at Geneva (rule `interpretation-hours`). */
const SLOTS = { morning: ['10:00', '13:00'], afternoon: ['15:00', '18:00'] } as const

/** The kinds a schema finding names a value by when it is no text, number or boolean. */
const KINDS = new Set(['array', 'object', 'null'])

const text = (value: Param | undefined) => (value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value))

function capitalised(sentence: string, locale: string): string {
  return sentence.charAt(0).toLocaleUpperCase(tagOf(locale)) + sentence.slice(1)
}

/** The pieces every sentence is built from, in one language. */
export function wordsFor(say: Say, locale: string) {
  const date = (value: Param | undefined) => {
    const iso = text(value)
    return isIsoDate(iso) ? formatDate(iso, locale) : iso
  }
  const quoted = (value: Param | undefined) => say('rules.quoted', { title: text(value) })
  const list = (words: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') => new Intl.ListFormat(tagOf(locale), { type }).format(words)
  return {
    date,
    quoted,
    list,
    dates: (value: Param | undefined) => list((Array.isArray(value) ? value : []).map((d) => date(d))),
    item: (title: Param | undefined) => (text(title).trim() === '' ? say('rules.untitled') : quoted(title)),
    span: (start: Param | undefined, end: Param | undefined) => say('rules.span', { start: text(start), end: text(end) }),
    /** A value as the document wrote it: text in quotes, a number or a kind as it is. */
    value: (value: Param | undefined) => (typeof value === 'string' ? quoted(value) : text(value)),
    /** A value in a sentence ("the number 3", "the text "9h"", "a list"), as the schema's params carry it. */
    described: (value: Param | undefined) => {
      if (typeof value === 'number') return say('rules.schema.values.number', { value })
      if (typeof value === 'string' && KINDS.has(value)) return say(`rules.schema.kinds.${value}`)
      if (typeof value === 'string') return say('rules.schema.values.text', { value: quoted(value) })
      return text(value)
    },
  }
}

/** The sentence of a finding, in the language of `say`. */
export function findingInWords(finding: Pick<Finding, 'rule' | 'params' | 'path'>, say: Say, locale: string): string {
  const p = finding.params
  const w = wordsFor(say, locale)
  const key = `rules.findings.${finding.rule}`
  const sentence = (suffix: string, values: Record<string, string | number> = {}) => say(suffix ? `${key}.${suffix}` : key, values)
  const about = () => ({ date: w.date(p.date), item: w.item(p.title), span: w.span(p.start, p.end) })
  let words: string
  switch (finding.rule) {
    case 'schema':
      return capitalised(schemaInWords(finding, say, locale), locale)
    case 'year-mismatch':
      words = sentence('', { date: w.date(p.date), year: text(p.year) })
      break
    case 'weekend':
    case 'thematic-day-misplaced':
    case 'thematic-day-empty':
      words = sentence('', { date: w.date(p.date) })
      break
    case 'unog-holiday':
      words = sentence('', { date: w.date(p.date), holiday: say(`rules.holidays.${text(p.holiday)}`) })
      break
    case 'transparency-deadline':
      words = sentence('', { date: w.date(p.date), deadline: dayMonthYear(text(p.deadline), locale) })
      break
    case 'meeting-length':
      words = sentence(p.thematicDay ? 'thematicDay' : 'twoDays', { count: Number(p.count) })
      break
    case 'consecutive-days':
      words = sentence(Array.isArray(p.dates) && p.dates.length === 1 ? 'one' : 'many', { dates: w.dates(p.dates) })
      break
    case 'other-meeting-clash':
      words = sentence(p.start === p.end ? 'oneDay' : 'days', { date: w.date(p.date), meeting: w.quoted(p.meeting), start: w.date(p.start), end: w.date(p.end) })
      break
    case 'item-times':
      // The time as the document wrote it, escaped as JSON writes a string (a quote or a control character stays visible), as the checker says it.
      if (p.problem === 'not-a-time') words = sentence(p.field === 'start' ? 'start' : 'end', { ...about(), value: typeof p.value === 'string' ? w.quoted(JSON.stringify(p.value).slice(1, -1)) : w.value(p.value) })
      else words = sentence('order', { ...about(), start: text(p.start), end: text(p.end) })
      break
    case 'item-overlap':
      words = sentence('', {
        date: w.date(p.date),
        first: w.item(p.firstTitle),
        firstSpan: w.span(p.firstStart, p.firstEnd),
        second: w.item(p.secondTitle),
        secondSpan: w.span(p.secondStart, p.secondEnd),
      })
      break
    case 'break-overlap':
      words = sentence('', { ...about(), pause: w.item(p.breakTitle), pauseSpan: w.span(p.breakStart, p.breakEnd) })
      break
    case 'interpretation-hours':
      words = sentence('', { ...about(), morning: w.span(...SLOTS.morning), afternoon: w.span(...SLOTS.afternoon) })
      break
    case 'core-objectives':
      words = sentence('', { objective: w.quoted(say(`meetingTime.rows.objective.${text(p.objective)}`)), aim: say(`rules.aims.${text(p.objective)}`) })
      break
    case 'committee-coverage':
      words = sentence('', { committee: say(`meetingTime.rows.committee.${text(p.committee)}`) })
      break
    case 'one-per-year':
      words = sentence(Number(p.others) === 1 ? 'one' : 'many', { count: Number(p.others), year: text(p.year) })
      break
    case 'preparatory-segment':
    case 'thematic-segment-missing':
      words = sentence('')
      break
    case 'format-undecided':
      words = sentence('', { year: text(p.year) })
      break
    case 'format-consultation': {
      const format = say(p.format === 'thematic-day' ? 'editor.format.day' : 'editor.format.segment').toLocaleLowerCase(tagOf(locale))
      words = sentence(p.problem === 'not-consulted' ? 'not-consulted' : 'no-decision-record', { format, decidedOn: w.date(p.decidedOn) })
      break
    }
    case 'thematic-day-missing':
      words = sentence(Number(p.count) === 0 ? 'none' : 'many', { count: Number(p.count), dates: w.dates(p.dates) })
      break
    case 'thematic-day-content':
      words = sentence('', { ...about(), segment: w.quoted(say(`publication.segments.${text(p.segment)}`)) })
      break
    case 'thematic-item-stray':
      words = sentence('', about())
      break
    case 'thematic-day-detached':
      words = sentence('', { date: w.date(p.date), before: w.date(p.before), after: w.date(p.after) })
      break
    default:
      // A rule without its own sentence (none today): its short name, never a raw key.
      words = say(`rules.titles.${finding.rule}`)
  }
  return capitalised(words, locale)
}

/** The source of a rule in the reader's words ("3RC, Art. 7"). */
export const sourceInWords = (rule: Finding['rule'], say: Say) => say(`rules.sources.${rule}`)

/** The short name of a rule in the reader's words. */
export const ruleTitleInWords = (rule: Finding['rule'], say: Say) => say(`rules.titles.${rule}`)

function dayMonthYear(iso: string, locale: string): string {
  if (!isIsoDate(iso)) return iso
  const text = new Intl.DateTimeFormat(tagOf(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
  return isArabicTag(tagOf(locale)) ? unArabicMonths(text) : text
}

/** The field a schema finding names, and where an unknown field stands (its path without the key). */
function schemaInWords(finding: Pick<Finding, 'params' | 'path'>, say: Say, locale: string): string {
  const p = finding.params
  const w = wordsFor(say, locale)
  const path = text(p.field)
  const field = path === '' ? say('rules.schema.theDocument') : say('rules.schema.theField', { path })
  const kind = (code: string) => {
    const words = say(`rules.schema.kinds.${code}`)
    return words.startsWith('rules.') ? code : words
  }
  const problem = text(p.problem)
  switch (problem) {
    case 'unknown-field': {
      const key = text(p.key)
      const parent = path === key ? '' : path.endsWith(`.${key}`) ? path.slice(0, -key.length - 1) : path.endsWith(`[${JSON.stringify(key)}]`) ? path.slice(0, -JSON.stringify(key).length - 2) : path
      return say(`rules.schema.${p.version2 ? 'unknown-field-v2' : 'unknown-field'}`, { key: w.quoted(key), where: parent === '' ? say('rules.schema.inDocument') : parent })
    }
    case 'wrong-type': {
      if (p.version2) return say('rules.schema.wrong-type-v2', { field })
      const expected = w.list(text(p.expected).split('|').map(kind), 'disjunction')
      return say('rules.schema.wrong-type', { field, expected, actual: kind(text(p.actual)) })
    }
    case 'not-one-of':
      return say('rules.schema.not-one-of', { field, options: (Array.isArray(p.options) ? p.options : []).map((o) => (/^\d+$/.test(String(o)) ? String(o) : JSON.stringify(o))).join(', '), value: w.described(p.value) })
    case 'missing':
    case 'too-few':
    case 'too-many':
    case 'too-low':
    case 'too-high':
    case 'unstorable-text':
    case 'empty':
    case 'too-long':
    case 'not-a-date':
    case 'repeated-date':
    case 'repeated-entry':
    case 'not-a-state':
    case 'state-required':
    case 'state-not-allowed':
    case 'end-before-start':
    case 'translated-sub-items':
    case 'speakers-too-long':
      return say(`rules.schema.${problem}`, {
        field,
        minimum: text(p.minimum),
        maximum: text(p.maximum),
        count: text(p.count),
        value: problem === 'too-low' || problem === 'too-high' ? w.described(p.value) : w.value(p.value),
        date: text(p.date),
        first: text(p.first),
        kind: w.quoted(p.kind),
        start: text(p.start),
        end: text(p.end),
        subItems: text(p.subItems),
      })
    default:
      return say('rules.schema.invalid', { field })
  }
}

/**
 * A finding as a record kept it (an acknowledged warning of a revision, its audit event), in the
 * reader's words: from its rule and params when the record has them, else the English sentence it
 * kept (records written before the params were).
 */
export function storedFindingInWords(stored: Record<string, unknown>, say: Say, locale: string): string {
  const rule = typeof stored.rule === 'string' ? stored.rule : ''
  const params = stored.params
  if (Object.hasOwn(RULE_BY_ID, rule) && params && typeof params === 'object' && !Array.isArray(params)) {
    return findingInWords({ rule: rule as RuleId, params: params as FindingParams, path: typeof stored.path === 'string' ? stored.path : '' }, say, locale)
  }
  return typeof stored.message === 'string' ? stored.message : ''
}
