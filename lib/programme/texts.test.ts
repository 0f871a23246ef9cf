import { describe, expect, it } from 'vitest'
import { itemTextsIn, languagesMissing, missingByLanguage, missingTexts, textIn } from './texts'

const item = { title: 'Opening', description: 'Remarks', subItems: [{ title: 'Welcome' }, { title: 'Agenda' }] }

describe('the programme texts in other languages', () => {
  it('names each text with an original and no translation, and nothing for an untitled item', () => {
    expect(missingTexts(item, 'fr')).toEqual(['title', 'description', 'subItems'])
    expect(missingTexts({ ...item, translations: { fr: { title: 'Ouverture', description: 'Allocutions', subItems: [{ title: 'Bienvenue' }] } } }, 'fr')).toEqual(['subItems'])
    expect(missingTexts({ ...item, translations: { fr: { title: 'Ouverture', description: ' ', subItems: [{ title: 'Bienvenue' }, { title: 'Ordre du jour' }] } } }, 'fr')).toEqual(['description'])
    expect(missingTexts({ title: '' }, 'es')).toEqual([])
    expect(missingTexts({ title: 'Break', description: null }, 'es')).toEqual(['title'])
  })

  it('lists the languages an item misses, Arabic included', () => {
    expect(languagesMissing({ title: 'Break', translations: { fr: { title: 'Pause' } } })).toEqual(['es', 'ar'])
    expect(languagesMissing({ title: 'Break', translations: { fr: { title: 'Pause' }, es: { title: 'Pausa' }, ar: { title: 'استراحة' } } })).toEqual([])
  })

  it('counts per language the items missing a text, and the title and venue', () => {
    const counts = missingByLanguage({
      title: 'Intersessional Meetings',
      venue: 'Geneva',
      translations: { fr: { title: 'Réunions intersessions' } },
      days: [{ items: [{ title: 'A', translations: { fr: { title: 'A fr' } } }, { title: 'B' }] }, { items: [{ title: 'C', translations: { es: { title: 'C es' } } }] }],
    })
    expect(counts).toEqual({ fr: { items: 2, title: false, venue: true }, es: { items: 2, title: true, venue: true }, ar: { items: 3, title: true, venue: true } })
  })

  it('gives the translation, or the original marked as English only', () => {
    expect(textIn('Opening', { fr: 'Ouverture' }, 'fr')).toEqual({ text: 'Ouverture', original: false })
    expect(textIn('Opening', { fr: '  ' }, 'fr')).toEqual({ text: 'Opening', original: true })
    expect(textIn('Opening', {}, 'en')).toEqual({ text: 'Opening', original: false })
    const texts = itemTextsIn({ ...item, translations: { es: { title: 'Apertura', subItems: [{ title: 'Bienvenida' }] } } }, 'es')
    expect(texts.title).toEqual({ text: 'Apertura', original: false })
    expect(texts.description).toEqual({ text: 'Remarks', original: true })
    expect(texts.subItems.map((s) => s.title)).toEqual([{ text: 'Bienvenida', original: false }, { text: 'Agenda', original: true }])
  })
})
