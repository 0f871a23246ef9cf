'use client'
// E-mail settings: for each kind of notification, at once, in the daily digest, or no e-mail (the
// notification in the application stays). A small form the profile page can embed; it saves only
// the person's own choices (the server reads who they are from the session).
import { useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { useT } from '@/components/i18n'
import styles from '@/components/workflow/workflow.module.css'
import { EMAIL_MODES, NOTIFICATION_KINDS, type EmailMode, type NotificationKind } from '@/lib/mail/preferences'
import { saveEmailPreferencesAction } from '@/lib/notifications/actions'
import type { Messages } from '@/lib/i18n'

/** The catalogue's key of a kind: the catalogue reads dots as nesting, so 'round.opened' is 'round-opened'. */
type KindKey = keyof Messages['consultationLoop']['kinds']
const kindKey = (kind: NotificationKind) => kind.replace('.', '-') as KindKey

type Props = { current: Record<NotificationKind, EmailMode>; kinds?: readonly NotificationKind[]; titleAs?: 'h1' | 'h2' | 'h3' }

export function EmailPreferencesForm({ current, kinds = NOTIFICATION_KINDS, titleAs: Title = 'h2' }: Props) {
  const t = useT()
  const router = useRouter()
  const [choices, setChoices] = useState(current)
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [pending, startTransition] = useTransition()
  const save = (e: React.FormEvent) => {
    e.preventDefault()
    startTransition(async () => {
      const changed = Object.fromEntries(kinds.filter((k) => choices[k] !== current[k]).map((k) => [k, choices[k]]))
      const res = await saveEmailPreferencesAction({ choices: changed })
      setResult(res.ok ? { ok: true, text: t('consultationLoop.prefsSaved') } : { ok: false, text: res.message })
      if (res.ok) router.refresh()
    })
  }
  return (
    <form className={styles.form} onSubmit={save} aria-labelledby="email-prefs-title" data-testid="email-preferences">
      <Title id="email-prefs-title">{t('consultationLoop.prefsTitle')}</Title>
      <p className="muted">{t('consultationLoop.prefsIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('consultationLoop.prefsKind')}</th>
            {EMAIL_MODES.map((m) => (
              <th key={m} scope="col">
                {t(`consultationLoop.modes.${m}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind} data-kind={kind}>
              <th scope="row" id={`kind-${kind}`}>
                {t(`consultationLoop.kinds.${kindKey(kind)}`)}
              </th>
              {EMAIL_MODES.map((m) => (
                <td key={m}>
                  <input
                    type="radio"
                    name={`mode-${kind}`}
                    value={m}
                    checked={choices[kind] === m}
                    onChange={() => setChoices((c) => ({ ...c, [kind]: m }))}
                    aria-label={`${t(`consultationLoop.kinds.${kindKey(kind)}`)}: ${t(`consultationLoop.modes.${m}`)}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {result && (
        <p className={result.ok ? 'alert ok' : 'alert'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {t('consultationLoop.prefsSave')}
      </button>
    </form>
  )
}
