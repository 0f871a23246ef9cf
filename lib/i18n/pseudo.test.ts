import { afterEach, describe, expect, it, vi } from 'vitest'
import { en } from './messages/en'
import { isPseudoLocale, pseudoCatalogue, pseudoMessage } from './pseudo'
import { translator, type Messages } from './index'

describe('pseudo-languages', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('accents and brackets a message, keeping its placeholders', () => {
    expect(pseudoMessage('Save', 'en-XA')).toBe('[Šàṽé]')
    expect(pseudoMessage('Signed in as {name} ({role})', 'en-XA')).toBe('[Šîĝñéð îñ àš {name} ({role})]')
  })

  it('keeps ICU arguments and tags, transforming only the words of each option', () => {
    expect(pseudoMessage('{count, plural, one {# item} other {# items}}', 'en-XA')).toBe('[{count, plural, one {# îţéɱ} other {# îţéɱš}}]')
    expect(pseudoMessage('Read <b>this</b>', 'en-XA')).toBe('[Ŕéàð <b>ţĥîš</b>]')
  })

  it('brackets each form of a "one|other" message, so the chosen one is still bracketed', () => {
    const t = translator(pseudoCatalogue(en as Messages, 'en-XA'))
    expect(t('editor.errorCount', { count: 1 })).toBe('[1 éŕŕöŕ]')
    expect(t('editor.errorCount', { count: 3 })).toBe('[3 éŕŕöŕš]')
  })

  it('writes the Arabic pseudo-language in Arabic letters', () => {
    expect(pseudoMessage('Save {name}', 'ar-XB')).toMatch(/^\[[\u0600-\u06FF]+ \{name\}\]$/)
  })

  it('is chosen only when the server runs with I18N_PSEUDO=1', () => {
    expect(isPseudoLocale('en-XA')).toBe(false)
    vi.stubEnv('I18N_PSEUDO', '1')
    expect(isPseudoLocale('en-XA')).toBe(true)
    expect(isPseudoLocale('xx')).toBe(false)
  })
})
