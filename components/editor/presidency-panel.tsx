'use client'
// The Presidency of the year in the editor: the meeting whose President prepares the meetings (from
// the year), the President and their State (entered by the ISU), the opening item's wording made
// from them, and the texts of the draft that still name last year's meeting.
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { useLocale, useT } from '@/components/i18n'
import type { Locale } from '@/lib/i18n'
import { savePresidentAction } from '@/lib/presidency/actions'
import { meetingName, presidentTitle, staleMeetingMentions, type Presidency, type PresidencyLanguage, type Programme } from '@/lib/programme'

export type PresidencyProps = {
  year: number
  presidency: Presidency | null
  president: { president: string; state: string | null; version: number } | null
}

// The Meetings' names in Arabic (ordinals in words) are not written yet: an Arabic page names them in English.
const language = (locale: Locale): PresidencyLanguage => (locale === 'ar' ? 'en' : locale)

type Props = PresidencyProps & { draft: Programme; canEdit: boolean; onShow: (path: string) => void }

export function PresidencyPanel({ year, presidency, president, draft, canEdit, onShow }: Props) {
  const t = useT()
  const locale = useLocale()
  const router = useRouter()
  const [name, setName] = useState(president?.president ?? '')
  const [state, setState] = useState(president?.state ?? '')
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, startTransition] = useTransition()
  if (!presidency) return null
  const title = presidentTitle(presidency, language(locale))
  const stale = staleMeetingMentions(draft)
  const save = (event: React.FormEvent) => {
    event.preventDefault()
    startTransition(async () => {
      const res = await savePresidentAction({ year, president: name, state, version: president?.version ?? null })
      setNotice(res.ok ? { ok: true, text: t('presidency.saved') } : { ok: false, text: res.message })
      if (res.ok) router.refresh()
    })
  }
  return (
    <section className="card" aria-labelledby="presidency-title" data-testid="presidency">
      <h2 id="presidency-title">{t('presidency.title')}</h2>
      <p>{t('presidency.preparedBy', { title, short: presidency.short })}</p>
      <p data-testid="opening-wording">
        <strong>{t('presidency.opening')}</strong> {president ? t('presidency.openingWithName', { title, name: president.president }) : title}
      </p>
      {canEdit ? (
        <form onSubmit={save} className="inline-form">
          <label>
            {t('presidency.president')}
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={300} />
          </label>
          <label>
            {t('presidency.state')}
            <input value={state} onChange={(e) => setState(e.target.value)} maxLength={3} size={4} pattern="[A-Za-z]{3}" />
          </label>
          <button type="submit" disabled={busy}>
            {t('presidency.save')}
          </button>
        </form>
      ) : (
        !president && <p className="muted">{t('presidency.none')}</p>
      )}
      {notice && (
        <p className={notice.ok ? 'alert ok' : 'alert'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      {stale.length > 0 && (
        <div className="alert" data-testid="stale-presidency">
          <p>{t('presidency.stale', { count: stale.length, own: meetingName(presidency, language(locale)) })}</p>
          <ul>
            {stale.map((mention) => (
              <li key={`${mention.path}-${mention.index}`}>
                “{mention.text}” ({mention.namedYear}){' '}
                <button type="button" className="link" onClick={() => onShow(mention.path)}>
                  {t('editor.findings.show')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
