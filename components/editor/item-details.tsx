'use client'
// Who speaks (each speaker's kind, and the State for a State), the Action Plan's actions the item
// addresses, and the States invited to present on it: the item dialog's parts of issue 16, loaded
// when the dialog opens, apart from the rest.
import { useState } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { useT } from '@/components/i18n'
import { say } from '@/components/form-messages'
import { speakersOf, type ItemFields, type SpeakerKindFields } from '@/lib/meetings/schema'
import { actionPlanOfYear, SPEAKER_KINDS, STATE_SPEAKER_KINDS, type SpeakerKind } from '@/lib/programme'
import { stateName } from '@/lib/states/names'
import { StateCombobox, useStateChoices } from './state-combobox'
import styles from './item-texts.module.css'

/** The kinds aligned with the names typed, one per name (a name met twice has two). */
function kindsOf(names: readonly string[], kinds: readonly Partial<SpeakerKindFields>[]): SpeakerKindFields[] {
  const unused = [...kinds]
  return names.map((name) => {
    const at = unused.findIndex((k) => k.name?.trim() === name)
    const found = at < 0 ? null : unused.splice(at, 1)[0]!
    return { name, kind: (found?.kind ?? 'other') as SpeakerKind, state: found?.state ?? '' }
  })
}

export function SpeakerKinds({ form }: { form: UseFormReturn<ItemFields> }) {
  const t = useT()
  const { control, setValue, formState } = form
  const [speakers, kinds] = useWatch({ control, name: ['speakers', 'speakerKinds'] })
  const rows = kindsOf(speakersOf(speakers ?? ''), kinds ?? [])
  if (!rows.length) return null
  const change = (index: number, patch: Partial<SpeakerKindFields>) =>
    setValue('speakerKinds', rows.map((row, i) => (i === index ? { ...row, ...patch, ...(patch.kind && !STATE_SPEAKER_KINDS.has(patch.kind) ? { state: '' } : {}) } : row)), { shouldDirty: true, shouldValidate: formState.isSubmitted })
  return (
    <fieldset data-testid="speaker-kinds">
      <legend>{t('itemTexts.speakers.title')}</legend>
      {rows.map((row, index) => {
        const error = formState.errors.speakerKinds?.[index]?.state?.message
        return (
          <div key={`${row.name}-${index}`} className={styles.row} data-speaker={row.name}>
            <p className={styles.name}>{row.name}</p>
            <div>
              <label htmlFor={`speaker-${index}-kind`} className="sr-only">
                {t('itemTexts.speakers.kindOf', { name: row.name })}
              </label>
              <select id={`speaker-${index}-kind`} value={row.kind} onChange={(e) => change(index, { kind: e.target.value as SpeakerKind })}>
                {SPEAKER_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`itemTexts.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              {STATE_SPEAKER_KINDS.has(row.kind) && (
                <>
                  <StateCombobox
                    id={`speaker-${index}-state`}
                    label={t('itemTexts.speakers.stateOf', { name: row.name })}
                    value={row.state}
                    onChange={(state) => change(index, { state })}
                    invalid={!!error}
                    describedBy={error ? `speaker-${index}-state-error` : undefined}
                  />
                  {error && (
                    <p className="field-error" id={`speaker-${index}-state-error`}>
                      {say(t, error)}
                    </p>
                  )}
                </>
              )}
            </div>
          </div>
        )
      })}
    </fieldset>
  )
}

export function ItemActions({ form, year }: { form: UseFormReturn<ItemFields>; year: number }) {
  const t = useT()
  const { control, setValue } = form
  const actions = useWatch({ control, name: 'actions' }) ?? []
  const plan = actionPlanOfYear(year)
  const listed = new Set(plan?.sections.flatMap((s) => Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i)) ?? [])
  const others = actions.filter((n): n is number => typeof n === 'number' && !listed.has(n))
  const toggle = (n: number, on: boolean) =>
    setValue(
      'actions',
      on ? [...actions, n].filter((x): x is number => typeof x === 'number').sort((a, b) => a - b) : actions.filter((x) => x !== n),
      { shouldDirty: true },
    )
  const box = (n: number, title: string) => (
    <label key={n} className="checkbox">
      <input type="checkbox" checked={actions.includes(n)} onChange={(e) => toggle(n, e.target.checked)} /> {t('itemTexts.actions.action', { number: n, title })}
    </label>
  )
  return (
    <fieldset data-testid="item-actions">
      <legend>{plan ? t('itemTexts.actions.title', { plan: t(`itemTexts.plans.${plan.id}`) }) : t('itemTexts.actions.titleNoPlan')}</legend>
      {plan ? (
        <div className={styles.actions}>
          {plan.sections.map((section) => (
            <div key={section.first} role="group" aria-labelledby={`actions-${section.first}`}>
              <h4 id={`actions-${section.first}`}>{t(`meetingTime.rows.objective.${section.objective}`)}</h4>
              {Array.from({ length: section.last - section.first + 1 }, (_, i) => box(section.first + i, t(`meetingTime.rows.objective.${section.objective}`)))}
            </div>
          ))}
          {others.length > 0 && (
            <div role="group" aria-labelledby="actions-others">
              <h4 id="actions-others">{t('itemTexts.actions.others')}</h4>
              {others.map((n) => box(n, ''))}
            </div>
          )}
        </div>
      ) : (
        <p className="muted small">{t('itemTexts.actions.noPlan', { year })}</p>
      )}
    </fieldset>
  )
}

export function ItemInvitation({ form }: { form: UseFormReturn<ItemFields> }) {
  const t = useT()
  const { language } = useStateChoices()
  const { control, setValue, register, formState } = form
  const invited = useWatch({ control, name: 'invited' })
  const states = (invited?.states ?? []).filter((s): s is string => typeof s === 'string')
  const [adding, setAdding] = useState('')
  const set = (next: string[]) => setValue('invited.states', next, { shouldDirty: true, shouldValidate: formState.isSubmitted })
  const basisError = formState.errors.invited?.basis?.message
  const canAdd = /^[A-Z]{3}$/.test(adding) && !states.includes(adding)
  return (
    <fieldset data-testid="item-invitation">
      <legend>{t('itemTexts.invitation.title')}</legend>
      <label htmlFor="item-invited-basis">{t('itemTexts.invitation.basis')}</label>
      <input id="item-invited-basis" {...register('invited.basis')} aria-invalid={!!basisError} aria-describedby={basisError ? 'item-invited-basis-error' : undefined} />
      {basisError && (
        <p className="field-error" id="item-invited-basis-error">
          {say(t, basisError)}
        </p>
      )}
      {states.length ? (
        <ul className={styles.chips} aria-label={t('itemTexts.invitation.states')}>
          {states.map((code) => (
            <li key={code} data-state={code}>
              {stateName(code, language)}
              <button type="button" className="secondary small" aria-label={t('itemTexts.invitation.remove', { state: stateName(code, language) })} onClick={() => set(states.filter((s) => s !== code))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('itemTexts.invitation.none')}</p>
      )}
      <div className={styles.add}>
        <div>
          <label htmlFor="item-invite-state">{t('itemTexts.invitation.add')}</label>
          <StateCombobox key={states.length} id="item-invite-state" value={adding} onChange={setAdding} />
        </div>
        <button
          type="button"
          className="secondary small"
          disabled={!canAdd}
          onClick={() => {
            set([...states, adding])
            setAdding('')
          }}
        >
          {t('itemTexts.invitation.addButton')}
        </button>
        {states.length > 0 && (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setValue('invited', { states: [], basis: '' }, { shouldDirty: true })
            }}
          >
            {t('itemTexts.invitation.removeAll')}
          </button>
        )}
      </div>
    </fieldset>
  )
}

/** The three parts, in the dialog's order after the speakers' names. */
export default function ItemDetails({ form, year, part }: { form: UseFormReturn<ItemFields>; year: number; part: 'speakers' | 'more' }) {
  if (part === 'speakers') return <SpeakerKinds form={form} />
  return (
    <>
      <ItemActions form={form} year={year} />
      <ItemInvitation form={form} />
    </>
  )
}
