import { describe, expect, it } from 'vitest'
import { speakerKind, speakerName, speakerNames, speakerNamesIn, speakerState, speakersFromNames } from './speakers'

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

  it("names a State that speaks in the reader's language and every other speaker as entered", () => {
    const french: Record<string, string> = { KHM: 'Cambodge' }
    const observer = { name: 'Palestine', kind: 'observer-state' as const, state: 'PSE' }
    expect(speakerNamesIn(['Moderator', cambodia, icbl, observer], (iso) => french[iso])).toEqual(['Moderator', 'Cambodge', 'ICBL', 'Palestine'])
    expect(speakerNamesIn(undefined, () => 'never')).toEqual([])
  })
})
