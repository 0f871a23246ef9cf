// The names of States in English, French, Spanish and Arabic from their ISO 3166-1 alpha-3 code: the
// i18n-iso-countries package (CLDR-like everyday names), replaced by the United Nations' names where
// they differ for a State Party, a signatory or a State often observing the meetings.
import countries from 'i18n-iso-countries'
import ar from 'i18n-iso-countries/langs/ar.json'
import en from 'i18n-iso-countries/langs/en.json'
import es from 'i18n-iso-countries/langs/es.json'
import fr from 'i18n-iso-countries/langs/fr.json'

export type StateLanguage = 'en' | 'fr' | 'es' | 'ar'
for (const locale of [en, fr, es, ar]) countries.registerLocale(locale)

type Names = Partial<Record<StateLanguage, string>>
const UN_NAMES: Record<string, Names> = {
  BOL: { en: 'Bolivia (Plurinational State of)', fr: 'Bolivie (État plurinational de)', es: 'Bolivia (Estado Plurinacional de)' },
  CIV: { en: 'Côte d’Ivoire', fr: 'Côte d’Ivoire', es: 'Côte d’Ivoire' },
  COD: { es: 'República Democrática del Congo' },
  CPV: { en: 'Cabo Verde', fr: 'Cabo Verde', es: 'Cabo Verde' },
  CZE: { en: 'Czechia', fr: 'Tchéquie', es: 'Chequia' },
  FSM: { en: 'Micronesia (Federated States of)', fr: 'Micronésie (États fédérés de)', es: 'Micronesia (Estados Federados de)' },
  GBR: { en: 'United Kingdom', fr: 'Royaume-Uni', es: 'Reino Unido' },
  IRN: { en: 'Iran (Islamic Republic of)', fr: 'Iran (République islamique d’)', es: 'Irán (República Islámica del)' },
  KOR: { en: 'Republic of Korea', fr: 'République de Corée', es: 'República de Corea' },
  LAO: { en: 'Lao People’s Democratic Republic', fr: 'République démocratique populaire lao', es: 'República Democrática Popular Lao' },
  MDA: { en: 'Republic of Moldova', fr: 'République de Moldova', es: 'República de Moldova' },
  MKD: { en: 'North Macedonia', fr: 'Macédoine du Nord', es: 'Macedonia del Norte' },
  PRK: { en: 'Democratic People’s Republic of Korea', fr: 'République populaire démocratique de Corée', es: 'República Popular Democrática de Corea' },
  PSE: { en: 'State of Palestine', fr: 'État de Palestine', es: 'Estado de Palestina' },
  RUS: { en: 'Russian Federation', fr: 'Fédération de Russie', es: 'Federación de Rusia' },
  SWZ: { fr: 'Eswatini' },
  SYR: { en: 'Syrian Arab Republic', fr: 'République arabe syrienne', es: 'República Árabe Siria' },
  TZA: { fr: 'République-Unie de Tanzanie', es: 'República Unida de Tanzanía' },
  USA: { en: 'United States of America', fr: 'États-Unis d’Amérique', es: 'Estados Unidos de América' },
  VAT: { en: 'Holy See', fr: 'Saint-Siège', es: 'Santa Sede' },
  VEN: { en: 'Venezuela (Bolivarian Republic of)', fr: 'Venezuela (République bolivarienne du)', es: 'Venezuela (República Bolivariana de)' },
}

/** The name of a State in a language; the code itself when it is not one. */
export function stateName(iso: string, language: StateLanguage = 'en'): string {
  const code = iso.toUpperCase()
  return UN_NAMES[code]?.[language] ?? countries.getName(code, language) ?? iso
}

/** The names of some States in a language, by code (upper case): what a page hands its browser instead of this module's tables. */
export function stateNamesOf(codes: Iterable<string>, language: StateLanguage = 'en'): Record<string, string> {
  const names: Record<string, string> = {}
  for (const iso of codes) names[iso.toUpperCase()] = stateName(iso, language)
  return names
}

/** Whether a code is an ISO 3166-1 alpha-3 code the names know. */
export const isKnownState = (iso: string) => countries.isValid(iso.toUpperCase()) && iso.length === 3

/** Every State by code with its name in a language, in that language's alphabetical order: the choices of a State field. */
export function stateChoices(language: StateLanguage = 'en'): { code: string; name: string }[] {
  const collator = new Intl.Collator(language)
  return Object.keys(countries.getAlpha3Codes())
    .map((code) => ({ code, name: stateName(code, language) }))
    .sort((a, b) => collator.compare(a.name, b.name))
}

/** The code of the State a typed text names (its name in the language, case and accents aside, or its code); null when none. */
export function stateCodeOf(text: string, choices: readonly { code: string; name: string }[]): string | null {
  const typed = text.trim()
  if (!typed) return null
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' })
  return choices.find((c) => collator.compare(c.name, typed) === 0 || c.code === typed.toUpperCase())?.code ?? null
}
