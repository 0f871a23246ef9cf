// A round's outcome in words, coloured by what it means.
import type { Translate } from '@/lib/i18n'
import type { Outcome } from '@/lib/consultation/outcome'
import styles from './workflow.module.css'

export function RoundOutcome({ t, outcome }: { t: Translate; outcome: Outcome | null }) {
  if (!outcome) return <span className={styles.outcome}>{t('consultation.outcomes.open')}</span>
  return (
    <span className={`${styles.outcome} ${outcome === 'agreed' ? styles.agreed : styles.broken}`} data-testid="round-outcome">
      {t(`consultation.outcomes.${outcome}`)}
    </span>
  )
}
