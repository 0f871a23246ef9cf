'use client'
// The programme's title and venue in French, Spanish and Arabic, beside the English original, and
// per language how many items still miss a text (they are translated in their own dialog).
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { useT } from '@/components/i18n'
import { say } from '@/components/form-messages'
import type { EditorProgramme } from '@/lib/meetings/editor-model'
import type { SettingsFields } from '@/lib/meetings/schema'
import { missingByLanguage, TRANSLATION_LANGUAGES } from '@/lib/programme'
import styles from './item-texts.module.css'

export function SettingsTexts({ form, programme }: { form: UseFormReturn<SettingsFields>; programme: EditorProgramme }) {
  const t = useT()
  const { register, control, formState } = form
  const [title, venue] = useWatch({ control, name: ['title', 'venue'] })
  const missing = missingByLanguage(programme)
  return (
    <fieldset data-testid="settings-texts">
      <legend>{t('itemTexts.settings.title')}</legend>
      <p className="muted small">{t('itemTexts.settings.intro')}</p>
      <ul className="plain-list" data-testid="texts-missing-counts">
        {TRANSLATION_LANGUAGES.map((l) => {
          const language = t(`itemTexts.languages.${l}`)
          const m = missing[l]
          return (
            <li key={l} data-language={l} data-missing={m.items}>
              {m.items ? t('itemTexts.settings.missing', { language, count: m.items }) : t('itemTexts.settings.complete', { language })}
            </li>
          )
        })}
      </ul>
      {TRANSLATION_LANGUAGES.map((l) => {
        const language = t(`itemTexts.languages.${l}`)
        const errors = formState.errors.translations?.[l]
        return (
          <div key={l} className="form-grid">
            <div className={styles.pair}>
              <label htmlFor={`settings-${l}-title`}>{t('itemTexts.settings.titleIn', { language })}</label>
              <p className={styles.original} lang="en" dir="ltr">
                <span className={styles.originalLabel}>{t('itemTexts.original')}</span> {title}
              </p>
              <input id={`settings-${l}-title`} {...register(`translations.${l}.title`)} lang={l} dir={l === 'ar' ? 'rtl' : undefined} aria-invalid={!!errors?.title} />
              {errors?.title && <p className="field-error">{say(t, errors.title.message)}</p>}
            </div>
            <div className={styles.pair}>
              <label htmlFor={`settings-${l}-venue`}>{t('itemTexts.settings.venueIn', { language })}</label>
              <p className={styles.original} lang="en" dir="ltr">
                <span className={styles.originalLabel}>{t('itemTexts.original')}</span> {venue}
              </p>
              <input id={`settings-${l}-venue`} {...register(`translations.${l}.venue`)} lang={l} dir={l === 'ar' ? 'rtl' : undefined} aria-invalid={!!errors?.venue} />
              {errors?.venue && <p className="field-error">{say(t, errors.venue.message)}</p>}
            </div>
          </div>
        )
      })}
    </fieldset>
  )
}
