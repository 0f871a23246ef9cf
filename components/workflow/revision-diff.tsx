// What changed between two revisions, at a glance: a summary, then one line per item changed.
import { LOCALE_TAGS, type Locale, type Translate } from '@/lib/i18n/languages'
import { formatTimeRange } from '@/lib/i18n/conventions'
import { formatDateRange, formatDayMonthYear, formatShortDate } from '@/lib/i18n/dates'
import type { FieldChange, ItemChange, ItemPlace, RevisionDiff } from '@/lib/revisions/diff'
import styles from './workflow.module.css'

const when = (p: ItemPlace, locale: Locale) => `${formatShortDate(p.date, locale)} ${formatTimeRange(p.start, p.end, locale)}`

/** A field's value before or after, in the reader's words; '' where there is none. */
function fieldValue(t: Translate, locale: Locale, c: FieldChange, side: 'before' | 'after'): string {
  switch (c.field) {
    case 'title':
    case 'venue':
      return c[side]
    case 'format': {
      const format = c[side]
      return format ? t(`formats.${format}`) : ''
    }
    case 'formatDecision': {
      const d = c[side]
      if (!d) return ''
      return t(d.consulted ? 'i11dates.decisionConsulted' : 'i11dates.decision', { name: d.decidedBy, date: formatDayMonthYear(d.decidedOn, locale) })
    }
    case 'day': {
      const thematic = c[side]
      if (thematic === null) return ''
      const date = formatDayMonthYear(c.date, locale)
      return thematic ? t('i11dates.thematicDay', { date }) : date
    }
    case 'otherMeetings':
      return new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'unit' }).format(c[side].map((m) => t('i11dates.otherMeeting', { name: m.name, dates: formatDateRange(m.start, m.end, locale) })))
  }
}

function Change({ t, locale, change }: { t: Translate; locale: Locale; change: ItemChange }) {
  if (change.kind === 'added' || change.kind === 'removed') {
    const p = change.kind === 'added' ? change.after : change.before
    return (
      <li className={styles[change.kind]} data-testid="diff-item">
        <span className={`${styles.tag} ${styles[change.kind]}`}>{t(`revisions.kinds.${change.kind}`)}</span>
        {when(p, locale)} “{p.title}”
      </li>
    )
  }
  const { before, after, changes } = change
  const placeChanged = changes.includes('moved') || changes.includes('retimed')
  return (
    <li className={styles.changed} data-testid="diff-item">
      {changes.map((k) => (
        <span key={k} className={styles.tag}>
          {t(`revisions.kinds.${k}`)}
        </span>
      ))}
      “{after.title}”{' '}
      {placeChanged ? (
        <>
          <del>{when(before, locale)}</del> <span className="points-forward" aria-hidden="true">→</span> <ins>{when(after, locale)}</ins>
        </>
      ) : (
        <span className="muted">{when(after, locale)}</span>
      )}
      {changes.includes('retitled') && (
        <div>
          {t('revisions.formerTitle')} <del>{before.title}</del>
        </div>
      )}
      {change.details.length > 0 && <div className="muted">{t('revisions.detailsChanged', { fields: new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' }).format(change.details.map((f) => t(`i11dates.detailFields.${f as 'segment'}`))) })}</div>}
    </li>
  )
}

export function RevisionDiffView({ t, locale, diff, from, to }: { t: Translate; locale: Locale; diff: RevisionDiff; from: string; to: string }) {
  const counts = (['added', 'removed', 'moved', 'retimed', 'retitled', 'details'] as const).filter((k) => diff.counts[k] > 0)
  const nothing = diff.items.length === 0 && diff.programme.length === 0
  return (
    <section aria-labelledby="diff-title" data-testid="revision-diff">
      <h2 id="diff-title">{t('revisions.diffTitle', { from, to })}</h2>
      {nothing ? (
        <p>{t('revisions.noDifference')}</p>
      ) : (
        <>
          <p className={styles.summary} data-testid="diff-summary">
            {counts.map((k) => (
              <span key={k} className={`${styles.tag} ${k === 'added' || k === 'removed' ? styles[k] : ''}`}>
                {t(`revisions.counts.${k}`, { count: diff.counts[k] })}
              </span>
            ))}
            <span className="muted">{t('revisions.unchanged', { count: diff.unchanged })}</span>
          </p>
          {diff.programme.length > 0 && (
            <ul className={styles.diff}>
              {diff.programme.map((c) => ({ c, before: fieldValue(t, locale, c, 'before'), after: fieldValue(t, locale, c, 'after') })).map(({ c, before, after }, i) => (
                <li key={i} className={styles.changed}>
                  <span className={styles.tag}>{t(`revisions.fields.${c.field}`)}</span>
                  {before && <del>{before}</del>}
                  {before && after && (
                    <>
                      {' '}
                      <span className="points-forward" aria-hidden="true">→</span>{' '}
                    </>
                  )}
                  {after && <ins>{after}</ins>}
                </li>
              ))}
            </ul>
          )}
          <ul className={styles.diff} aria-label={t('revisions.itemChanges')}>
            {diff.items.map((c, i) => (
              <Change key={i} t={t} locale={locale} change={c} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
