'use client'
// A State by name in the reader's language: a text field suggesting the States (a datalist), which
// gives the form the State's ISO code once the text names one (a code typed is taken as well).
import { useId, useMemo, useState } from 'react'
import { useLocale } from '@/components/i18n'
import { stateChoices, stateCodeOf, stateName, type StateLanguage } from '@/lib/states/names'

const languageOf = (locale: string): StateLanguage => (locale === 'fr' || locale === 'es' ? locale : 'en')

/** The States' names in the reader's language, sorted as that language sorts them. */
export function useStateChoices() {
  const language = languageOf(useLocale())
  return useMemo(() => ({ language, choices: stateChoices(language) }), [language])
}

type Props = {
  id: string
  /** The State's code, or '' for none. */
  value: string
  onChange: (code: string) => void
  invalid?: boolean
  describedBy?: string
  label?: string
}

export function StateCombobox({ id, value, onChange, invalid, describedBy, label }: Props) {
  const { language, choices } = useStateChoices()
  const list = useId()
  const [typed, setTyped] = useState<string | null>(null)
  const shown = typed ?? (value ? stateName(value, language) : '')
  return (
    <>
      <input
        id={id}
        list={list}
        value={shown}
        autoComplete="off"
        aria-label={label}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => {
          setTyped(e.target.value)
          onChange(stateCodeOf(e.target.value, choices) ?? (e.target.value.trim() ? e.target.value : ''))
        }}
        onBlur={() => setTyped(null)}
      />
      <datalist id={list}>
        {choices.map((c) => (
          <option key={c.code} value={c.name} />
        ))}
      </datalist>
    </>
  )
}
