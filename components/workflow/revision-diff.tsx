// What changed between two revisions, at a glance: a summary, then one line per item changed.
import type { Translate } from '@/lib/i18n'
import type { ItemChange, ItemPlace, RevisionDiff } from '@/lib/revisions/diff'
import styles from './workflow.module.css'

const dayName = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' })
const when = (p: ItemPlace) => `${dayName(p.date)} ${p.start}–${p.end}`

function Change({ t, change }: { t: Translate; change: ItemChange }) {
  if (change.kind === 'added' || change.kind === 'removed') {
    const p = change.kind === 'added' ? change.after : change.before
    return (
      <li className={styles[change.kind]} data-testid="diff-item">
        <span className={`${styles.tag} ${styles[change.kind]}`}>{t(`revisions.kinds.${change.kind}`)}</span>
        {when(p)} “{p.title}”
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
          <del>{when(before)}</del> <span className="points-forward" aria-hidden="true">→</span> <ins>{when(after)}</ins>
        </>
      ) : (
        <span className="muted">{when(after)}</span>
      )}
      {changes.includes('retitled') && (
        <div>
          {t('revisions.formerTitle')} <del>{before.title}</del>
        </div>
      )}
      {change.details.length > 0 && <div className="muted">{t('revisions.detailsChanged', { fields: change.details.join(', ') })}</div>}
    </li>
  )
}

export function RevisionDiffView({ t, diff, from, to }: { t: Translate; diff: RevisionDiff; from: string; to: string }) {
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
              {diff.programme.map((c, i) => (
                <li key={i} className={styles.changed}>
                  <span className={styles.tag}>{t(`revisions.fields.${c.field}`)}</span>
                  {c.before && <del>{c.before}</del>}
                  {c.before && c.after && (
                    <>
                      {' '}
                      <span className="points-forward" aria-hidden="true">→</span>{' '}
                    </>
                  )}
                  {c.after && <ins>{c.after}</ins>}
                </li>
              ))}
            </ul>
          )}
          <ul className={styles.diff} aria-label={t('revisions.itemChanges')}>
            {diff.items.map((c, i) => (
              <Change key={i} t={t} change={c} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
