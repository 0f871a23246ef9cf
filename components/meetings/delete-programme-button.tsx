'use client'
// Deleting a draft programme from the list: the person types the year to confirm (the deletion takes
// its days, items, comments and history with it). The server checks the year and the right again.
import { useRouter } from 'next/navigation'
import { useId, useState, useTransition } from 'react'
import { useT } from '@/components/i18n'
import { deleteProgrammeAction } from '@/lib/meetings/actions'

export function DeleteProgrammeButton({ programmeId, year, version }: { programmeId: string; year: number; version: number }) {
  const t = useT()
  const router = useRouter()
  const id = useId()
  const [asking, setAsking] = useState(false)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const remove = () =>
    startTransition(async () => {
      const res = await deleteProgrammeAction({ programmeId, version, confirmYear: Number(typed) })
      if (!res.ok) {
        setError(res.message)
        return
      }
      setAsking(false)
      router.refresh()
    })
  if (!asking) {
    return (
      <button type="button" className="link danger" onClick={() => setAsking(true)} aria-label={t('years.deleteOf', { year })}>
        {t('years.delete')}
      </button>
    )
  }
  return (
    <span role="group" aria-labelledby={`${id}-question`} className="delete-confirm">
      <span id={`${id}-question`}>{t('years.deleteQuestion', { year })}</span>
      <label htmlFor={`${id}-year`}>{t('years.deleteTypeYear', { year })}</label>
      <input id={`${id}-year`} className="input-year" inputMode="numeric" value={typed} onChange={(e) => setTyped(e.target.value)} autoFocus />
      <button type="button" className="danger" disabled={pending || typed !== String(year)} onClick={remove}>
        {t('years.deleteConfirm', { year })}
      </button>
      <button type="button" className="secondary" onClick={() => (setAsking(false), setTyped(''), setError(null))}>
        {t('comments.cancel')}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  )
}
