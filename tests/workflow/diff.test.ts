import { describe, expect, it } from 'vitest'
import type { Programme } from '@/lib/programme'
import { diffRevisions, type Snapshot } from '@/lib/revisions/diff'

type It = Programme['days'][number]['items'][number]
const item = (start: string, end: string, title: string, extra: Partial<It> = {}): It => ({ start, end, title, segment: 'general', committee: null, objectives: [], ...extra })

function programme(days: Record<string, It[]>): Programme {
  return {
    version: 1,
    year: 2026,
    title: 'Intersessional Meetings',
    venue: 'Geneva',
    format: 'thematic-segment',
    formatDecision: null,
    days: Object.entries(days).map(([date, items]) => ({ date, thematic: false, items })),
    otherMeetings: [],
  }
}

const snap = (days: Record<string, It[]>, ids?: string[][]): Snapshot => ({ document: programme(days), itemIds: ids })

const original = {
  '2026-06-16': [item('10:00', '10:15', 'Opening'), item('10:15', '11:30', 'Thematic segment'), item('11:30', '13:00', 'Article 5')],
  '2026-06-17': [item('10:00', '11:30', 'Cooperation'), item('15:00', '16:00', 'Closing')],
}
const ids = [['o', 't', 'a5'], ['co', 'cl']]

describe('the difference between two revisions', () => {
  it('finds nothing between a programme and itself', () => {
    const d = diffRevisions(snap(original, ids), snap(original, ids))
    expect(d.items).toEqual([])
    expect(d.unchanged).toBe(5)
    expect(d.programme).toEqual([])
  })

  it('names an added and a removed item', () => {
    const after = { ...original, '2026-06-17': [item('10:00', '11:30', 'Cooperation'), item('11:30', '12:00', 'Preparatory segment')] }
    const d = diffRevisions(snap(original), snap(after))
    expect(d.items).toEqual([
      { kind: 'added', after: { date: '2026-06-17', start: '11:30', end: '12:00', title: 'Preparatory segment' } },
      { kind: 'removed', before: { date: '2026-06-17', start: '15:00', end: '16:00', title: 'Closing' } },
    ])
    expect(d.counts).toMatchObject({ added: 1, removed: 1 })
  })

  it('follows a retitled item by its id, and by its place when there are no ids', () => {
    const after = { ...original, '2026-06-16': [original['2026-06-16'][0]!, item('10:15', '11:30', 'Thematic segment: mine action in armed conflict'), original['2026-06-16'][2]!] }
    for (const d of [diffRevisions(snap(original, ids), snap(after, ids)), diffRevisions(snap(original), snap(after))]) {
      expect(d.items).toEqual([
        {
          kind: 'changed',
          before: { date: '2026-06-16', start: '10:15', end: '11:30', title: 'Thematic segment' },
          after: { date: '2026-06-16', start: '10:15', end: '11:30', title: 'Thematic segment: mine action in armed conflict' },
          changes: ['retitled'],
          details: [],
        },
      ])
    }
  })

  it('says an item that changed day moved, and one whose times changed was retimed', () => {
    const after = {
      '2026-06-16': [item('10:00', '10:15', 'Opening'), item('10:15', '11:30', 'Thematic segment'), item('11:30', '12:45', 'Article 5')],
      '2026-06-17': [item('10:00', '11:30', 'Cooperation'), item('11:30', '12:00', 'Closing')],
    }
    const d = diffRevisions(snap(original, ids), snap(after, ids))
    expect(d.items.map((c) => [c.kind, c.kind === 'changed' ? c.changes : []])).toEqual([
      ['changed', ['retimed']],
      ['changed', ['retimed']],
    ])
    const moved = { ...original, '2026-06-16': original['2026-06-16'].slice(0, 2), '2026-06-17': [original['2026-06-16'][2]!, ...original['2026-06-17']] }
    const m = diffRevisions(snap(original, ids), snap(moved, [['o', 't'], ['a5', 'co', 'cl']]))
    expect(m.items).toEqual([
      {
        kind: 'changed',
        before: { date: '2026-06-16', start: '11:30', end: '13:00', title: 'Article 5' },
        after: { date: '2026-06-17', start: '11:30', end: '13:00', title: 'Article 5' },
        changes: ['moved'],
        details: [],
      },
    ])
  })

  it('flags only the item that left the order of the day, not the ones it passed', () => {
    const day = [item('10:00', '10:30', 'A'), item('10:30', '11:00', 'B'), item('11:00', '11:30', 'C'), item('11:30', '12:00', 'D')]
    const after = [item('10:00', '10:30', 'B'), item('10:30', '11:00', 'C'), item('11:00', '11:30', 'D'), item('11:30', '12:00', 'A')]
    const d = diffRevisions(snap({ '2026-06-16': day }, [['a', 'b', 'c', 'd']]), snap({ '2026-06-16': after }, [['b', 'c', 'd', 'a']]))
    const a = d.items.find((c) => c.kind === 'changed' && c.after.title === 'A')
    expect(a).toMatchObject({ changes: ['moved', 'retimed'] })
    expect(d.items.filter((c) => c.kind === 'changed' && c.changes.includes('moved'))).toHaveLength(1)
    expect(d.counts.retimed).toBe(4)
  })

  it('pairs repeated titles (a lunch break each day) with the one of the same day', () => {
    const before = { '2026-06-16': [item('13:00', '15:00', 'Lunch break')], '2026-06-17': [item('13:00', '15:00', 'Lunch break')] }
    const after = { '2026-06-16': [item('13:00', '15:00', 'Lunch break')], '2026-06-17': [item('13:00', '14:30', 'Lunch break')] }
    const d = diffRevisions(snap(before), snap(after))
    expect(d.items).toEqual([
      {
        kind: 'changed',
        before: { date: '2026-06-17', start: '13:00', end: '15:00', title: 'Lunch break' },
        after: { date: '2026-06-17', start: '13:00', end: '14:30', title: 'Lunch break' },
        changes: ['retimed'],
        details: [],
      },
    ])
  })

  it('reports other details and the programme’s own fields', () => {
    const after = { ...original, '2026-06-17': [item('10:00', '11:30', 'Cooperation', { speakers: ['Chair'], segment: 'committee' }), original['2026-06-17'][1]!] }
    const b = snap(original, ids)
    const a = snap(after, ids)
    a.document = { ...a.document, venue: 'Geneva, Room XIX', format: 'thematic-day', days: [...a.document.days, { date: '2026-06-18', thematic: true, items: [] }] }
    const d = diffRevisions(b, a)
    expect(d.items).toMatchObject([{ kind: 'changed', changes: ['details'], details: ['segment', 'speakers'] }])
    expect(d.programme).toEqual([
      { field: 'venue', before: 'Geneva', after: 'Geneva, Room XIX' },
      { field: 'format', before: 'thematic-segment', after: 'thematic-day' },
      { field: 'day', date: '2026-06-18', before: null, after: true },
    ])
  })

  it('reports the fields of version 2 as details, and takes an old snapshot without them as having none', () => {
    const extras = { invited: { states: ['KHM'], basis: 'Article 5 deadlines' }, actions: [21], subItems: [{ title: 'Survey' }], translations: { fr: { title: 'Coopération' } } }
    const after = { ...original, '2026-06-17': [item('10:00', '11:30', 'Cooperation', extras), original['2026-06-17'][1]!] }
    const d = diffRevisions(snap(original, ids), snap(after, ids))
    expect(d.items).toMatchObject([{ kind: 'changed', changes: ['details'], details: ['invited', 'actions', 'subItems', 'translations'] }])
    const empty = { ...original, '2026-06-17': [item('10:00', '11:30', 'Cooperation', { actions: [], subItems: [] }), original['2026-06-17'][1]!] }
    expect(diffRevisions(snap(original, ids), snap(empty, ids)).items).toEqual([])
  })
})

