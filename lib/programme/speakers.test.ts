import { describe, expect, it } from 'vitest'
import { speakerKind, speakerName, speakerNames, speakerState, speakersFromNames } from './speakers'

const cambodia = { name: 'Cambodia', kind: 'state-party' as const, state: 'KHM' }
const icbl = { name: 'ICBL', kind: 'civil-society' as const }

describe('speakers', () => {
  it('reads names, kinds and States of names and speaker objects', () => {
    expect(speakerNames(['Moderator', cambodia, icbl])).toEqual(['Moderator', 'Cambodia', 'ICBL'])
    expect(speakerNames(undefined)).toEqual([])
    expect(speakerName(cambodia)).toBe('Cambodia')
    expect([speakerKind('Moderator'), speakerKind(cambodia)]).toEqual(['other', 'state-party'])
    expect([speakerState('Moderator'), speakerState(icbl), speakerState(cambodia)]).toEqual([null, null, 'KHM'])
  })

  it('keeps the kind and State of each name still listed when names are edited as text', () => {
    expect(speakersFromNames(['ICBL', 'Cambodia', 'New speaker'], ['Moderator', cambodia, icbl])).toEqual([icbl, cambodia, 'New speaker'])
    expect(speakersFromNames([], [cambodia])).toEqual([])
    // A name listed twice keeps its object once.
    expect(speakersFromNames(['Cambodia', 'Cambodia'], [cambodia])).toEqual([cambodia, 'Cambodia'])
    expect(speakersFromNames(['Cambodia'], undefined)).toEqual(['Cambodia'])
  })
})
