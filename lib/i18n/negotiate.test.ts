import { describe, expect, it } from 'vitest'
import { readerLocale, requestLocale } from './negotiate'

describe('the reader’s language', () => {
  it('is the one chosen with the switcher, whatever the browser says', () => {
    expect(readerLocale({ chosen: 'es', acceptLanguage: 'fr-FR,fr;q=0.9' })).toBe('es')
    expect(readerLocale({ chosen: 'en', acceptLanguage: 'fr' })).toBe('en')
  })

  it('without a choice, is the browser’s first language we offer, by its preference', () => {
    expect(readerLocale({ acceptLanguage: 'fr-CH, fr;q=0.9, en;q=0.8' })).toBe('fr')
    expect(readerLocale({ acceptLanguage: 'de-DE,de;q=0.9,es;q=0.8,en;q=0.7' })).toBe('es')
    expect(readerLocale({ acceptLanguage: 'en;q=0.5, es-419;q=0.9' })).toBe('es')
    expect(readerLocale({ acceptLanguage: 'es-AR' })).toBe('es')
  })

  it('ignores a chosen language we do not offer and falls to the browser’s', () => {
    expect(readerLocale({ chosen: 'de', acceptLanguage: 'fr' })).toBe('fr')
    expect(readerLocale({ chosen: '', acceptLanguage: 'es' })).toBe('es')
  })

  it('is English when neither says a language we offer, or says nonsense', () => {
    expect(readerLocale({})).toBe('en')
    expect(readerLocale({ acceptLanguage: 'de, ja;q=0.8' })).toBe('en')
    expect(readerLocale({ acceptLanguage: '*' })).toBe('en')
    expect(readerLocale({ acceptLanguage: 'x-klingon-!!, ;q=abc' })).toBe('en')
  })

  it('is read the same way from a request answered by a route (files and exports)', () => {
    const request = (headers: Record<string, string>) => new Request('http://localhost/programme/2026/pdf', { headers })
    expect(requestLocale(request({ cookie: 'a=b; locale=es; c=d', 'accept-language': 'fr' }))).toBe('es')
    expect(requestLocale(request({ 'accept-language': 'fr-BE' }))).toBe('fr')
    expect(requestLocale(request({}))).toBe('en')
  })
})
