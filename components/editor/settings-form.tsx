'use client'
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState, useTransition } from 'react'
import { useFieldArray, useForm, useWatch } from 'react-hook-form'
import { saveSettingsAction } from '@/lib/meetings/actions'
import { say } from '@/components/form-messages'
import { useLocale, useT } from '@/components/i18n'
import { formatWeekdayDate } from '@/lib/i18n/dates'
import type { EditorProgramme } from '@/lib/meetings/editor-model'
import { SettingsFieldsSchema, type SettingsFields } from '@/lib/meetings/schema'
import { isIsoDate, nextWorkingDay, TRANSLATION_LANGUAGES } from '@/lib/programme'
import { SettingsTexts } from './settings-texts'

export const settingsOf = (p: EditorProgramme): SettingsFields => ({
  title: p.title,
  venue: p.venue,
  days: p.days.map((d) => ({ id: d.id, date: d.date, thematic: d.thematic })),
  translations: Object.fromEntries(TRANSLATION_LANGUAGES.map((l) => [l, { title: p.translations?.[l]?.title ?? '', venue: p.translations?.[l]?.venue ?? '' }])),
})

type Props = {
  programme: EditorProgramme
  canEdit: boolean
  onValues: (values: SettingsFields) => void
  onDirty: (dirty: boolean) => void
}

export function SettingsForm({ programme, canEdit, onValues, onDirty }: Props) {
  const t = useT()
  const locale = useLocale()
  // The version the user started typing from travels with the save, whatever refreshes meanwhile.
  const startedFrom = useRef(programme.version)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [pending, startTransition] = useTransition()
  const form = useForm<SettingsFields>({ resolver: zodResolver(SettingsFieldsSchema), defaultValues: settingsOf(programme) })
  const { register, control, handleSubmit, formState, reset } = form
  const days = useFieldArray({ control, name: 'days' })
  const values = useWatch({ control })

  // Someone's save elsewhere (or ours) brings a new version: follow it while nothing is typed here.
  useEffect(() => {
    if (!formState.isDirty) {
      reset(settingsOf(programme))
      startedFrom.current = programme.version
    }
  }, [programme, formState.isDirty, reset])
  useEffect(() => onValues(values as SettingsFields), [values, onValues])
  useEffect(() => onDirty(formState.isDirty), [formState.isDirty, onDirty])

  const itemCount = (dayId?: string) => programme.days.find((d) => d.id === dayId)?.items.length ?? 0
  const save = (fields: SettingsFields) =>
    startTransition(async () => {
      const res = await saveSettingsAction({ programmeId: programme.id, version: startedFrom.current, fields })
      if (res.ok) {
        startedFrom.current = res.data.version
        reset(fields)
        setMessage({ ok: true, text: t('editor.settings.saved') })
      } else if (res.error === 'conflict') {
        const c = res.current as { version: number; title: string; venue: string; days: { date: string; thematic: boolean }[] }
        startedFrom.current = c.version
        setMessage({ ok: false, text: t('editor.conflict.settings', { title: c.title, venue: c.venue, days: c.days.map((d) => d.date + (d.thematic ? ' (thematic)' : '')).join(', ') }) })
      } else setMessage({ ok: false, text: res.message })
    })

  return (
    <section className="card settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('editor.settings.title')}</h2>
      <form onSubmit={(e) => void handleSubmit(save)(e)} noValidate>
        <fieldset disabled={!canEdit} className="plain">
          <div className="form-grid">
            <div>
              <label htmlFor="settings-title-input">{t('editor.settings.name')}</label>
              <input id="settings-title-input" {...register('title')} aria-invalid={!!formState.errors.title} />
              {formState.errors.title && <p className="field-error">{say(t, formState.errors.title.message)}</p>}
            </div>
            <div>
              <label htmlFor="settings-venue">{t('editor.settings.venue')}</label>
              <input id="settings-venue" {...register('venue')} aria-invalid={!!formState.errors.venue} />
              {formState.errors.venue && <p className="field-error">{say(t, formState.errors.venue.message)}</p>}
            </div>
          </div>
          <fieldset>
            <legend>{t('editor.settings.days')}</legend>
            {days.fields.map((field, index) => {
              const date = values.days?.[index]?.date ?? ''
              return (
                <div key={field.id} className="day-row">
                  <label htmlFor={`day-date-${index}`} className="sr-only">
                    {t('editor.settings.date', { number: index + 1 })}
                  </label>
                  <input id={`day-date-${index}`} type="date" {...register(`days.${index}.date`)} aria-invalid={!!formState.errors.days?.[index]?.date} />
                  <span className="muted day-name">{isIsoDate(date) ? formatWeekdayDate(date, locale) : ''}</span>
                  <label className="checkbox">
                    <input type="checkbox" {...register(`days.${index}.thematic`)} /> {t('editor.settings.thematic')}
                  </label>
                  {days.fields.length > 1 && (
                    <button
                      type="button"
                      className="danger small"
                      onClick={() => {
                        const count = itemCount(values.days?.[index]?.id)
                        if (count === 0 || window.confirm(t('editor.settings.removeDayConfirm', { date, count }))) days.remove(index)
                      }}
                    >
                      {t('editor.settings.removeDay')}
                    </button>
                  )}
                  {formState.errors.days?.[index]?.date && <p className="field-error">{say(t, formState.errors.days[index]?.date?.message)}</p>}
                </div>
              )
            })}
            {formState.errors.days?.root && <p className="field-error">{say(t, formState.errors.days.root.message)}</p>}
            <button
              type="button"
              className="secondary small"
              onClick={() => {
                const last = [...(values.days ?? [])].map((d) => d?.date ?? '').filter(isIsoDate).sort().at(-1)
                days.append({ date: last ? nextWorkingDay(last) : `${programme.year}-06-15`, thematic: false })
              }}
            >
              + {t('editor.settings.addDay')}
            </button>
          </fieldset>
          <SettingsTexts form={form} programme={programme} />
          {message && (
            <p className={message.ok ? 'alert ok' : 'alert'} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </p>
          )}
          {canEdit && (
            <button type="submit" disabled={pending || !formState.isDirty}>
              {t('editor.settings.save')}
            </button>
          )}
        </fieldset>
      </form>
    </section>
  )
}
