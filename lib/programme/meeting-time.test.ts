import { describe, expect, it } from 'vitest'
import { countMeetingTime, percent, shareMinutes, TIME_TABLES, type CountableProgramme } from './meeting-time'

// A hand-made programme whose minutes are known: 10:00-18:00 with a lunch break, a side event and an
// item with broken times that must all stay out of the count.
const known: CountableProgramme = {
  year: 2025,
  days: [
    {
      items: [
        // 30 minutes: opening, no Committee, no objective, the President (kind) and a plain name (other).
        { start: '10:00', end: '10:30', segment: 'opening', committee: null, objectives: [], speakers: [{ kind: 'president' }, 'Host country'] },
        // 90 minutes: Article 5, clearance; three speakers, 30 each: chair, two States Parties.
        {
          start: '10:30',
          end: '12:00',
          segment: 'committee',
          committee: 'article-5',
          objectives: ['clearance'],
          speakers: [{ kind: 'committee-chair' }, { kind: 'state-party' }, { kind: 'state-party' }],
        },
        // 60 minutes: victim assistance, two objectives (30 each), no speakers listed.
        { start: '12:00', end: '13:00', segment: 'committee', committee: 'victim-assistance', objectives: ['victim-assistance', 'clearance'] },
        // Out of the count: a break, a side event, and an item whose end is before its start.
        { start: '13:00', end: '15:00', segment: 'break', speakers: [{ kind: 'state-party' }] },
        { start: '13:15', end: '14:45', segment: 'side-event', committee: 'article-5' },
        { start: '16:00', end: '15:00', segment: 'general', speakers: [{ kind: 'state-party' }] },
      ],
    },
    {
      items: [
        // 100 minutes: thematic, three objectives (34, 33, 33), seven speakers (15,15,14,14,14,14,14).
        {
          start: '15:00',
          end: '16:40',
          segment: 'thematic',
          committee: null,
          objectives: ['universalization', 'stockpile-destruction', 'victim-assistance'],
          speakers: [
            { kind: 'state-party' },
            { kind: 'observer-state' },
            { kind: 'international-organisation' },
            { kind: 'civil-society' },
            { kind: 'state-party' },
            { kind: 'isu' },
            'Someone',
          ],
        },
        // 20 minutes: closing, segment defaulted to general when left out, no Committee.
        { start: '17:40', end: '18:00', speakers: [{ kind: 'president' }] },
      ],
    },
  ],
}

describe('time, counted', () => {
  const time = countMeetingTime(known)

  it('counts only the formal meeting, items with valid times, each whole', () => {
    expect(time.total).toBe(30 + 90 + 60 + 100 + 20)
    expect(time.uncountedItems).toBe(1)
  })

  it('gives an item whole to its Committee and to its segment', () => {
    expect(time.byCommittee).toEqual({ 'article-5': 90, 'cooperative-compliance': 0, 'victim-assistance': 60, 'cooperation-assistance': 0, none: 150 })
    expect(time.bySegment).toEqual({ opening: 30, thematic: 100, preparatory: 0, committee: 150, general: 20, closing: 0 })
  })

  it('shares an item equally among its objectives, in whole minutes, the first listed taking the rest', () => {
    expect(time.byObjective).toEqual({ 'stockpile-destruction': 33, clearance: 90 + 30, 'victim-assistance': 30 + 33, universalization: 34, none: 50 })
  })

  it('shares an item equally among its speakers; a plain name is of kind other; no speaker is unlisted', () => {
    expect(time.bySpeaker).toEqual({
      president: 15 + 20,
      'committee-chair': 30,
      'state-party': 60 + 15 + 14,
      'observer-state': 15,
      isu: 14,
      'international-organisation': 14,
      'civil-society': 14,
      other: 15 + 14,
      unlisted: 60,
    })
    expect(time.attributed).toBe(240)
  })

  it('says the share of States Parties over the attributed minutes, and of all States', () => {
    expect(time.statePartyShare).toBeCloseTo(89 / 240, 10)
    expect(time.statesShare).toBeCloseTo(104 / 240, 10)
    expect(percent(time.statePartyShare)).toBe(37)
  })

  it('adds every table up to the total', () => {
    for (const table of TIME_TABLES) {
      const sum = Object.values(table.of(time)).reduce((a, b) => a + b, 0)
      expect(sum, table.id).toBe(time.total)
    }
  })

  it('has no share when no minute has a speaker listed, and counts an empty programme as zero', () => {
    const empty = countMeetingTime({ year: 2020, days: [{ items: [] }] })
    expect(empty.total).toBe(0)
    expect(empty.statePartyShare).toBeNull()
    expect(percent(null)).toBeNull()
  })

  it('shares minutes exactly', () => {
    expect(shareMinutes(60, 7)).toEqual([9, 9, 9, 9, 8, 8, 8])
    expect(shareMinutes(5, 0)).toEqual([])
    expect(shareMinutes(2, 3)).toEqual([1, 1, 0])
  })
})
