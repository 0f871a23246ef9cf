import { describe, expect, it } from 'vitest'
import { digitsFor, withDigits } from './digits'

describe('the digits of an Arabic page or document', () => {
  it('follows the year’s choice in Arabic only, Western by default and for anything unknown', () => {
    expect(digitsFor('ar', 'arabic-indic')).toBe('arabic-indic')
    expect(digitsFor('ar', 'western')).toBe('western')
    expect(digitsFor('ar', null)).toBe('western')
    expect(digitsFor('ar', 'roman')).toBe('western')
    expect(digitsFor('fr', 'arabic-indic')).toBe('western')
  })
  it('turns every Western digit into an Arabic-Indic one, and nothing else', () => {
    expect(withDigits('10:00–11:30, 2026', 'arabic-indic')).toBe('١٠:٠٠–١١:٣٠, ٢٠٢٦')
    expect(withDigits('Rev.1 10:00', 'western')).toBe('Rev.1 10:00')
  })
})
