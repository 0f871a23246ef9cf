'use client'
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState, useTransition } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { saveItemAction } from '@/lib/meetings/actions'
import { useT } from '@/components/i18n'
import type { ActionResult } from '@/lib/actions'
import type { EditorItem } from '@/lib/meetings/editor-model'
import type { ItemConflict } from '@/lib/meetings/editing'
import { ItemFieldsSchema, type ItemFields } from '@/lib/meetings/schema'
import { COMMITTEES, OBJECTIVES, SEGMENTS, speakerNames } from '@/lib/programme'

export const fieldsOf = (item: EditorItem | null, start = '10:00', end = '11:00'): ItemFields => ({
  start: item?.start ?? start,
  end: item?.end ?? end,
  title: item?.title ?? '',
  description: item?.description ?? '',
  segment: item?.segment ?? 'general',
  committee: (item?.committee ?? '') as ItemFields['committee'],
  objectives: (item?.objectives ?? []) as ItemFields['objectives'],
  speakers: speakerNames(item?.speakers).join('\n'),
})

type Props = {
  programmeId: string
  dayId: string
  dayLabel: string
  item: EditorItem | null
  /** Where a new item starts: after the day's last item. */
  defaultTimes: { start: string; end: string }
  onValues: (values: ItemFields) => void
  onDirty: (dirty: boolean) => void
  onClose: () => void
}

export function ItemForm({ programmeId, dayId, dayLabel, item, defaultTimes, onValues, onDirty, onClose }: Props) {
  const t = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  // The version the user started from travels with every save, whatever refreshes meanwhile.
  const [startedFrom, setStartedFrom] = useState(item?.version)
  const [conflict, setConflict] = useState<ItemConflict | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const form = useForm<ItemFields>({ resolver: zodResolver(ItemFieldsSchema), defaultValues: fieldsOf(item, defaultTimes.start, defaultTimes.end) })
  const { register, handleSubmit, formState, control, reset, setError } = form
  const values = useWatch({ control })
  const [shift, setShift] = useState(false)

  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  useEffect(() => {
    onValues({ ...fieldsOf(item), ...values } as ItemFields)
  }, [values, item, onValues])
  useEffect(() => onDirty(formState.isDirty), [formState.isDirty, onDirty])

  const save = (fields: ItemFields, version = startedFrom) =>
    startTransition(async () => {
      setMessage(null)
      const res: ActionResult<unknown> = await saveItemAction({ programmeId, dayId, itemId: item?.id, version, fields, shiftFollowing: shift })
      if (res.ok) {
        onDirty(false)
        onClose()
        return
      }
      if (res.error === 'conflict') {
        setConflict(res.current as ItemConflict)
        return
      }
      if (res.error === 'validation') {
        for (const [path, messages] of Object.entries(res.fieldErrors ?? {})) setError(path.replace(/^fields\./, '') as keyof ItemFields, { message: messages[0] })
      }
      setMessage(res.message)
    })

  const theirs = conflict?.item ? fieldsOf(conflict.item) : null
  const differing = theirs ? (Object.keys(theirs) as (keyof ItemFields)[]).filter((k) => JSON.stringify(theirs[k]) !== JSON.stringify(form.getValues(k))) : []
  const fieldError = (name: keyof ItemFields) => {
    const error = formState.errors[name]
    return error ? (
      <p className="field-error" id={`item-${name}-error`}>
        {String(error.message)}
      </p>
    ) : null
  }
  const described = (name: keyof ItemFields) => ({ 'aria-invalid': !!formState.errors[name], 'aria-describedby': formState.errors[name] ? `item-${name}-error` : undefined })

  return (
    <dialog ref={dialog} className="item-dialog" aria-labelledby="item-form-title" onCancel={onClose}>
      <form onSubmit={handleSubmit((fields) => save(fields))} noValidate>
        <h2 id="item-form-title">{item ? t('editor.form.editTitle') : t('editor.form.newTitle', { date: dayLabel })}</h2>
        {conflict && (
          <div className="alert" role="alert">
            <h3>{t('editor.conflict.title')}</h3>
            <p>{t('editor.conflict.intro', { name: conflict.by ?? t('editor.conflict.someone') })}</p>
            {theirs && (
              <table className="conflict-table">
                <caption className="sr-only">{t('editor.conflict.theirs')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('editor.conflict.field')}</th>
                    <th scope="col">{t('editor.conflict.theirs')}</th>
                  </tr>
                </thead>
                <tbody>
                  {differing.map((k) => (
                    <tr key={k}>
                      <th scope="row">{t(`editor.form.${k}` as 'editor.form.title')}</th>
                      <td>{Array.isArray(theirs[k]) ? (theirs[k] as string[]).join(', ') : String(theirs[k])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p className="button-row">
              {conflict.item && (
                <button type="button" onClick={() => (setConflict(null), setStartedFrom(conflict.item!.version), save(form.getValues(), conflict.item!.version))}>
                  {t('editor.conflict.keepMine')}
                </button>
              )}
              {theirs && (
                <button type="button" className="secondary" onClick={() => (reset(theirs), setStartedFrom(conflict.item!.version), setConflict(null))}>
                  {t('editor.conflict.takeTheirs')}
                </button>
              )}
            </p>
          </div>
        )}
        {message && (
          <p className="alert" role="alert">
            {message}
          </p>
        )}
        <div className="form-grid">
          <div>
            <label htmlFor="item-start">{t('editor.form.start')}</label>
            <input id="item-start" inputMode="numeric" placeholder="10:00" {...register('start')} {...described('start')} />
            {fieldError('start')}
          </div>
          <div>
            <label htmlFor="item-end">{t('editor.form.end')}</label>
            <input id="item-end" inputMode="numeric" placeholder="11:00" {...register('end')} {...described('end')} />
            {fieldError('end')}
          </div>
        </div>
        {item && (
          <label className="checkbox">
            <input type="checkbox" checked={shift} onChange={(e) => setShift(e.target.checked)} /> {t('editor.form.shift')}
          </label>
        )}
        <label htmlFor="item-title">{t('editor.form.title')}</label>
        <input id="item-title" {...register('title')} {...described('title')} />
        {fieldError('title')}
        <label htmlFor="item-description">{t('editor.form.description')}</label>
        <textarea id="item-description" rows={2} {...register('description')} {...described('description')} />
        {fieldError('description')}
        <div className="form-grid">
          <div>
            <label htmlFor="item-segment">{t('editor.form.segment')}</label>
            <select id="item-segment" {...register('segment')}>
              {SEGMENTS.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="item-committee">{t('editor.form.committee')}</label>
            <select id="item-committee" {...register('committee')}>
              <option value="">{t('editor.form.noCommittee')}</option>
              {COMMITTEES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset>
          <legend>{t('editor.form.objectives')}</legend>
          {OBJECTIVES.map((o) => (
            <label key={o.id} className="checkbox">
              <input type="checkbox" value={o.id} {...register('objectives')} /> {o.label}
            </label>
          ))}
        </fieldset>
        <label htmlFor="item-speakers">{t('editor.form.speakers')}</label>
        <textarea id="item-speakers" rows={2} {...register('speakers')} {...described('speakers')} />
        {fieldError('speakers')}
        <p className="button-row">
          <button type="submit" disabled={pending}>
            {pending ? t('editor.form.saving') : t('editor.form.save')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('editor.form.cancel')}
          </button>
        </p>
      </form>
    </dialog>
  )
}
