'use client'
// The digits of the year's Arabic public page and PDF, chosen by the ISU or the President: Western
// (the default) or Arabic-Indic.
import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { Said, useActionForm } from '@/components/use-action-form'
import type { ArabicDigits } from '@/lib/i18n/digits'
import { setArabicDigitsAction } from '@/lib/publication/actions'

export function ArabicDigitsForm({ programmeId, version, digits }: { programmeId: string; version: number; digits: ArabicDigits }) {
  const { t, pending, said, submit } = useActionForm()
  const router = useRouter()
  const [value, setValue] = useState<ArabicDigits>(digits)
  return (
    <form
      className="form-card"
      data-testid="arabic-digits"
      onSubmit={(event) => {
        event.preventDefault()
        submit(
          () => setArabicDigitsAction({ programmeId, version, digits: value }),
          () => (router.refresh(), t('i20.digits.saved')),
        )
      }}
    >
      <fieldset className="choice-list" aria-describedby="arabic-digits-hint">
        <legend>{t('i20.digits.legend')}</legend>
        {(['western', 'arabic-indic'] as const).map((choice) => (
          <label key={choice} className="choice">
            <input type="radio" name="arabicDigits" value={choice} checked={value === choice} onChange={() => setValue(choice)} />{' '}
            <span lang="ar" dir="auto">
              {t(choice === 'western' ? 'i20.digits.western' : 'i20.digits.arabicIndic')}
            </span>
          </label>
        ))}
        <p id="arabic-digits-hint" className="muted">
          {t('i20.digits.hint')}
        </p>
      </fieldset>
      <button type="submit" disabled={pending}>
        {t('i20.digits.save')}
      </button>
      <Said said={said} />
    </form>
  )
}
