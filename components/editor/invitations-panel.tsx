'use client'
// Whom to invite on each item (issue 16): the groups of States Parties the ISU's records suggest for
// the item's Committee and objectives, beside the invitation the item has; one click makes a
// suggestion the item's invitation, printed as its footnote in the PDF and on the public page.
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { useT } from '@/components/i18n'
import type { EditorDay } from '@/lib/meetings/editor-model'
import { INFORMAL_SEGMENTS } from '@/lib/programme/vocabulary'
import { setInvitationAction } from '@/lib/states/actions'
import { suggestInvitations } from '@/lib/states/invitations'
import type { StateFacts } from '@/lib/states/list'

type Props = {
  year: number
  days: EditorDay[]
  facts: StateFacts[]
  /** The States' names in the page's language, by code (lib/states/names.ts stateNamesOf), from the server: the names' tables stay there. */
  stateNames: Record<string, string>
  canEdit: boolean
}

export function InvitationsPanel({ year, days, facts, stateNames, canEdit }: Props) {
  const t = useT()
  const router = useRouter()
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, startTransition] = useTransition()
  const names = (codes: readonly string[]) => codes.map((code) => stateNames[code.toUpperCase()] ?? code).join(', ')
  const rows = days.flatMap((day) =>
    day.items
      .filter((item) => !INFORMAL_SEGMENTS.has(item.segment))
      .map((item) => ({ item, suggestions: suggestInvitations(item, year, facts) }))
      .filter(({ item, suggestions }) => suggestions.length > 0 || item.invited),
  )
  if (!rows.length) return null
  return (
    <section className="card" aria-labelledby="invitations-title" data-testid="invitations">
      <h2 id="invitations-title">{t('states.invitations.title')}</h2>
      <p className="muted small">{t('states.invitations.intro')}</p>
      {notice && (
        <p className="alert" role="alert">
          {notice}
        </p>
      )}
      <ul className="plain-list">
        {rows.map(({ item, suggestions }) => (
          <li key={item.id} data-item={item.id}>
            <h3>{item.title || t('states.invitations.untitled')}</h3>
            {item.invited ? (
              <p data-testid="invited">
                {t('states.invitations.current', { basis: item.invited.basis, states: names(item.invited.states) })}
              </p>
            ) : (
              <p className="muted">{t('states.invitations.none')}</p>
            )}
            {suggestions.map((s) => (
              <div key={s.id} className="suggestion">
                <p>
                  {t('states.invitations.suggested', { basis: s.basis, states: names(s.states) })}{' '}
                  {canEdit && (
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy}
                      onClick={() =>
                        startTransition(async () => {
                          setNotice(null)
                          const res = await setInvitationAction({ itemId: item.id, version: item.version, invited: { basis: s.basis, states: s.states } })
                          if (!res.ok) setNotice(res.error === 'conflict' ? t('errors.conflict') : res.message)
                          router.refresh()
                        })
                      }
                    >
                      {t('states.invitations.apply')}
                    </button>
                  )}
                </p>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  )
}
