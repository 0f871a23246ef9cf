'use client'
import { useT } from '@/components/i18n'
import type { PresentPerson } from '@/lib/presence/people'
import styles from './presence.module.css'

/** The same colour for a person on every screen: a hue from their id, dark enough for white initials (4.5:1 at every hue). */
const hueOf = (id: string) => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7)

/** Who else has the programme open: their initials as avatars, and their names. */
export function PresenceList({ people }: { people: PresentPerson[] }) {
  const t = useT()
  if (!people.length) return null
  const names = people.map((p) => p.name).join(', ')
  return (
    <div className={styles.presence} role="group" aria-label={t('presence.label')} data-testid="presence">
      <ul className={styles.avatars} aria-hidden="true">
        {people.slice(0, 5).map((p) => (
          <li key={p.id} className={styles.avatar} style={{ backgroundColor: `hsl(${hueOf(p.id)} 45% 30%)` }} title={t('presence.avatar', { name: p.name })}>
            {p.initials}
          </li>
        ))}
        {people.length > 5 && <li className={`${styles.avatar} ${styles.more}`}>+{people.length - 5}</li>}
      </ul>
      <p className={styles.names}>{t('presence.alsoEditing', { names })}</p>
    </div>
  )
}
