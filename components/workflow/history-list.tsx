// The programme's history as sentences: who did what, and when.
import type { Locale, Translate } from '@/lib/i18n'
import { formatGenevaMoment, formatGenevaShort } from '@/lib/i18n/conventions'
import { storedFindingInWords, type Say } from '@/lib/rules'
import type { HistoryEvent } from '@/lib/workflow/history'
import styles from './workflow.module.css'

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '')

function status(t: Translate, v: unknown) {
  const s = text(v)
  return ['draft', 'consultation', 'approved', 'published'].includes(s) ? t(`statuses.${s as 'draft'}`) : s
}

function answer(t: Translate, v: unknown) {
  const s = text(v)
  return ['no-objection', 'comments', 'objection'].includes(s) ? t(`consultation.answers.${s as 'comments'}`) : s
}

function outcome(t: Translate, v: unknown) {
  const s = text(v)
  return ['agreed', 'silence-broken', 'objected', 'not-agreed'].includes(s) ? t(`consultation.outcomes.${s as 'agreed'}`) : s
}

/** A revision as the history names it: its symbol, else "Original" (revision 0 of a year without a symbol). */
const named = (t: Translate, v: unknown) => text(v) || t('workflow.original')

/** One event as a sentence without its subject ("opened a consultation round …"). */
export function eventSentence(t: Translate, e: HistoryEvent, locale: Locale): string {
  const d = e.detail
  const where = text(d.itemTitle) ? `“${text(d.itemTitle)}”` : t('history.theProgramme')
  switch (e.action) {
    case 'thread.created':
      return t('history.events.threadCreated', { where, excerpt: text(d.excerpt) })
    case 'comment.created':
      return t('history.events.commentCreated', { where, excerpt: text(d.excerpt) })
    case 'comment.edited':
      return t('history.events.commentEdited', { before: text(d.before), after: text(d.after) })
    case 'comment.deleted':
      return t('history.events.commentDeleted', { excerpt: text(d.excerpt) })
    case 'thread.resolved':
      return t('history.events.threadResolved', { where })
    case 'thread.reopened':
      return t('history.events.threadReopened', { where })
    case 'programme.status':
      return t(d.approvalWithdrawn ? 'history.events.approvalWithdrawn' : 'history.events.status', { from: status(t, d.from), to: status(t, d.to) })
    case 'consultation.opened':
      return t('history.events.roundOpened', { deadline: text(d.deadline) ? formatGenevaMoment(new Date(text(d.deadline)), locale, t) : '', message: text(d.message) })
    case 'consultation.answered':
      return d.previous && d.previous !== d.answer
        ? t('history.events.answerChanged', { previous: answer(t, d.previous), answer: answer(t, d.answer) })
        : t('history.events.answered', { answer: answer(t, d.answer) })
    case 'consultation.reminded':
      return t('history.events.reminded', { members: Array.isArray(d.members) ? d.members.map(text).join(', ') || '—' : '—' })
    case 'consultation.closed': {
      const sentence = t(d.byDeadline ? 'history.events.roundClosedAtDeadline' : 'history.events.roundClosed', { outcome: outcome(t, d.outcome) })
      return text(d.statement) ? t('consultationLoop.historyStatement', { sentence, statement: text(d.statement) }) : sentence
    }
    case 'objection.answered':
      return text(d.answeredBy)
        ? t('consultationLoop.historyObjectionAnswered', { member: text(d.member), by: text(d.answeredBy), objection: text(d.objection), answer: text(d.answer) })
        : t('consultationLoop.historyObjectionReason', { member: text(d.member), objection: text(d.objection), reason: text(d.reason) })
    case 'warning.acknowledged':
      return t('history.events.warningAcknowledged', { symbol: named(t, d.symbol), message: storedFindingInWords(d, t as Say, locale) })
    case 'programme.approved':
      return t('history.events.approved', { symbol: named(t, d.symbol), count: text(d.acknowledged) || '0' })
    case 'programme.published':
      return t('history.events.published', { symbol: named(t, d.symbol) })
    case 'revision.started':
      return t('history.events.revisionStarted', { symbol: named(t, d.symbol), previous: named(t, d.previous) })
    case 'item.created':
    case 'item.saved':
    case 'item.deleted':
    case 'item.moved': {
      const key = ({ 'item.created': 'itemCreated', 'item.saved': 'itemSaved', 'item.deleted': 'itemDeleted', 'item.moved': 'itemMoved' } as const)[e.action]
      return t(`history.events.${key}`, { what: text(d.title) ? `“${text(d.title)}”` : '' })
    }
    case 'format.decided':
      return t('history.events.formatDecided')
    case 'format.proposed':
      return t('history.events.formatProposed')
    case 'programme.settingsSaved':
      return t('history.events.settingsSaved')
    case 'programme.created':
      return t('history.events.programmeCreated')
    case 'programme.symbol':
      return text(d.to) ? t('i11dates.events.symbol', { symbol: text(d.to) }) : t('i11dates.events.symbolRemoved')
    case 'programme.arabicDigits':
      return t('i11dates.events.arabicDigits', { digits: t(d.to === 'arabic-indic' ? 'i20.digits.arabicIndic' : 'i20.digits.western') })
    case 'item.invited':
      return t('i11dates.events.invited')
    case 'otherMeeting.added':
    case 'otherMeeting.changed':
    case 'otherMeeting.removed':
      return t('history.events.otherMeeting', { what: text(d.name) ? `(“${text(d.name)}”)` : '' }).trim()
    default: {
      // Events of other features (the editor's): the action, and the title it names if any.
      const named = text(d.title) || text(d.itemTitle) || text(d.name)
      return t('history.events.other', { action: e.action, what: named ? `“${named}”` : '' }).trim()
    }
  }
}

export function HistoryList({ t, locale, events }: { t: Translate; locale: Locale; events: HistoryEvent[] }) {
  return (
    <ol className={styles.history} data-testid="history">
      {events.map((e) => (
        <li key={e.id} data-action={e.action}>
          <time dateTime={e.at}>{formatGenevaShort(new Date(e.at), locale)}</time>
          <span>
            <strong>{e.who ?? t('history.system')}</strong> {eventSentence(t, e, locale)}
          </span>
        </li>
      ))}
    </ol>
  )
}
