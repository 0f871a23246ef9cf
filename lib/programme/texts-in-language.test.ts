import { describe, expect, it } from 'vitest'
import { anyUntranslated, textIn } from './texts-in-language'

const item = { title: 'Opening of the meetings', description: 'The President opens.', translations: { ar: { title: 'افتتاح الاجتماعات' }, fr: { title: '  ' } } }

describe('the programme’s texts in the reader’s language', () => {
  it('gives the Arabic text where the ISU entered one', () => {
    expect(textIn(item, 'title', 'ar')).toEqual({ text: 'افتتاح الاجتماعات', lang: 'ar', translated: true })
  })
  it('falls back to the English original, marked untranslated, where there is none (or only blanks)', () => {
    expect(textIn(item, 'description', 'ar')).toEqual({ text: 'The President opens.', lang: 'en', translated: false })
    expect(textIn(item, 'title', 'fr')).toEqual({ text: 'Opening of the meetings', lang: 'en', translated: false })
    expect(anyUntranslated('ar', textIn(item, 'title', 'ar'), textIn(item, 'description', 'ar'))).toBe(true)
  })
  it('never marks English, and has nothing to say of an empty original', () => {
    expect(textIn(item, 'title', 'en')).toEqual({ text: 'Opening of the meetings', lang: 'en', translated: true })
    expect(anyUntranslated('en', textIn(item, 'title', 'en'))).toBe(false)
    expect(textIn({ title: 'x' }, 'description', 'ar')).toBeNull()
  })
})
