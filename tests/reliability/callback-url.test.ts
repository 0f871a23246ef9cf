// Issue 12, item 1: after signing in, only a path of this site may be followed. Every value below
// comes from the address bar (already decoded once by the server); each must lead to a path that a
// browser resolves on our own origin, and must be usable as a Location header (no 500).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeCallbackUrl } from '@/lib/auth/callback-url'

const ORIGIN = 'https://planner.example.org'

/** Where a browser goes when it follows the answer as a Location header on our origin. */
const followed = (location: string) => new URL(location, `${ORIGIN}/signin`)

const HOSTILE = [
  '/\t/evil.example/phish', // the reported one: slash, tab, slash
  '/\n/evil.example',
  '/\r/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\\/evil.example',
  '/.//evil.example',
  '/./\\evil.example',
  '/x/..//evil.example',
  '/%2e//evil.example',
  '\u3000//evil.example',
  '/\u3000/evil.example',
  '/\u0000/evil.example',
  'https://evil.example/phish',
  'HTTPS://EVIL.EXAMPLE',
  'http:evil.example',
  'https:/evil.example',
  'https:\\\\evil.example',
  'https://planner.example.org@evil.example/',
  'https://evil.example\\@planner.example.org/',
  'https://planner.example.org.evil.example/',
  'http://planner.example.org/', // our host, another scheme: another origin
  'https://planner.example.org:444/',
  'https://user:pass@planner.example.org/meetings',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example%2f@planner.example.org',
  `/${'a'.repeat(5000)}`,
]

describe('the address followed after signing in', () => {
  it.each(HOSTILE)('%j stays on this site', (value) => {
    const location = safeCallbackUrl(value, ORIGIN)
    expect(location.startsWith('/')).toBe(true)
    expect(location.startsWith('//')).toBe(false)
    expect(followed(location).origin).toBe(ORIGIN)
    // A header value: printable ASCII only (a newline or U+3000 in a Location answers 500).
    expect(location).toMatch(/^[\x21-\x7e]+$/)
    expect(() => new Headers({ Location: location })).not.toThrow()
  })

  it('sends the reported open redirects home', () => {
    for (const value of ['/\t/evil.example/phish', '//evil.example', '/\\evil.example', 'https://evil.example/', '/.//evil.example', 'javascript:alert(1)']) {
      expect(safeCallbackUrl(value, ORIGIN), JSON.stringify(value)).toBe('/')
    }
  })

  it('keeps a path of this site, with its query and fragment', () => {
    expect(safeCallbackUrl('/meetings', ORIGIN)).toBe('/meetings')
    expect(safeCallbackUrl('/meetings/2026/consultation?round=1#thread-x', ORIGIN)).toBe('/meetings/2026/consultation?round=1#thread-x')
    expect(safeCallbackUrl('/programme/2026', ORIGIN)).toBe('/programme/2026')
    // An absolute address of our own origin becomes its path.
    expect(safeCallbackUrl(`${ORIGIN}/meetings/2026`, ORIGIN)).toBe('/meetings/2026')
    // A relative path is read against the site's root.
    expect(safeCallbackUrl('meetings', ORIGIN)).toBe('/meetings')
    // Without a known origin, only relative paths are kept.
    expect(safeCallbackUrl('/meetings')).toBe('/meetings')
    expect(safeCallbackUrl(`${ORIGIN}/meetings`)).toBe('/')
  })

  it('keeps encoded characters encoded, and encodes the rest, instead of failing', () => {
    // Twice encoded in the address bar: once decoded, it is still a path of ours.
    expect(safeCallbackUrl('/%09/evil.example', ORIGIN)).toBe('/%09/evil.example')
    expect(followed(safeCallbackUrl('/%2F%2Fevil.example', ORIGIN)).origin).toBe(ORIGIN)
    expect(safeCallbackUrl('/réunions 2026', ORIGIN)).toBe('/r%C3%A9unions%202026')
  })

  it('leads home for anything that is not a single string', () => {
    for (const value of [undefined, null, '', ['/a', '/b'], 42, { toString: () => '//evil.example' }]) expect(safeCallbackUrl(value, ORIGIN)).toBe('/')
  })

  it('never leaves the site, whatever the string (property)', () => {
    const pieces = fc.constantFrom('/', '\\', '//', '\t', '\n', '\r', ' ', '\u3000', '\u0000', '.', '..', '%2f', '%5c', '%09', '@', ':', 'evil.example', 'https:', 'javascript:', '?', '#', 'planner.example.org')
    const hostile = fc.array(pieces, { maxLength: 12 }).map((p) => p.join(''))
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string(), fc.webUrl(), fc.webPath()), (value) => {
        const location = safeCallbackUrl(value, ORIGIN)
        expect(location).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/)
        expect(followed(location).origin).toBe(ORIGIN)
      }),
      { numRuns: 3000 },
    )
  })
})
