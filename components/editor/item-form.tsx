'use client'
import { zodResolver } from '@hookform/resolvers/zod'
import dynamic from 'next/dynamic'
import { useEffect, useRef, useState, useTransition } from 'react'
import { useFieldArray, useForm, useWatch } from 'react-hook-form'
import { saveItemAction } from '@/lib/meetings/actions'
import { say } from '@/components/form-messages'
import { useFindingWords } from '@/components/finding-words'
import { useT } from '@/components/i18n'
import type { ActionResult } from '@/lib/actions'
import type { EditorItem } from '@/lib/meetings/editor-model'
import type { ItemConflict } from '@/lib/meetings/editing'
import { ItemFieldsSchema, type ItemFields } from '@/lib/meetings/schema'
import { COMMITTEES, OBJECTIVES, SEGMENTS, TRANSLATION_LANGUAGES } from '@/lib/programme'
import { itemFieldsOf } from '@/lib/meetings/item-fields'
import type { Finding } from '@/lib/rules'
import { mergeFields, valueOf, withValue, type Clash, type Field } from '@/lib/meetings/merge-fields'

/** The form's values for an item (lib/meetings/item-fields.ts). */
export const fieldsOf = itemFieldsOf

// The parts of issues 11 and 16 load when the dialog opens: the editor page stays as light as it was.
const ItemTranslations = dynamic(() => import('./item-translations'), { ssr: false })
const ItemDetails = dynamic(() => import('./item-details'), { ssr: false })

type Props = {
  programmeId: string
  /** The programme's year: the Action Plan in force. */
  year: number
  dayId: string
  dayLabel: string
  item: EditorItem | null
  /** Where a new item starts: after the day's last item. */
  defaultTimes: { start: string; end: string }
  /** The findings about this item, live: the dialog covers the findings panel. */
  findings: Finding[]
  onValues: (values: ItemFields) => void
  onDirty: (dirty: boolean) => void
  onClose: () => void
}

export function ItemForm({ programmeId, year, dayId, dayLabel, item, defaultTimes, findings, onValues, onDirty, onClose }: Props) {
  const t = useT()
  const sayFinding = useFindingWords()
  const dialog = useRef<HTMLDialogElement>(null)
  // The version the user started from travels with every save, whatever refreshes meanwhile.
  const [startedFrom, setStartedFrom] = useState(item?.version)
  const [conflict, setConflict] = useState<ItemConflict | null>(null)
  // What the other person and this one both changed, differently: each asks for a choice.
  const [clashes, setClashes] = useState<Clash[]>([])
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({})
  const [merged, setMerged] = useState<string | null>(null)
  // What the item was when the dialog opened: the base of a merge by field.
  const [base] = useState(() => fieldsOf(item, defaultTimes.start, defaultTimes.end))
  const [message, setMessage] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const form = useForm<ItemFields>({ resolver: zodResolver(ItemFieldsSchema), defaultValues: fieldsOf(item, defaultTimes.start, defaultTimes.end) })
  const { register, handleSubmit, formState, control, setError } = form
  const values = useWatch({ control })
  const subItems = useFieldArray({ control, name: 'subItems' })
  const [shift, setShift] = useState(false)
  /** A sub-item removed takes its translated titles with it. */
  const removeSubItem = (index: number) => {
    for (const language of TRANSLATION_LANGUAGES) {
      const titles = form.getValues(`translations.${language}.subItems`)
      if (titles && titles.length > index) form.setValue(`translations.${language}.subItems`, titles.filter((_, i) => i !== index), { shouldDirty: true })
    }
    subItems.remove(index)
  }

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
        // Closed in the same transition as the page's new state, which the action's answer carries: the
        // dialog goes when the saved item is drawn, so that reopening it at once never shows it as it was.
        startTransition(onClose)
        return
      }
      if (res.error === 'conflict') {
        const current = res.current as ItemConflict
        if (!current.item) {
          setConflict(current)
          return
        }
        // A merge by field: what only they changed is taken, what only I changed is kept, and a
        // field both changed differently asks.
        const { fields: mergedFields, clashes: found, taken } = mergeFields(base, fields, fieldsOf(current.item))
        for (const k of taken) form.setValue(k as never, valueOf(mergedFields, k) as never, { shouldDirty: true })
        setStartedFrom(current.item.version)
        if (found.length === 0) {
          setMerged(current.by ?? t('editor.conflict.someone'))
          save(mergedFields, current.item.version)
          return
        }
        setConflict(current)
        setClashes(found)
        setChoices(Object.fromEntries(found.map((c) => [c.field, 'mine'])))
        return
      }
      if (res.error === 'validation') {
        for (const [path, messages] of Object.entries(res.fieldErrors ?? {})) setError(path.replace(/^fields\./, '') as keyof ItemFields, { message: messages[0] })
      }
      setMessage(res.message)
    })

  /** Saves with the choice made for each field both changed. */
  const resolve = () => {
    let fields = { ...form.getValues() }
    for (const c of clashes) {
      const value = choices[c.field] === 'theirs' ? c.theirs : c.mine
      fields = withValue(fields, c.field, value)
      form.setValue(c.field as never, value as never, { shouldDirty: true })
    }
    setConflict(null)
    setClashes([])
    save(fields, startedFrom)
  }
  const shown = (v: unknown) =>
    (Array.isArray(v)
      ? v.map((x) => (typeof x === 'object' && x !== null ? ((x as { title?: string; name?: string }).title ?? (x as { name?: string }).name) : String(x))).join(', ')
      : typeof v === 'object' && v !== null
        ? Object.values(v as Record<string, unknown>).flat().filter((x) => typeof x === 'string' && x).join(' — ')
        : String(v ?? '')) || '—'
  /** A field's name in the conflict table (a language of the translations by its language). */
  const fieldLabel = (field: Field) =>
    field.startsWith('translations.')
      ? `${t('itemTexts.translations')} (${t(`itemTexts.languages.${field.slice(13) as 'fr'}`)})`
      : field === 'speakerKinds'
        ? t('itemTexts.speakers.title')
        : field === 'actions'
          ? t('itemTexts.actions.titleNoPlan')
          : field === 'invited'
            ? t('itemTexts.invitation.title')
            : t(`editor.form.${field}` as 'editor.form.title')
  /** Esc, Cancel: typed text is never lost without a question. */
  const leave = () => {
    if (!formState.isDirty || window.confirm(t('timetable.discard'))) onClose()
  }
  const fieldError = (name: keyof ItemFields) => {
    const error = formState.errors[name]
    return error ? (
      <p className="field-error" id={`item-${name}-error`}>
        {say(t, String(error.message))}
      </p>
    ) : null
  }
  const described = (name: keyof ItemFields) => ({ 'aria-invalid': !!formState.errors[name], 'aria-describedby': formState.errors[name] ? `item-${name}-error` : undefined })

  return (
    <dialog
      ref={dialog}
      className="item-dialog"
      aria-labelledby="item-form-title"
      onCancel={(e) => {
        e.preventDefault()
        leave()
      }}
    >
      <form onSubmit={handleSubmit((fields) => save(fields))} noValidate>
        <h2 id="item-form-title">{item ? t('editor.form.editTitle') : t('editor.form.newTitle', { date: dayLabel })}</h2>
        {conflict && (
          <div className="alert" role="alert">
            <h3>{t('editor.conflict.title')}</h3>
            <p>{t('editor.conflict.intro', { name: conflict.by ?? t('editor.conflict.someone') })}</p>
            {clashes.length > 0 && (
              <>
                <p>{t('timetable.merge.intro')}</p>
                <table className="conflict-table">
                  <caption className="sr-only">{t('timetable.merge.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('editor.conflict.field')}</th>
                      <th scope="col">{t('timetable.merge.mine')}</th>
                      <th scope="col">{t('editor.conflict.theirs')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {clashes.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{fieldLabel(c.field)}</th>
                        {(['mine', 'theirs'] as const).map((side) => (
                          <td key={side}>
                            <label className="checkbox">
                              <input type="radio" name={`choice-${c.field}`} checked={choices[c.field] === side} onChange={() => setChoices((x) => ({ ...x, [c.field]: side }))} />
                              <span>{shown(c[side])}</span>
                            </label>
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p className="button-row">
                  <button type="button" disabled={pending} onClick={() => resolve()}>
                    {t('timetable.merge.save')}
                  </button>
                </p>
              </>
            )}
          </div>
        )}
        {merged && !conflict && (
          <p className="alert ok" role="status">
            {t('timetable.merge.merged', { name: merged })}
          </p>
        )}
        {findings.length > 0 && (
          <div className="item-findings" aria-live="polite" data-testid="item-findings">
            <h3 className="small">{t('timetable.itemFindings')}</h3>
            <ul>
              {findings.map((f, i) => (
                <li key={`${f.rule}-${i}`} className={`finding ${f.level}`} data-rule={f.rule}>
                  {sayFinding(f)}
                </li>
              ))}
            </ul>
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
        <ItemDetails form={form} year={year} part="speakers" />
        <fieldset data-testid="sub-items">
          <legend>{t('timetable.subItems.title')}</legend>
          <p className="muted small">{t('timetable.subItems.hint')}</p>
          {subItems.fields.map((field, index) => {
            const letter = String.fromCharCode(97 + index)
            const error = formState.errors.subItems?.[index]?.title
            return (
              <div key={field.id} className="sub-item">
                <label htmlFor={`sub-item-${index}-title`}>{t('timetable.subItems.itemTitle', { letter })}</label>
                <input id={`sub-item-${index}-title`} {...register(`subItems.${index}.title`)} aria-invalid={!!error} />
                {error && <p className="field-error">{say(t, String(error.message))}</p>}
                <label htmlFor={`sub-item-${index}-description`}>{t('timetable.subItems.description', { letter })}</label>
                <textarea id={`sub-item-${index}-description`} rows={1} {...register(`subItems.${index}.description`)} />
                <button type="button" className="secondary small" onClick={() => removeSubItem(index)}>
                  {t('timetable.subItems.remove', { letter })}
                </button>
              </div>
            )
          })}
          {subItems.fields.length < 26 && (
            <button type="button" className="secondary small" onClick={() => subItems.append({ title: '', description: '' })}>
              {t('timetable.subItems.add')}
            </button>
          )}
        </fieldset>
        <ItemDetails form={form} year={year} part="more" />
        <ItemTranslations form={form} />
        <p className="button-row">
          <button type="submit" disabled={pending}>
            {pending ? t('editor.form.saving') : t('editor.form.save')}
          </button>
          <button type="button" className="secondary" onClick={leave}>
            {t('editor.form.cancel')}
          </button>
        </p>
      </form>
    </dialog>
  )
}
