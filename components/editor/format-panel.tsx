'use client'
import { zodResolver } from '@hookform/resolvers/zod'
import { useState, useTransition } from 'react'
import { useForm } from 'react-hook-form'
import { recordFormatAction, saveSettingsAction } from '@/lib/meetings/actions'
import { say } from '@/components/form-messages'
import { useLocale, useT } from '@/components/i18n'
import type { EditorProgramme } from '@/lib/meetings/editor-model'
import { FormatFieldsSchema, type FormatFields } from '@/lib/meetings/schema'
import { formatDayMonthYear, formatWeekdayDate } from '@/lib/i18n/dates'
import { nextWorkingDay, previousWorkingDay } from '@/lib/programme/dates'
import type { Format } from '@/lib/programme/vocabulary'
import { settingsOf } from './settings-form'

type Props = {
  programme: EditorProgramme
  canDecide: boolean
  canPropose: boolean
  closedRounds: { id: string; label: string }[]
  today: string
  /** Kept by the editor, so that the confirmation outlives the panel's refresh after a save. */
  message?: { ok: boolean; text: string } | null
  onMessage?: (message: { ok: boolean; text: string } | null) => void
}

/** The President records the year's format (4RC); the ISU may prepare a proposal. */
export function FormatPanel({ programme: p, canDecide, canPropose, closedRounds, today, message: keptMessage, onMessage }: Props) {
  const t = useT()
  const locale = useLocale()
  const formatName = (format: Format) => t(format === 'thematic-day' ? 'editor.format.day' : 'editor.format.segment')
  const [ownMessage, setOwnMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const message = onMessage ? (keptMessage ?? null) : ownMessage
  const setMessage = onMessage ?? setOwnMessage
  const [pending, startTransition] = useTransition()
  const proposal = p.formatProposal
  const { register, handleSubmit, formState } = useForm<FormatFields>({
    resolver: zodResolver(FormatFieldsSchema),
    defaultValues: {
      format: p.format ?? proposal?.format ?? undefined,
      decidedOn: p.formatDecidedOn ?? today,
      rationale: p.formatRationale ?? proposal?.rationale ?? '',
      consultedCoordinatingCommittee: p.formatConsultedCC,
      consultationId: p.formatConsultationId,
      consultedOn: p.formatConsultedOn,
      consultationNote: p.formatConsultationNote ?? '',
    },
  })
  const submit = (kind: 'decide' | 'propose') =>
    handleSubmit((fields) =>
      startTransition(async () => {
        const res = await recordFormatAction({ programmeId: p.id, version: p.version, kind, fields: { ...fields, consultationId: fields.consultationId || null, consultedOn: fields.consultedOn || null } })
        setMessage(res.ok ? { ok: true, text: t(kind === 'decide' ? 'editor.format.saved' : 'editor.format.proposed') } : { ok: false, text: res.error === 'conflict' ? t('errors.conflict') : res.message })
      }),
    )

  const dates = p.days.map((d) => d.date).sort()
  const needsThematicDay = p.format === 'thematic-day' && !p.days.some((d) => d.thematic) && dates.length > 0
  const addThematicDay = (date: string) =>
    startTransition(async () => {
      const current = settingsOf(p)
      const res = await saveSettingsAction({ programmeId: p.id, version: p.version, fields: { ...current, days: [...current.days, { date, thematic: true }] } })
      setMessage(res.ok ? null : { ok: false, text: res.message })
    })

  return (
    <section className="card format-panel" aria-labelledby="format-title">
      <h2 id="format-title">{t('editor.format.title')}</h2>
      <p className="muted small">{t('editor.format.intro')}</p>
      <p data-testid="format-status">
        {p.format && p.formatDecidedBy && p.formatDecidedOn
          ? t('editor.format.decided', { name: p.formatDecidedBy, date: formatDayMonthYear(p.formatDecidedOn, locale), format: formatName(p.format) })
          : t('editor.format.undecided')}
      </p>
      {p.formatDecidedBy && (
        <p className="muted" data-testid="format-consultation">
          {p.formatConsultationId
            ? t('consultationLoop.formatConsultedRound', { round: closedRounds.find((r) => r.id === p.formatConsultationId)?.label ?? '' })
            : p.formatConsultedOn
              ? t('consultationLoop.formatConsultedMeeting', { date: formatDayMonthYear(p.formatConsultedOn, locale), note: p.formatConsultationNote ?? '' }).trim()
              : t('consultationLoop.formatNotConsulted')}
        </p>
      )}
      {proposal && (
        <p className="muted">{t('editor.format.proposal', { name: proposal.proposedBy, date: formatDayMonthYear(proposal.proposedOn, locale), format: formatName(proposal.format), rationale: proposal.rationale })}</p>
      )}
      {needsThematicDay && (canDecide || canPropose) && (
        <div className="alert" role="note">
          <p>{t('editor.format.addThematicDay')}</p>
          <p className="button-row">
            <button type="button" className="secondary" disabled={pending} onClick={() => addThematicDay(previousWorkingDay(dates[0]!))}>
              {t('editor.format.addBefore', { date: formatWeekdayDate(previousWorkingDay(dates[0]!), locale) })}
            </button>
            <button type="button" className="secondary" disabled={pending} onClick={() => addThematicDay(nextWorkingDay(dates.at(-1)!))}>
              {t('editor.format.addAfter', { date: formatWeekdayDate(nextWorkingDay(dates.at(-1)!), locale) })}
            </button>
          </p>
        </div>
      )}
      {(canDecide || canPropose) && (
        <form noValidate onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend className="sr-only">{t('editor.format.title')}</legend>
            <label className="checkbox">
              <input type="radio" value="thematic-segment" {...register('format')} /> {t('editor.format.segment')}
            </label>
            <label className="checkbox">
              <input type="radio" value="thematic-day" {...register('format')} /> {t('editor.format.day')}
            </label>
            {formState.errors.format && <p className="field-error">{say(t, formState.errors.format.message)}</p>}
          </fieldset>
          <div className="form-grid">
            <div>
              <label htmlFor="format-date">{t('editor.format.decidedOn')}</label>
              <input id="format-date" type="date" {...register('decidedOn')} />
              {formState.errors.decidedOn && <p className="field-error">{say(t, formState.errors.decidedOn.message)}</p>}
            </div>
            <div>
              <label htmlFor="format-round">{t('editor.format.consultation')}</label>
              <select id="format-round" {...register('consultationId')}>
                <option value="">{t('editor.format.noConsultation')}</option>
                {closedRounds.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <label htmlFor="format-rationale">{t('editor.format.rationale')}</label>
          <textarea id="format-rationale" rows={2} {...register('rationale')} aria-invalid={!!formState.errors.rationale} />
          {formState.errors.rationale && <p className="field-error">{say(t, formState.errors.rationale.message)}</p>}
          <fieldset>
            <legend>{t('consultationLoop.formatConsultationLegend')}</legend>
            <p className="muted small">{t('consultationLoop.formatConsultationHint')}</p>
            <div className="form-grid">
              <div>
                <label htmlFor="format-consulted-on">{t('consultationLoop.formatMeetingDate')}</label>
                <input id="format-consulted-on" type="date" {...register('consultedOn')} />
                {formState.errors.consultedOn && <p className="field-error">{say(t, formState.errors.consultedOn.message)}</p>}
              </div>
              <div>
                <label htmlFor="format-consultation-note">{t('consultationLoop.formatMeetingNote')}</label>
                <input id="format-consultation-note" type="text" maxLength={500} {...register('consultationNote')} />
              </div>
            </div>
          </fieldset>
          {message && (
            <p className={message.ok ? 'alert ok' : 'alert'} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </p>
          )}
          <p className="button-row">
            {canDecide && (
              <button type="button" disabled={pending} onClick={submit('decide')}>
                {t('editor.format.decide')}
              </button>
            )}
            {canPropose && !canDecide && (
              <button type="button" disabled={pending} onClick={submit('propose')}>
                {t('editor.format.propose')}
              </button>
            )}
          </p>
        </form>
      )}
    </section>
  )
}
