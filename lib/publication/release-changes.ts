// What changed from one release to the next, in plain words: items added, removed, moved, retimed
// and renamed, from the revision diff (lib/revisions/diff.ts). The public page and a revision's PDF
// both say it. Pure: two snapshots and a language in, sentences out.
import { messagesFor, translator, type Locale } from '@/lib/i18n'
import { formatShortDate, formatTimeRange } from '@/lib/pdf/typography'
import { diffRevisions, type ItemPlace, type Snapshot } from '@/lib/revisions/diff'

export type ReleaseChanges = {
  /** One sentence per change, in the programme's order. */
  sentences: string[]
  /** How many sentences were left out after `limit`. */
  more: number
}

/** The changes from `previous` to `current` as sentences in `locale`; at most `limit` of them. */
export function releaseChanges(previous: Snapshot, current: Snapshot, locale: Locale, limit = 20): ReleaseChanges {
  const t = translator(messagesFor(locale))
  const diff = diffRevisions(previous, current)
  const day = (p: ItemPlace) => formatShortDate(p.date, locale)
  const time = (p: ItemPlace) => formatTimeRange(p.start, p.end, locale)
  const sentences: string[] = []

  const before = previous.document
  const after = current.document
  if (before.title !== after.title) sentences.push(t('releases.title', { title: after.title }))
  if (before.venue !== after.venue) sentences.push(t('releases.venue', { venue: after.venue }))
  const dates = (p: typeof before) => p.days.map((d) => d.date).sort().join(' ')
  if (dates(before) !== dates(after)) sentences.push(t('releases.days'))

  for (const change of diff.items) {
    if (change.kind === 'added') {
      sentences.push(t('releases.added', { title: change.after.title, day: day(change.after), time: time(change.after) }))
      continue
    }
    if (change.kind === 'removed') {
      sentences.push(t('releases.removed', { title: change.before.title, day: day(change.before), time: time(change.before) }))
      continue
    }
    const { before: from, after: to, changes } = change
    if (changes.includes('retitled')) sentences.push(t('releases.renamed', { from: from.title, to: to.title }))
    if (changes.includes('moved') && (from.date !== to.date || !changes.includes('retimed'))) {
      sentences.push(t('releases.moved', { title: to.title, fromDay: day(from), fromTime: time(from), toDay: day(to), toTime: time(to) }))
    } else if (changes.includes('retimed')) {
      sentences.push(t('releases.retimed', { title: to.title, day: day(to), fromTime: time(from), toTime: time(to) }))
    }
    if (changes.length === 1 && changes[0] === 'details') sentences.push(t('releases.details', { title: to.title }))
  }
  const more = Math.max(0, sentences.length - limit)
  return { sentences: more ? sentences.slice(0, limit) : sentences, more }
}

/** The sentences, with "and N other changes" closing a list cut short. */
export function releaseChangeLines(changes: ReleaseChanges, locale: Locale): string[] {
  if (!changes.more) return changes.sentences
  return [...changes.sentences, translator(messagesFor(locale))('releases.moreChanges', { count: changes.more })]
}
