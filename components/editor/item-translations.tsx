'use client'
// The item's texts in French, Spanish and Arabic (loaded when the dialog opens, apart from the rest):
// one language at a time, each field beside its English original; the languages still missing a
// text are named in the section's heading.
import { useState } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { useT } from '@/components/i18n'
import { say } from '@/components/form-messages'
import type { ItemFields } from '@/lib/meetings/schema'
import { missingTexts, TRANSLATION_LANGUAGES, type TranslationLanguage } from '@/lib/programme'
import styles from './item-texts.module.css'

export default function ItemTranslations({ form }: { form: UseFormReturn<ItemFields> }) {
  const t = useT()
  const [language, setLanguage] = useState<TranslationLanguage>('fr')
  const { register, control, formState } = form
  const values = useWatch({ control })
  const subItems = values.subItems ?? []
  const item = {
    title: values.title ?? '',
    description: values.description,
    subItems: subItems.map((s) => ({ title: s?.title ?? '' })),
    translations: Object.fromEntries(
      TRANSLATION_LANGUAGES.map((l) => {
        const own = values.translations?.[l]
        return [l, { title: own?.title, description: own?.description, subItems: (own?.subItems ?? []).map((title) => ({ title: title ?? '' })) }]
      }),
    ),
  }
  const missing = TRANSLATION_LANGUAGES.filter((l) => missingTexts(item, l).length > 0)
  const errors = formState.errors.translations?.[language]
  const error = (message: string | undefined, id: string) =>
    message ? (
      <p className="field-error" id={id}>
        {say(t, message)}
      </p>
    ) : null
  const original = (text: string | undefined) => (
    <p className={styles.original} lang="en">
      <span className={styles.originalLabel}>{t('itemTexts.original')}</span> {text?.trim() ? text : <em>{t('itemTexts.noOriginal')}</em>}
    </p>
  )
  const prefix = `translations.${language}` as const
  /** What is typed is in the language typed (Arabic right to left); the labels stay in the reader's. */
  const typed = { lang: language, dir: language === 'ar' ? 'rtl' : undefined }
  return (
    <details className={styles.section} data-testid="item-translations" open={false}>
      <summary>
        {t('itemTexts.translations')}
        {missing.length > 0 && <span className={styles.missing}> — {t('itemTexts.missingIn', { languages: missing.map((l) => t(`itemTexts.languages.${l}`)).join(', ') })}</span>}
      </summary>
      <div className={styles.tabs} role="radiogroup" aria-label={t('itemTexts.language')}>
        {TRANSLATION_LANGUAGES.map((l) => (
          <label key={l} className={language === l ? `${styles.tab} ${styles.current}` : styles.tab}>
            <input type="radio" name="translation-language" value={l} checked={language === l} onChange={() => setLanguage(l)} />
            {t(`itemTexts.languages.${l}`)}
            {missing.includes(l) && <span className={styles.dot} aria-label={t('itemTexts.incomplete')} title={t('itemTexts.incomplete')} />}
          </label>
        ))}
      </div>
      <div key={language} className={styles.fields}>
        <div className={styles.pair}>
          <label htmlFor={`item-${language}-title`}>{t('itemTexts.titleIn', { language: t(`itemTexts.languages.${language}`) })}</label>
          {original(values.title)}
          <input id={`item-${language}-title`} {...register(`${prefix}.title`)} {...typed} aria-invalid={!!errors?.title} />
          {error(errors?.title?.message, `item-${language}-title-error`)}
        </div>
        {values.description?.trim() ? (
          <div className={styles.pair}>
            <label htmlFor={`item-${language}-description`}>{t('itemTexts.descriptionIn', { language: t(`itemTexts.languages.${language}`) })}</label>
            {original(values.description)}
            <textarea id={`item-${language}-description`} rows={3} {...register(`${prefix}.description`)} {...typed} aria-invalid={!!errors?.description} />
            {error(errors?.description?.message, `item-${language}-description-error`)}
          </div>
        ) : null}
        {subItems.map((sub, index) => {
          const letter = String.fromCharCode(97 + index)
          return (
            <div key={index} className={styles.pair}>
              <label htmlFor={`item-${language}-sub-${index}`}>{t('itemTexts.subItemIn', { letter, language: t(`itemTexts.languages.${language}`) })}</label>
              {original(sub?.title)}
              <input id={`item-${language}-sub-${index}`} {...register(`${prefix}.subItems.${index}`)} {...typed} />
            </div>
          )
        })}
      </div>
    </details>
  )
}
