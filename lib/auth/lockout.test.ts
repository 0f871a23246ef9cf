import { describe, expect, it } from 'vitest'
import { lockoutState } from './lockout'

const at = (minutes: number) => new Date(Date.UTC(2026, 5, 1, 9, 0) + minutes * 60_000)
const failures = (...minutes: number[]) => minutes.map(at)

describe('lockout after failed sign-ins', () => {
  it('nine failures do not lock', () => {
    expect(lockoutState(failures(0, 1, 2, 3, 4, 5, 6, 7, 8), at(9)).locked).toBe(false)
  })

  it('the tenth failure within 15 minutes locks for 15 minutes from it', () => {
    const ten = failures(0, 1, 2, 3, 4, 5, 6, 7, 8, 14)
    expect(lockoutState(ten, at(14))).toEqual({ locked: true, until: at(29) })
    expect(lockoutState(ten, at(28.9)).locked).toBe(true)
    expect(lockoutState(ten, at(29)).locked).toBe(false)
  })

  it('ten failures spread over more than 15 minutes do not lock', () => {
    expect(lockoutState(failures(0, 2, 4, 6, 8, 10, 12, 14, 15, 15.5), at(16)).locked).toBe(false)
  })

  it('exactly 15 minutes between the first and the tenth still locks', () => {
    expect(lockoutState(failures(0, 1, 2, 3, 4, 5, 6, 7, 8, 15), at(15)).locked).toBe(true)
  })
})
