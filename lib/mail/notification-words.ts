// A notification's title and body, kept as codes (lib/coded-message) and said when read: on the
// notifications page in the reader's language, in an e-mail in the recipient's. Titles written
// before codes (English sentences) are shown as they were written.
import { codedMessage, readCodedMessage } from '@/lib/coded-message'
import { formatGenevaMoment } from '@/lib/i18n/conventions'
import { LOCALE_TAGS, type Locale, type Translate } from '@/lib/i18n/languages'

/** The sentences a notification may have: keys of the catalogue's `notify` section. */
export type NotificationSentence =
  | 'formatDecided'
  | 'formatProposed'
  | 'approved'
  | 'published'
  | 'newRevision'
  | 'mentionedInComment'
  | 'replied'
  | 'commented'
  | 'resolved'
  | 'reopened'
  | 'reminder'
  | 'roundOpened'
  | 'answeredInThread'
  | 'answered'
  | 'mentionedInAnswer'
  | 'roundClosed'
  | 'reminderBody'
  | 'roundOpenedBody'
  | 'roundClosedBody'

/**
 * The values a sentence names. Besides names and years: `deadline` an instant (ISO), `format`,
 * `answer`, `before` (the earlier answer) and `outcome` ids, `item` an item's title (else the
 * programme of `year` is meant), `by` who closed a round (none: its deadline did).
 */
export type NotificationValues = Record<string, string | number | null | undefined>

/** A notification's title or body, to store. */
export const notificationText = (sentence: NotificationSentence, values: NotificationValues = {}) => codedMessage(`notify.${sentence}`, values)

/** A stored title or body in the reader's words; a text that is no code is shown as it is. */
export function notificationInWords(stored: string, t: Translate, locale: Locale): string {
  const code = readCodedMessage(stored)
  if (!code || !code.key.startsWith('notify.')) return stored
  const v = code.values
  const say = t as (key: string, values?: Record<string, string | number>) => string
  const lower = (text: string) => text.toLocaleLowerCase(LOCALE_TAGS[locale])
  const item = v.item ? say('notify.quoted', { title: v.item }) : ''
  const words: Record<string, string | number> = {
    ...v,
    where: item ? item : say('notify.whereProgramme', { year: v.year ?? '' }),
    onItem: item ? say('notify.onItem', { item }) : '',
    changed: v.before ? say('notify.changed', { answer: say(`notify.answers.${v.before}`) }) : '',
    how: v.by ? say('notify.closedBy', { name: v.by }) : say('notify.closedAtDeadline'),
    silence: v.silence === '1' ? `\n\n${say('notify.silence')}` : '',
  }
  if (v.deadline) words.deadline = formatGenevaMoment(new Date(v.deadline), locale, t)
  if ('symbol' in v && !v.symbol) words.symbol = say('workflow.original')
  if (v.format) words.format = say(v.format === 'thematic-day' ? 'editor.format.day' : 'editor.format.segment')
  if (v.answer) words.answer = say(`notify.answers.${v.answer}`)
  if (v.outcome) words.outcome = lower(say(`consultation.outcomes.${v.outcome}`))
  return say(code.key, words)
}
