import { afterEach, describe, expect, it, vi } from 'vitest'
import { requestPseudoLanguage } from './page-language'

const request = (url: string, cookie?: string) => new Request(url, { headers: cookie ? { cookie } : {} })

describe('the pseudo-language of a file (the PDF)', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('is never chosen outside the end-to-end tests, whatever the cookie says', () => {
    vi.stubEnv('I18N_PSEUDO', '')
    expect(requestPseudoLanguage(request('http://x/meetings/2026/pdf', 'locale=en-XA'))).toBeNull()
  })

  it('follows the cookie under the tests, unless the address asks for a language', () => {
    vi.stubEnv('I18N_PSEUDO', '1')
    expect(requestPseudoLanguage(request('http://x/meetings/2026/pdf', 'a=b; locale=en-XA'))).toBe('en-XA')
    expect(requestPseudoLanguage(request('http://x/meetings/2026/pdf?lang=fr', 'locale=en-XA'))).toBeNull()
    expect(requestPseudoLanguage(request('http://x/meetings/2026/pdf', 'locale=fr'))).toBeNull()
  })
})
