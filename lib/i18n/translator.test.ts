import { describe, expect, it } from 'vitest'
import { translator, type Messages } from './index'

describe('the translator', () => {
  const t = translator({ editor: { errorCount: '{count} error|{count} errors' }, nav: { signedInAs: 'Signed in as {name} ({role})' } } as unknown as Messages)
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('nav.signedInAs', { name: 'Ana', role: 'President' })).toBe('Signed in as Ana (President)')
    expect(t('nav.signedInAs', { name: 'Ana' })).toBe('Signed in as Ana ({role})')
  })
  it('chooses the singular for a count of one', () => {
    expect(t('editor.errorCount', { count: 1 })).toBe('1 error')
    expect(t('editor.errorCount', { count: 0 })).toBe('0 errors')
    expect(t('editor.errorCount', { count: 2 })).toBe('2 errors')
  })
  it('shows the key of a missing message rather than nothing', () => {
    expect(t('app.name')).toBe('app.name')
  })
})
