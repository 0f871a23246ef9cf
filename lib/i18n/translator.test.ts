import { describe, expect, it } from 'vitest'
import { messagesFor, translator, type Messages } from './index'

describe('the translator', () => {
  const t = translator({ nav: { signedInAs: 'Signed in as {name} ({role})' } } as unknown as Messages)
  it('fills placeholders', () => {
    expect(t('nav.signedInAs', { name: 'Ana', role: 'President' })).toBe('Signed in as Ana (President)')
  })
  it('shows the key of a missing message rather than nothing', () => {
    expect(t('app.name')).toBe('app.name')
  })
  it('follows the plural rules of the catalogue’s language, even when the messages crossed to the browser', () => {
    const copy = structuredClone(messagesFor('fr'))
    expect(translator(copy, 'fr')('editor.errorCount', { count: 0 })).toBe('0 erreur')
    expect(translator(messagesFor('fr'))('editor.errorCount', { count: 0 })).toBe('0 erreur')
    expect(translator(messagesFor('en'))('editor.errorCount', { count: 0 })).toBe('0 errors')
  })
})
