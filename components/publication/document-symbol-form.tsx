'use client'
// The document symbol of the year's programme, set by the ISU or the President (blank by default).
import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { FieldError, Said, useActionForm } from '@/components/use-action-form'
import { setDocumentSymbolAction } from '@/lib/publication/actions'
import { MAX_SYMBOL } from '@/lib/publication/schema'
import styles from './document-symbol-form.module.css'

export function DocumentSymbolForm({ programmeId, version, symbol }: { programmeId: string; version: number; symbol: string }) {
  const { t, pending, said, fields, submit } = useActionForm()
  const router = useRouter()
  const [value, setValue] = useState(symbol)
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault()
        submit(
          () => setDocumentSymbolAction({ programmeId, version, symbol: value }),
          () => (router.refresh(), t('releases.symbolSaved')),
        )
      }}
    >
      <label htmlFor="document-symbol">{t('releases.symbolLabel')}</label>
      <input
        id="document-symbol"
        name="symbol"
        value={value}
        maxLength={MAX_SYMBOL}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby={fields.symbol ? 'document-symbol-hint document-symbol-error' : 'document-symbol-hint'}
        aria-invalid={fields.symbol ? true : undefined}
        spellCheck={false}
      />
      <button type="submit" disabled={pending}>
        {t('releases.symbolSave')}
      </button>
      <p id="document-symbol-hint" className="muted">
        {t('releases.symbolHint')}
      </p>
      <FieldError id="document-symbol-error" text={fields.symbol} />
      <Said said={said} />
    </form>
  )
}
