'use client'
// The languages an item still misses a text in, as a compact marker in the editor's list ("FR ES").
import { useT } from '@/components/i18n'
import { languagesMissing, type ItemTexts } from '@/lib/programme'

export function TextsMarker({ item }: { item: ItemTexts }) {
  const t = useT()
  const missing = languagesMissing(item)
  if (!missing.length) return null
  const label = t('itemTexts.markerLabel', { languages: missing.map((l) => t(`itemTexts.languages.${l}`)).join(', ') })
  return (
    <span className="badge texts-missing" data-testid="texts-missing" data-languages={missing.join(' ')} title={label}>
      <span aria-hidden="true">{missing.map((l) => l.toUpperCase()).join(' ')}</span>
      <span className="sr-only">{label}</span>
    </span>
  )
}
