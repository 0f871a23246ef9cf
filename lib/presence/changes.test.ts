import { describe, expect, it } from 'vitest'
import { initialsOf } from './people'
import { changedItemIds } from './changes'

const programme = (...days: [string, [string, number][]][]) => ({ days: days.map(([id, items]) => ({ id, items: items.map(([iid, version]) => ({ id: iid, version })) })) })

describe('what someone else changed', () => {
  it('marks an item saved again, moved to another day, or new; not one left alone', () => {
    const before = programme(['d1', [['a', 1], ['b', 1]]], ['d2', [['c', 1]]])
    expect(changedItemIds(before, programme(['d1', [['a', 2], ['b', 1]]], ['d2', [['c', 1]]]))).toEqual(['a'])
    expect(changedItemIds(before, programme(['d1', [['a', 1]]], ['d2', [['c', 1], ['b', 1]]]))).toEqual(['b'])
    expect(changedItemIds(before, programme(['d1', [['a', 1], ['b', 1], ['n', 1]]], ['d2', [['c', 1]]]))).toEqual(['n'])
    expect(changedItemIds(before, before)).toEqual([])
  })
  it('does not mark this page’s own save, which the refresh only confirms', () => {
    const before = programme(['d1', [['a', 1]]])
    expect(changedItemIds(before, programme(['d1', [['a', 2]]]), new Map([['a', 2]]))).toEqual([])
    expect(changedItemIds(before, programme(['d1', [['a', 3]]]), new Map([['a', 2]]))).toEqual(['a'])
  })
})

describe('initials on an avatar', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initialsOf('Ana María Pérez')).toBe('AP')
    expect(initialsOf('  isu ')).toBe('I')
    expect(initialsOf('')).toBe('?')
    expect(initialsOf('élodie dupont')).toBe('ÉD')
    expect(initialsOf('Isabelle Suter (ISU)')).toBe('IS')
  })
})
