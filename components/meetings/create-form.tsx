'use client'
import { zodResolver } from '@hookform/resolvers/zod'
import Link from 'next/link'
import { useState } from 'react'
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form'
import { formatDay } from '@/lib/i18n/dates'
import { useFindingWords } from '@/components/finding-words'
import { useT } from '@/components/i18n'
import { refusalMessage, say } from '@/components/form-messages'
import type { Locale, Translate } from '@/lib/i18n'
import { blankDocument, copiedDates, MAX_IMPORT_BYTES, readImport, type CreationMode } from '@/lib/meetings/new-programme'
import { isProgrammeYear, MAX_YEAR, MIN_YEAR } from '@/lib/programme'
import type { SchemaFinding } from '@/lib/programme'
import { createBlankAction, createFromPreviousAction, importAction } from '@/lib/meetings/actions'
import { BlankSchema, FromPreviousSchema, ImportSchema, type BlankInput, type FromPreviousInput, type ImportFormInput } from '@/lib/meetings/create-schema'

export type SourceYear = { year: number; status: string; dates: string[] }

const validYear = isProgrammeYear

function nextFreeYear(from: number, taken: ReadonlySet<number>) {
  let year = from
  while (taken.has(year)) year += 1
  return year
}

function FieldError({ id, t, message }: { id: string; t: Translate; message?: string }) {
  if (!message) return null
  return (
    <p className="field-error" id={id}>
      {say(t, message)}
    </p>
  )
}

function YearTakenNote({ t, year }: { t: Translate; year: number }) {
  return (
    <p className="field-note warning" role="status">
      {t('create.errors.yearTaken', { year })} <Link href={`/meetings/${year}`}>{t('create.openYear', { year })}</Link>
    </p>
  )
}

/** A year of a programme (1999-2100), with its label and its message. */
function YearInput({ id, label, error, ...field }: { id: string; label: string; error?: string } & UseFormRegisterReturn) {
  const t = useT()
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="numeric" min={MIN_YEAR} max={MAX_YEAR} className="input-year" aria-invalid={!!error} aria-describedby={`${id}-error`} {...field} />
      <FieldError id={`${id}-error`} t={t} message={error} />
    </>
  )
}

function FormAlert({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <p className="alert" role="alert">
      {message}
    </p>
  )
}

function DatesPreview({ t, dates, locale }: { t: Translate; dates: string[]; locale: Locale }) {
  return (
    <ul className="date-preview" aria-label={t('create.previewLabel')}>
      {dates.map((d) => (
        <li key={d}>{formatDay(d, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</li>
      ))}
    </ul>
  )
}

function BlankForm({ taken, defaultYear, locale }: { taken: ReadonlySet<number>; defaultYear: number; locale: Locale }) {
  const t = useT()
  const [alert, setAlert] = useState<string | null>(null)
  const { register, handleSubmit, control, setError, formState } = useForm<BlankInput>({ resolver: zodResolver(BlankSchema), defaultValues: { year: defaultYear } })
  const year = useWatch({ control, name: 'year' })
  const submit = async (values: BlankInput) => {
    setAlert(null)
    const res = await createBlankAction(values)
    if (!res.ok) setAlert(refusalMessage(t, res, setError, { forbidden: t('create.errors.forbidden') }))
  }
  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-labelledby="mode-blank-title" className="create-form">
      <h2 id="mode-blank-title">{t('create.modes.blank')}</h2>
      <FormAlert message={alert} />
      <YearInput id="blank-year" label={t('create.year')} error={formState.errors.year?.message} {...register('year', { valueAsNumber: true })} />
      {validYear(year) && taken.has(year) && <YearTakenNote t={t} year={year} />}
      {validYear(year) && (
        <div className="preview">
          <p>{t('create.previewBlank', { title: blankDocument(year).title, venue: blankDocument(year).venue })}</p>
          <DatesPreview t={t} locale={locale} dates={blankDocument(year).days.map((d) => d.date)} />
        </div>
      )}
      <p className="form-actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('create.creating') : t('create.submitBlank')}
        </button>
      </p>
    </form>
  )
}

function FromPreviousForm({ sources, taken, locale }: { sources: SourceYear[]; taken: ReadonlySet<number>; locale: Locale }) {
  const t = useT()
  const [alert, setAlert] = useState<string | null>(null)
  const newest = sources[0]!.year
  const { register, handleSubmit, control, setError, setValue, formState } = useForm<FromPreviousInput>({
    resolver: zodResolver(FromPreviousSchema),
    defaultValues: { fromYear: newest, year: nextFreeYear(newest + 1, taken), firstDayMode: 'same-week', firstDay: '' },
  })
  const [fromYear, year, firstDayMode, firstDay] = useWatch({ control, name: ['fromYear', 'year', 'firstDayMode', 'firstDay'] })
  const source = sources.find((s) => s.year === fromYear)
  const chosen = firstDayMode === 'chosen'
  const preview =
    source && validYear(year) && source.dates.length && (!chosen || /^\d{4}-\d{2}-\d{2}$/.test(firstDay))
      ? copiedDates({ year: source.year, days: source.dates.map((date) => ({ date })) }, year, chosen ? firstDay : null)
      : null
  const submit = async (values: FromPreviousInput) => {
    setAlert(null)
    const res = await createFromPreviousAction({ fromYear: values.fromYear, year: values.year, firstDay: values.firstDayMode === 'chosen' ? values.firstDay : null })
    if (!res.ok) setAlert(refusalMessage(t, res, setError, { forbidden: t('create.errors.forbidden') }))
  }
  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-labelledby="mode-previous-title" className="create-form">
      <h2 id="mode-previous-title">{t('create.modes.previous')}</h2>
      <FormAlert message={alert} />
      <div className="field-row">
        <div>
          <label htmlFor="previous-from">{t('create.fromYear')}</label>
          <select
            id="previous-from"
            aria-describedby="previous-from-error"
            {...register('fromYear', {
              valueAsNumber: true,
              onChange: (e: React.ChangeEvent<HTMLSelectElement>) => setValue('year', nextFreeYear(Number(e.target.value) + 1, taken)),
            })}
          >
            {sources.map((s) => (
              <option key={s.year} value={s.year}>
                {s.year} — {t(`statuses.${s.status as 'draft'}`)}
              </option>
            ))}
          </select>
          <FieldError id="previous-from-error" t={t} message={formState.errors.fromYear?.message} />
        </div>
        <div>
          <YearInput id="previous-year" label={t('create.newYear')} error={formState.errors.year?.message} {...register('year', { valueAsNumber: true })} />
        </div>
      </div>
      {validYear(year) && taken.has(year) && <YearTakenNote t={t} year={year} />}
      <fieldset className="choice-list">
        <legend>{t('create.firstDayLegend')}</legend>
        <label className="choice">
          <input type="radio" value="same-week" {...register('firstDayMode')} /> {t('create.sameWeek')}
        </label>
        <label className="choice">
          <input type="radio" value="chosen" {...register('firstDayMode')} /> {t('create.chosen')}
        </label>
        {chosen && (
          <div className="nested">
            <label htmlFor="previous-first-day">{t('create.firstDay')}</label>
            <input
              id="previous-first-day"
              type="date"
              className="input-date"
              min={validYear(year) ? `${year}-01-01` : undefined}
              max={validYear(year) ? `${year}-12-31` : undefined}
              aria-invalid={!!formState.errors.firstDay}
              aria-describedby="previous-first-day-error"
              {...register('firstDay')}
            />
            <FieldError id="previous-first-day-error" t={t} message={formState.errors.firstDay?.message} />
          </div>
        )}
      </fieldset>
      <div className="preview">
        <p>{t('create.previousKept', { year: fromYear })}</p>
        {preview && <DatesPreview t={t} locale={locale} dates={preview} />}
      </div>
      <p className="form-actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('create.creating') : t('create.submitPrevious', { year: Number.isInteger(fromYear) ? fromYear : '' })}
        </button>
      </p>
    </form>
  )
}

function ImportFindings({ t, findings }: { t: Translate; findings: SchemaFinding[] }) {
  const say = useFindingWords()
  return (
    <div className="alert findings-alert" role="alert" data-testid="import-findings">
      <p>
        <strong>{t('create.findingsTitle')}</strong>
      </p>
      <p>{t('create.findingsIntro', { count: findings.length })}</p>
      <ul className="finding-list">
        {findings.map((f, i) => (
          <li key={`${f.path}-${i}`}>
            <code>{f.path || t('create.documentLevel')}</code>
            <span>{say(f)}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

function ImportForm({ taken }: { taken: ReadonlySet<number> }) {
  const t = useT()
  const [alert, setAlert] = useState<string | null>(null)
  const [findings, setFindings] = useState<SchemaFinding[]>([])
  const [fileNote, setFileNote] = useState<string | null>(null)
  const { register, handleSubmit, setError, setValue, clearErrors, formState } = useForm<ImportFormInput>({ resolver: zodResolver(ImportSchema), defaultValues: { text: '' } })

  const showProblem = (problem: string, detail?: string) => {
    if (problem === 'not-json') setAlert(t('create.errors.notJson', { detail: detail ?? '' }))
    else if (problem === 'too-large') setError('text', { message: 'create.errors.tooLarge' })
    else if (problem === 'empty') setError('text', { message: 'create.errors.importEmpty' })
  }

  const readFile = (file: File | undefined) => {
    setFileNote(null)
    setFindings([])
    setAlert(null)
    if (!file) return
    if (file.size > MAX_IMPORT_BYTES) {
      setError('text', { message: 'create.errors.tooLarge' })
      return
    }
    const reader = new FileReader()
    reader.onload = () => {
      const text = typeof reader.result === 'string' ? reader.result : ''
      setValue('text', text, { shouldValidate: true })
      clearErrors('text')
      const reading = readImport(text)
      setFileNote(
        reading.ok
          ? t('create.fileValid', { name: file.name, year: reading.programme.year, days: reading.programme.days.length, items: reading.programme.days.reduce((n, d) => n + d.items.length, 0) })
          : t('create.fileRead', { name: file.name }),
      )
    }
    reader.onerror = () => setAlert(t('create.errors.unreadable'))
    reader.readAsText(file)
  }

  const submit = async (values: ImportFormInput) => {
    setAlert(null)
    setFindings([])
    // A courtesy: the same reading as the server's, before sending anything.
    const reading = readImport(values.text)
    if (!reading.ok) {
      if (reading.problem === 'invalid') setFindings(reading.findings)
      else showProblem(reading.problem, reading.detail)
      return
    }
    if (taken.has(reading.programme.year)) {
      setAlert(t('create.errors.yearTaken', { year: reading.programme.year }))
      return
    }
    try {
      const res = await importAction(values)
      if (!res.ok) setAlert(refusalMessage(t, res, setError, { forbidden: t('create.errors.forbidden') }))
      else if (res.data.problem === 'invalid') setFindings(res.data.findings)
      else showProblem(res.data.problem, res.data.detail)
    } catch {
      // The server may refuse a request body before the action runs (for example one that is too large).
      setAlert(t('create.errors.sendFailed'))
    }
  }

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-labelledby="mode-import-title" className="create-form">
      <h2 id="mode-import-title">{t('create.modes.import')}</h2>
      <FormAlert message={alert} />
      {findings.length > 0 && <ImportFindings t={t} findings={findings} />}
      <label htmlFor="import-file">{t('create.importFile')}</label>
      <input id="import-file" type="file" accept="application/json,.json" className="input-file" aria-describedby="import-file-hint" onChange={(e) => readFile(e.target.files?.[0])} />
      <p className="field-hint" id="import-file-hint">
        {t('create.importFileHint')}
      </p>
      {fileNote && (
        <p className="field-note" role="status">
          {fileNote}
        </p>
      )}
      <label htmlFor="import-text">{t('create.importText')}</label>
      <textarea
        id="import-text"
        rows={12}
        spellCheck={false}
        className="code-input"
        aria-invalid={!!formState.errors.text}
        aria-describedby="import-text-hint import-text-error"
        {...register('text')}
      />
      <p className="field-hint" id="import-text-hint">
        {t('create.importTextHint')}
      </p>
      <FieldError id="import-text-error" t={t} message={formState.errors.text?.message} />
      <p className="form-actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('create.creating') : t('create.submitImport')}
        </button>
      </p>
    </form>
  )
}

/** Three ways to start a year: from a previous year, blank, or from a file. */
export function CreateProgrammeForm({ sources, thisYear, locale }: { sources: SourceYear[]; thisYear: number; locale: Locale }) {
  const t = useT()
  const taken = new Set(sources.map((s) => s.year))
  const modes: CreationMode[] = sources.length ? ['previous', 'blank', 'import'] : ['blank', 'import']
  const [mode, setMode] = useState<CreationMode>(modes[0]!)
  const defaultYear = nextFreeYear(sources.length ? Math.max(thisYear, sources[0]!.year + 1) : thisYear, taken)
  return (
    <>
      <fieldset className="mode-picker">
        <legend>{t('create.howLegend')}</legend>
        <div className="mode-options">
          {modes.map((m) => (
            <label key={m} className={`mode-option${mode === m ? ' selected' : ''}`}>
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              <span className="mode-name">{t(`create.modes.${m}`)}</span>
              <span className="mode-hint">{t(`create.modes.${m}Hint`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="card">
        {mode === 'blank' && <BlankForm taken={taken} defaultYear={defaultYear} locale={locale} />}
        {mode === 'previous' && <FromPreviousForm sources={sources} taken={taken} locale={locale} />}
        {mode === 'import' && <ImportForm taken={taken} />}
      </div>
    </>
  )
}
