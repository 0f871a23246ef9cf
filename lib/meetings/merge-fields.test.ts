import { describe, expect, it } from 'vitest'
import type { ItemFields } from '@/lib/meetings/schema'
import { mergeFields } from './merge-fields'

const base: ItemFields = { start: '10:00', end: '11:00', title: 'Closing', description: '', segment: 'closing', committee: '', objectives: [], speakers: '' }

describe('a merge by field', () => {
  it('keeps what each side changed alone', () => {
    const r = mergeFields(base, { ...base, speakers: 'ISU' }, { ...base, title: 'Closing, with a summary' })
    expect(r.clashes).toEqual([])
    expect(r.taken).toEqual(['title'])
    expect(r.fields).toMatchObject({ title: 'Closing, with a summary', speakers: 'ISU' })
  })
  it('asks only for a field both changed differently', () => {
    const r = mergeFields(base, { ...base, title: 'Mine', end: '11:30' }, { ...base, title: 'Theirs', end: '11:30', objectives: ['clearance'] } as ItemFields)
    expect(r.clashes).toEqual([{ field: 'title', mine: 'Mine', theirs: 'Theirs' }])
    expect(r.taken).toEqual(['objectives'])
  })
})

describe('sub-items in a merge', () => {
  it('are one field, kept in their order', () => {
    const withSubs = { ...base, subItems: [{ title: 'a', description: '' }] }
    const r = mergeFields(withSubs, { ...withSubs, title: 'Mine' }, { ...withSubs, subItems: [{ title: 'a', description: '' }, { title: 'b', description: '' }] })
    expect(r.taken).toEqual(['subItems'])
    expect(r.fields.subItems).toHaveLength(2)
  })
})

describe('translations in a merge', () => {
  const texts = (title: string) => ({ title, description: '', subItems: [] })
  const withTexts = { ...base, translations: { fr: texts(''), es: texts(''), ar: texts('') } }
  it('are merged language by language: a French and a Spanish title typed at once are both kept', () => {
    const r = mergeFields(withTexts, { ...withTexts, translations: { ...withTexts.translations, fr: texts('Clôture') } }, { ...withTexts, translations: { ...withTexts.translations, es: texts('Clausura') } })
    expect(r.clashes).toEqual([])
    expect(r.taken).toEqual(['translations.es'])
    expect(r.fields.translations).toMatchObject({ fr: { title: 'Clôture' }, es: { title: 'Clausura' }, ar: { title: '' } })
  })
  it('ask when both changed one language differently', () => {
    const r = mergeFields(withTexts, { ...withTexts, translations: { ...withTexts.translations, fr: texts('Clôture') } }, { ...withTexts, translations: { ...withTexts.translations, fr: texts('Séance de clôture') } })
    expect(r.clashes).toEqual([{ field: 'translations.fr', mine: texts('Clôture'), theirs: texts('Séance de clôture') }])
  })
})
