'use client'
// The document symbol of the year's programme, set by the ISU or the President (blank by default).
import { useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { say } from '@/components/form-messages'
import { useT } from '@/components/i18n'
import { setDocumentSymbolAction } from '@/lib/publication/actions'
import { MAX_SYMBOL } from '@/lib/publication/schema'
import styles from './document-symbol-form.module.css'

export function DocumentSymbolForm({ programmeId, version, symbol }: { programmeId: string; version: number; symbol: string }) {
  const t = useT()
  const router = useRouter()
  const [value, setValue] = useState(symbol)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [pending, startTransition] = useTransition()
  const save = () =>
    startTransition(async () => {
      const res = await setDocumentSymbolAction({ programmeId, version, symbol: value })
      if (res.ok) {
        setMessage({ ok: true, text: t('releases.symbolSaved') })
        router.refresh()
      } else setMessage({ ok: false, text: say(t, res.fieldErrors?.symbol?.[0]) || (res.error === 'conflict' ? t('workflow.conflict') : res.message) })
    })
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <label htmlFor="document-symbol">{t('releases.symbolLabel')}</label>
      <input id="document-symbol" name="symbol" value={value} maxLength={MAX_SYMBOL} onChange={(e) => setValue(e.target.value)} aria-describedby="document-symbol-hint" spellCheck={false} />
      <button type="submit" disabled={pending}>
        {t('releases.symbolSave')}
      </button>
      <p id="document-symbol-hint" className="muted">
        {t('releases.symbolHint')}
      </p>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? undefined : 'field-error'}>
          {message.text}
        </p>
      ) : null}
    </form>
  )
}
