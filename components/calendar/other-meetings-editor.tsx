'use client'
import { zodResolver } from '@hookform/resolvers/zod'
import { useState, useTransition } from 'react'
import { useForm } from 'react-hook-form'
import { formatDateRange } from '@/lib/i18n/dates'
import { useT } from '@/components/i18n'
import { refusalMessage, say } from '@/components/form-messages'
import type { ActionFailure } from '@/lib/actions'
import type { Locale, Translate } from '@/lib/i18n'
import { addOtherMeetingAction, removeOtherMeetingAction, updateOtherMeetingAction } from '@/lib/meetings/actions'
import { OtherMeetingFieldsSchema, type OtherMeetingFormInput } from '@/lib/meetings/other-meetings-schema'

export type OtherMeetingRow = { id: string; name: string; start: string; end: string }

/** The form's own sentences for what it explains better than the server's. */
const refusal = (t: Translate, res: ActionFailure) =>
  refusalMessage(t, res, undefined, { conflict: t('calendar.other.conflict'), 'not-found': t('calendar.other.gone'), forbidden: t('calendar.other.forbidden') })

const empty: OtherMeetingFormInput = { name: '', start: '', end: '' }

function MeetingForm({
  programmeId,
  editing,
  defaultDate,
  onDone,
}: {
  programmeId: string
  editing: OtherMeetingRow | null
  defaultDate: string
  onDone: (message: string) => void
}) {
  const t = useT()
  const [alert, setAlert] = useState<string | null>(null)
  const { register, handleSubmit, setError, reset, formState } = useForm<OtherMeetingFormInput>({
    resolver: zodResolver(OtherMeetingFieldsSchema),
    defaultValues: editing ? { name: editing.name, start: editing.start, end: editing.end } : { ...empty, start: defaultDate, end: defaultDate },
  })
  const [previous, setPrevious] = useState(editing)
  const errors = formState.errors

  const submit = async (values: OtherMeetingFormInput) => {
    setAlert(null)
    const res = previous
      ? await updateOtherMeetingAction({ programmeId, id: previous.id, previous: { name: previous.name, start: previous.start, end: previous.end }, ...values })
      : await addOtherMeetingAction({ programmeId, ...values })
    if (res.ok) {
      reset(previous ? values : { ...empty, start: defaultDate, end: defaultDate })
      onDone(t(previous ? 'calendar.other.saved' : 'calendar.other.added', { name: res.data.name }))
      return
    }
    if (res.error === 'validation') for (const [field, messages] of Object.entries(res.fieldErrors ?? {})) setError(field as keyof OtherMeetingFormInput, { message: messages[0] })
    if (res.error === 'conflict' && res.current) {
      // Their version goes into the form, and the next save starts from it.
      const current = res.current as OtherMeetingRow
      setPrevious(current)
      reset({ name: current.name, start: current.start, end: current.end })
    }
    setAlert(refusal(t, res))
  }

  const prefix = editing ? `om-${editing.id}` : 'om-new'
  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="other-meeting-form" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{editing ? t('calendar.other.editing', { name: editing.name }) : t('calendar.other.add')}</h3>
      {alert && (
        <p className="alert" role="alert">
          {alert}
        </p>
      )}
      <div className="om-fields">
        <div className="om-name">
          <label htmlFor={`${prefix}-name`}>{t('calendar.other.name')}</label>
          <input
            id={`${prefix}-name`}
            maxLength={400}
            aria-invalid={!!errors.name}
            aria-describedby={`${prefix}-name-hint ${prefix}-name-error`}
            {...register('name')}
          />
          <p className="field-hint" id={`${prefix}-name-hint`}>
            {t('calendar.other.nameHint')}
          </p>
          {errors.name && (
            <p className="field-error" id={`${prefix}-name-error`}>
              {say(t, errors.name.message)}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={`${prefix}-start`}>{t('calendar.other.start')}</label>
          <input id={`${prefix}-start`} type="date" className="input-date" aria-invalid={!!errors.start} aria-describedby={`${prefix}-start-error`} {...register('start')} />
          {errors.start && (
            <p className="field-error" id={`${prefix}-start-error`}>
              {say(t, errors.start.message)}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={`${prefix}-end`}>{t('calendar.other.end')}</label>
          <input id={`${prefix}-end`} type="date" className="input-date" aria-invalid={!!errors.end} aria-describedby={`${prefix}-end-error`} {...register('end')} />
          {errors.end && (
            <p className="field-error" id={`${prefix}-end-error`}>
              {say(t, errors.end.message)}
            </p>
          )}
        </div>
      </div>
      <p className="form-actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('calendar.other.saving') : editing ? t('calendar.other.save') : t('calendar.other.addButton')}
        </button>
        {editing && (
          <button type="button" className="secondary" onClick={() => onDone('')}>
            {t('calendar.other.cancel')}
          </button>
        )}
      </p>
    </form>
  )
}

function RemoveButton({ programmeId, meeting, onDone }: { programmeId: string; meeting: OtherMeetingRow; onDone: (message: string, failed?: boolean) => void }) {
  const t = useT()
  const [confirming, setConfirming] = useState(false)
  const [pending, startTransition] = useTransition()
  if (!confirming)
    return (
      <button type="button" className="secondary small" onClick={() => setConfirming(true)} aria-label={t('calendar.other.removeOf', { name: meeting.name })}>
        {t('calendar.other.remove')}
      </button>
    )
  const remove = () =>
    startTransition(async () => {
      const res = await removeOtherMeetingAction({ programmeId, id: meeting.id, previous: { name: meeting.name, start: meeting.start, end: meeting.end } })
      setConfirming(false)
      onDone(res.ok ? t('calendar.other.removed', { name: meeting.name }) : refusal(t, res), !res.ok)
    })
  return (
    <span className="confirm" role="group" aria-label={t('calendar.other.removeConfirm', { name: meeting.name })}>
      <span>{t('calendar.other.removeConfirm', { name: meeting.name })}</span>
      <button type="button" className="danger small" onClick={remove} disabled={pending}>
        {t('calendar.other.confirm')}
      </button>
      <button type="button" className="secondary small" onClick={() => setConfirming(false)} disabled={pending}>
        {t('calendar.other.cancel')}
      </button>
    </span>
  )
}

/** The other meetings of the year: a list, and for the ISU and the President a form to change it. */
export function OtherMeetingsEditor({
  programmeId,
  meetings,
  editable,
  locale,
  defaultDate,
}: {
  programmeId: string
  meetings: OtherMeetingRow[]
  editable: boolean
  locale: Locale
  defaultDate: string
}) {
  const t = useT()
  const [editingId, setEditingId] = useState<string | null>(null)
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null)
  const editing = meetings.find((m) => m.id === editingId) ?? null
  const done = (text: string, failed = false) => {
    setEditingId(null)
    setStatus(text ? { text, failed } : null)
  }
  return (
    <div className="other-meetings">
      <p className={status?.failed ? 'alert' : 'alert ok'} role="status" hidden={!status}>
        {status?.text}
      </p>
      {meetings.length === 0 ? (
        <p className="muted">{t('calendar.other.none')}</p>
      ) : (
        <table className="other-meetings-table">
          <caption className="sr-only">{t('calendar.other.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('calendar.other.name')}</th>
              <th scope="col">{t('calendar.other.dates')}</th>
              {editable && (
                <th scope="col">
                  <span className="sr-only">{t('calendar.other.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id} className={m.id === editingId ? 'editing' : undefined}>
                <th scope="row">{m.name}</th>
                <td>{formatDateRange(m.start, m.end, locale)}</td>
                {editable && (
                  <td className="row-actions">
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => {
                        setStatus(null)
                        setEditingId(m.id)
                      }}
                      aria-label={t('calendar.other.editOf', { name: m.name })}
                    >
                      {t('calendar.other.edit')}
                    </button>
                    <RemoveButton programmeId={programmeId} meeting={m} onDone={done} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && (
        <div className="card form-card">
          <MeetingForm key={editing?.id ?? 'new'} programmeId={programmeId} editing={editing} defaultDate={defaultDate} onDone={done} />
        </div>
      )}
    </div>
  )
}
