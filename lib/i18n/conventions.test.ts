import { describe, expect, it } from 'vitest'
import { formatClockTime, formatGenevaMoment, formatTime } from './conventions'

const NBSP = '\u00a0'

describe('each language’s conventions', () => {
  it('writes a time as its documents do', () => {
    expect(formatTime('10:00', 'en')).toBe('10:00')
    expect(formatTime('10:00', 'fr')).toBe(`10${NBSP}h${NBSP}00`)
    expect(formatTime('09:30', 'es')).toBe('09.30')
    expect(formatClockTime('10:00', 'es')).toBe('10.00 horas')
  })

  it('names Geneva with a moment, in the reader’s language (summer and winter time)', () => {
    const winter = new Date('2026-11-30T17:00:00Z') // 18:00 in Geneva
    expect(formatGenevaMoment(winter, 'en')).toBe('Monday 30 November 2026, 18:00 (Geneva)')
    expect(formatGenevaMoment(winter, 'fr')).toBe(`lundi 30 novembre 2026, 18${NBSP}h${NBSP}00 (heure de Genève)`)
    expect(formatGenevaMoment(winter, 'es')).toBe('lunes 30 de noviembre de 2026, 18.00 horas (hora de Ginebra)')
    expect(formatGenevaMoment(new Date('2026-06-16T08:00:00Z'), 'fr')).toBe(`mardi 16 juin 2026, 10${NBSP}h${NBSP}00 (heure de Genève)`)
  })
})
