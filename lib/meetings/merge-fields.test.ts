import { describe, expect, it } from 'vitest'
import type { ItemFields } from '@/lib/meetings/schema'
import { mergeFields } from './merge-fields'

const base: ItemFields = { start: '10:00', end: '11:00', title: 'Closing', description: '', segment: 'closing', committee: '', objectives: [], speakers: '' }

describe('a merge by field', () => {
  it('keeps what each side changed alone', () => {
    const r = mergeFields(base, { ...base, speakers: 'ISU' }, { ...base, title: 'Closing, with a summary' })
    expect(r.clashes).toEqual([])
    expect(r.taken).toEqual(['title'])
    expect(r.fields).toMatchObject({ title: 'Closing, with a summary', speakers: 'ISU' })
  })
  it('asks only for a field both changed differently', () => {
    const r = mergeFields(base, { ...base, title: 'Mine', end: '11:30' }, { ...base, title: 'Theirs', end: '11:30', objectives: ['clearance'] } as ItemFields)
    expect(r.clashes).toEqual([{ field: 'title', mine: 'Mine', theirs: 'Theirs' }])
    expect(r.taken).toEqual(['objectives'])
  })
})

describe('sub-items in a merge', () => {
  it('are one field, kept in their order', () => {
    const withSubs = { ...base, subItems: [{ title: 'a', description: '' }] }
    const r = mergeFields(withSubs, { ...withSubs, title: 'Mine' }, { ...withSubs, subItems: [{ title: 'a', description: '' }, { title: 'b', description: '' }] })
    expect(r.taken).toEqual(['subItems'])
    expect(r.fields.subItems).toHaveLength(2)
  })
})
