import { describe, expect, it } from 'vitest'
import { COMMITTEES, FORMATS, OBJECTIVES, SEGMENTS } from './vocabulary'

describe('vocabulary for the screens', () => {
  it('lists the four Committees with their full names', () => {
    expect(COMMITTEES).toEqual([
      { id: 'article-5', label: 'Committee on Article 5 Implementation' },
      { id: 'cooperative-compliance', label: 'Committee on Cooperative Compliance' },
      { id: 'victim-assistance', label: 'Committee on Victim Assistance' },
      { id: 'cooperation-assistance', label: 'Committee on the Enhancement of Cooperation and Assistance' },
    ])
  })

  it('lists the core objectives, the segments and the formats of the rulebook', () => {
    expect(OBJECTIVES.map((objective) => objective.id)).toEqual(['stockpile-destruction', 'clearance', 'victim-assistance', 'universalization'])
    expect(SEGMENTS.map((segment) => segment.id)).toEqual([
      'opening',
      'thematic',
      'preparatory',
      'committee',
      'general',
      'closing',
      'side-event',
      'break',
    ])
    expect(FORMATS.map((format) => format.id)).toEqual(['thematic-segment', 'thematic-day'])
    for (const choice of [...OBJECTIVES, ...SEGMENTS, ...FORMATS]) expect(choice.label.length).toBeGreaterThan(0)
  })
})
