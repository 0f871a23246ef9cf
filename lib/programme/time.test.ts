import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatTime, isTime, parseTime } from './time'

describe('times of day', () => {
  it('reads HH:MM from 00:00 to 23:59', () => {
    expect(parseTime('00:00')).toBe(0)
    expect(parseTime('10:00')).toBe(600)
    expect(parseTime('13:30')).toBe(810)
    expect(parseTime('23:59')).toBe(1439)
  })

  it('refuses what is not HH:MM of one day', () => {
    for (const text of ['24:00', '9:00', '10:60', '1000', '10:00:00', ' 10:00', '10:00 ', '10h00', '', '-1:00', '１０:００']) {
      expect(parseTime(text), text).toBeNull()
      expect(isTime(text), text).toBe(false)
    }
    expect(isTime(600)).toBe(false)
  })

  it('takes exactly the texts HH:MM from 00:00 to 23:59', () => {
    const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/
    const timeLike = fc.stringMatching(/^[0-9: ]{3,6}$/)
    fc.assert(
      fc.property(fc.oneof(fc.string(), timeLike), (text) => {
        expect(parseTime(text) !== null).toBe(HH_MM.test(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('writes minutes back as HH:MM', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        expect(parseTime(formatTime(minutes))).toBe(minutes)
      }),
    )
    expect(formatTime(545)).toBe('09:05')
  })
})
