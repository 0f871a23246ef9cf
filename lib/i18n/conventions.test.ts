import { describe, expect, it } from 'vitest'
import { messagesFor, translator, type Locale } from './index'
import { formatClockTime, formatGenevaMoment, formatGenevaShort, formatTime, formatTimeRange } from './conventions'

const NBSP = '\u00a0'
const sayIn = (locale: Locale) => translator(messagesFor(locale))

describe('each language’s conventions', () => {
  it('writes a time as its documents do', () => {
    expect(formatTime('10:00', 'en')).toBe('10:00')
    expect(formatTime('10:00', 'fr')).toBe(`10${NBSP}h${NBSP}00`)
    expect(formatTime('09:30', 'es')).toBe('09.30')
    expect(formatClockTime('10:00', 'es')).toBe('10.00 horas')
  })

  it('names Geneva with a moment, in the reader’s language (summer and winter time)', () => {
    const winter = new Date('2026-11-30T17:00:00Z') // 18:00 in Geneva
    expect(formatGenevaMoment(winter, 'en', sayIn('en'))).toBe('Monday 30 November 2026, 18:00 (Geneva)')
    expect(formatGenevaMoment(winter, 'fr', sayIn('fr'))).toBe(`lundi 30 novembre 2026, 18${NBSP}h${NBSP}00 (heure de Genève)`)
    expect(formatGenevaMoment(winter, 'es', sayIn('es'))).toBe('lunes 30 de noviembre de 2026, 18.00 horas (hora de Ginebra)')
    expect(formatGenevaMoment(new Date('2026-06-16T08:00:00Z'), 'fr', sayIn('fr'))).toBe(`mardi 16 juin 2026, 10${NBSP}h${NBSP}00 (heure de Genève)`)
  })

  it('names Geneva in Arabic with the United Nations’ month names and the Arabic comma', () => {
    expect(formatGenevaMoment(new Date('2026-11-30T17:00:00Z'), 'ar', sayIn('ar'))).toBe('الاثنين 30 تشرين الثاني/نوفمبر 2026، 18:00 (بتوقيت جنيف)')
  })

  it('writes midnight as the start of the Geneva day, not the end of the UTC one', () => {
    // 22:00 UTC on 30 June is midnight on 1 July in Geneva (summer time, UTC+2).
    const midnight = new Date('2026-06-30T22:00:00Z')
    expect(formatGenevaMoment(midnight, 'en', sayIn('en'))).toBe('Wednesday 1 July 2026, 00:00 (Geneva)')
    expect(formatGenevaMoment(midnight, 'fr', sayIn('fr'))).toBe(`mercredi 1er juillet 2026, 0${NBSP}h${NBSP}00 (heure de Genève)`)
    expect(formatGenevaShort(midnight, 'es')).toBe('1 jul 2026, 00.00')
    // 23:00 UTC on 31 December is midnight on 1 January in Geneva (winter time, UTC+1).
    expect(formatGenevaShort(new Date('2026-12-31T23:00:00Z'), 'en')).toBe('1 Jan 2027, 00:00')
  })

  it('writes a short date and time for lists in each language, in Geneva time, summer and winter', () => {
    const winter = new Date('2026-11-24T08:15:00Z') // 09:15 in Geneva
    const summer = new Date('2026-06-16T08:15:00Z') // 10:15 in Geneva
    expect(formatGenevaShort(winter, 'en')).toBe('24 Nov 2026, 09:15')
    expect(formatGenevaShort(winter, 'fr')).toBe(`24 nov. 2026, 9${NBSP}h${NBSP}15`)
    expect(formatGenevaShort(winter, 'es')).toBe('24 nov 2026, 09.15')
    expect(formatGenevaShort(winter, 'ar')).toBe('24 تشرين الثاني/نوفمبر 2026، 09:15')
    expect(formatGenevaShort(summer, 'en')).toBe('16 Jun 2026, 10:15')
    expect(formatGenevaShort(summer, 'fr')).toBe(`16 juin 2026, 10${NBSP}h${NBSP}15`)
  })

  it('follows the change of clocks: the hour that repeats in October is written twice', () => {
    // 25 October 2026: 03:00 summer time becomes 02:00 winter time.
    expect(formatGenevaShort(new Date('2026-10-25T00:30:00Z'), 'en')).toBe('25 Oct 2026, 02:30')
    expect(formatGenevaShort(new Date('2026-10-25T01:30:00Z'), 'en')).toBe('25 Oct 2026, 02:30')
    expect(formatGenevaShort(new Date('2026-10-25T02:30:00Z'), 'en')).toBe('25 Oct 2026, 03:30')
  })

  it('writes a span of time as the language does', () => {
    expect(formatTimeRange('10:00', '13:00', 'en')).toBe('10:00–13:00')
    expect(formatTimeRange('10:00', '13:00', 'fr')).toBe(`10${NBSP}h${NBSP}00${NBSP}– 13${NBSP}h${NBSP}00`)
    expect(formatTimeRange('10:00', '13:00', 'es')).toBe('10.00–13.00')
  })
})
