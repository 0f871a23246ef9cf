// The Presidency in a programme's texts: a copy of last year's programme carries its meeting's name
// into the new year ("President of the Twenty-Second Meeting of the States Parties" becomes "…
// Twenty-Third …"), and what is left naming last year's meeting is flagged in the editor.
import { meetingMentions, presidencyOfYear, renameMeeting, yearOfMeeting, type MeetingMention, type PresidencyLanguage } from './presidency'
import type { Programme } from './schema'

type Texts = Pick<Programme, 'year' | 'title' | 'venue' | 'days' | 'translations'>

/** Every text of a programme a person wrote, with its path and language, through `visit` (which may replace it). */
function eachText<T extends Texts>(doc: T, visit: (text: string, path: string, language: PresidencyLanguage) => string): T {
  const language = (lang: string): PresidencyLanguage | null => (lang === 'fr' || lang === 'es' ? lang : null)
  const translated = <V extends Record<string, unknown>>(texts: V | undefined, path: string): V | undefined => {
    if (!texts) return texts
    const out: Record<string, unknown> = {}
    for (const [lang, value] of Object.entries(texts)) {
      const l = language(lang)
      if (!l || !value || typeof value !== 'object') {
        out[lang] = value
        continue
      }
      const fields: Record<string, unknown> = {}
      for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
        if (typeof field === 'string') fields[key] = visit(field, `${path}.${lang}.${key}`, l)
        else if (Array.isArray(field))
          fields[key] = field.map((sub: Record<string, unknown>, i) =>
            Object.fromEntries(Object.entries(sub).map(([k, v]) => [k, typeof v === 'string' ? visit(v, `${path}.${lang}.${key}[${i}].${k}`, l) : v])),
          )
        else fields[key] = field
      }
      out[lang] = fields
    }
    return out as V
  }
  return {
    ...doc,
    title: visit(doc.title, 'title', 'en'),
    ...(doc.translations ? { translations: translated(doc.translations, 'translations') } : {}),
    days: doc.days.map((day, d) => ({
      ...day,
      ...(day.chair
        ? {
            chair: {
              ...(day.chair.morning !== undefined ? { morning: visit(day.chair.morning, `days[${d}].chair.morning`, 'en') } : {}),
              ...(day.chair.afternoon !== undefined ? { afternoon: visit(day.chair.afternoon, `days[${d}].chair.afternoon`, 'en') } : {}),
            },
          }
        : {}),
      items: day.items.map((item, i) => {
        const at = `days[${d}].items[${i}]`
        return {
          ...item,
          title: visit(item.title, `${at}.title`, 'en'),
          ...(item.description !== undefined ? { description: visit(item.description, `${at}.description`, 'en') } : {}),
          ...(item.speakers
            ? { speakers: item.speakers.map((s, k) => (typeof s === 'string' ? visit(s, `${at}.speakers[${k}]`, 'en') : { ...s, name: visit(s.name, `${at}.speakers[${k}].name`, 'en') })) }
            : {}),
          ...(item.subItems
            ? {
                subItems: item.subItems.map((sub, k) => ({
                  ...sub,
                  title: visit(sub.title, `${at}.subItems[${k}].title`, 'en'),
                  ...(sub.description !== undefined ? { description: visit(sub.description, `${at}.subItems[${k}].description`, 'en') } : {}),
                })),
              }
            : {}),
          ...(item.translations ? { translations: translated(item.translations, `${at}.translations`) } : {}),
        }
      }),
    })),
  }
}

/** The programme of `fromYear` with the name of its Presidency's meeting changed to that of `doc.year`'s, in every text. */
export function carryPresidency<T extends Texts>(doc: T, fromYear: number): T {
  const from = presidencyOfYear(fromYear)
  const to = presidencyOfYear(doc.year)
  if (!from || !to || (from.kind === to.kind && from.ordinal === to.ordinal)) return doc
  return eachText(doc, (text, _path, language) => renameMeeting(text, from, to, language))
}

export interface StaleMention extends MeetingMention {
  path: string
  language: PresidencyLanguage
  /** The year of the meeting named. */
  namedYear: number
}

/**
 * The texts that name the meeting of an earlier Presidency than the year's, most likely carried from
 * last year's programme: "Twenty-Second Meeting" in 2026. A mention may be meant (a decision of the
 * 22MSP); the editor shows it to be checked, it is not a rule of the rulebook.
 */
export function staleMeetingMentions(doc: Texts): StaleMention[] {
  const own = presidencyOfYear(doc.year)
  if (!own) return []
  const stale: StaleMention[] = []
  eachText(doc, (text, path, language) => {
    for (const mention of meetingMentions(text, language)) {
      if (mention.kind === own.kind && mention.ordinal === own.ordinal) continue
      const named = yearOfMeeting(mention.kind, mention.ordinal)
      // Last year's (or the year before's) meeting: what a copy carries. Older meetings are history.
      if (named !== null && named < doc.year && named >= doc.year - 2) stale.push({ ...mention, path, language, namedYear: named })
    }
    return text
  })
  return stale
}
