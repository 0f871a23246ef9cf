import { describe, expect, it } from 'vitest'
import { carryPresidency, staleMeetingMentions } from './presidency-texts'
import { meetingMentions, meetingName, ordinalWords, presidencyOfYear, presidentTitle, renameMeeting, yearOfMeeting } from './presidency'
import type { Programme } from './schema'

describe('the Presidency of each year', () => {
  it('follows the sources: 1MSP 1999 … 5MSP 2003, the Review Conferences every five years from 2004, 14MSP 2015, 21MSP 2023, 22MSP 2025, 23MSP 2026', () => {
    const short = (year: number) => presidencyOfYear(year)?.short
    expect(presidencyOfYear(1998)).toBeNull()
    // Background page: the First Meeting in Maputo, May 1999; the Second in September 2000; the Fourth's President's Paper.
    expect([1999, 2000, 2001, 2002, 2003].map(short)).toEqual(['1MSP', '2MSP', '3MSP', '4MSP', '5MSP'])
    expect(short(2004)).toBe('1RC')
    expect(short(2005)).toBe('6MSP')
    expect(short(2009)).toBe('2RC')
    // Background page: the Third Review Conference (Maputo, 2014), the Fourth (Oslo, 2019).
    expect(short(2014)).toBe('3RC')
    expect(short(2019)).toBe('4RC')
    // real-programmes.md: 2015 the 14MSP, 2023 the 21MSP (Germany), 2024 the Fifth Review Conference (Cambodia), 2025 the 22MSP (Japan).
    expect(short(2015)).toBe('14MSP')
    expect(short(2023)).toBe('21MSP')
    expect(short(2024)).toBe('5RC')
    expect(short(2025)).toBe('22MSP')
    expect(short(2026)).toBe('23MSP')
    expect(short(2029)).toBe('6RC')
    expect(short(2027)).toBe('24MSP')
    expect(short(2030)).toBe('26MSP')
  })

  it('inverts: the year of each meeting', () => {
    for (let year = 1999; year <= 2060; year += 1) {
      const p = presidencyOfYear(year)
      expect(p && yearOfMeeting(p.kind, p.ordinal)).toBe(year)
    }
  })

  it('words the opening item as the annotated programmes do, in English, French and Spanish', () => {
    const p2026 = presidencyOfYear(2026)!
    expect(presidentTitle(p2026)).toBe('President of the Twenty-Third Meeting of the States Parties')
    expect(presidentTitle(presidencyOfYear(2024)!)).toBe('President of the Fifth Review Conference')
    expect(meetingName(p2026, 'fr')).toBe('vingt-troisième Assemblée des États parties')
    expect(meetingName(p2026, 'es')).toBe('Vigésima Tercera Reunión de los Estados Partes')
    expect(meetingName(presidencyOfYear(2024)!, 'fr')).toBe('cinquième Conférence d’examen')
    expect(ordinalWords(21, 'fr')).toBe('vingt et unième')
    expect(ordinalWords(30, 'fr')).toBe('trentième')
    expect(ordinalWords(20, 'en')).toBe('Twentieth')
    expect(ordinalWords(14, 'es')).toBe('Decimocuarta')
  })

  it('finds the meetings a text names, in words or short', () => {
    const mentions = meetingMentions('Remarks by the President of the Twenty-Second Meeting of the States Parties; see the 21MSP and the Fifth Review Conference.')
    expect(mentions.map((m) => [m.kind, m.ordinal, m.words])).toEqual([
      ['msp', 22, true],
      ['msp', 21, false],
      ['review-conference', 5, true],
    ])
    // "Twenty-Second" is not read as "Second".
    expect(meetingMentions('the twenty-second meeting of the states parties')[0]?.ordinal).toBe(22)
  })

  it('renames a meeting in its own case, and the short form', () => {
    const from = presidencyOfYear(2025)!
    const to = presidencyOfYear(2026)!
    expect(renameMeeting('Opening by the President of the Twenty-Second Meeting of the States Parties (22MSP)', from, to)).toBe(
      'Opening by the President of the Twenty-Third Meeting of the States Parties (23MSP)',
    )
    expect(renameMeeting('Ouverture par la Présidence de la vingt-deuxième Assemblée des États parties', from, to, 'fr')).toBe('Ouverture par la Présidence de la vingt-troisième Assemblée des États parties')
    // From a Review Conference to a Meeting.
    expect(renameMeeting('President of the Fifth Review Conference', presidencyOfYear(2024)!, from)).toBe('President of the Twenty-Second Meeting of the States Parties')
  })
})

describe('the Presidency in a copied programme', () => {
  const doc = (year: number): Programme => ({
    version: 2,
    year,
    title: 'Intersessional Meetings',
    venue: 'Geneva',
    format: null,
    formatDecision: null,
    otherMeetings: [],
    days: [
      {
        date: `${year}-06-16`,
        thematic: false,
        items: [
          {
            start: '10:00',
            end: '10:30',
            title: 'Opening of the Intersessional Meetings',
            segment: 'opening',
            committee: null,
            objectives: [],
            description: 'Remarks by the President of the Twenty-Second Meeting of the States Parties.',
            speakers: [{ name: 'President of the 22MSP', kind: 'president' }],
            translations: { fr: { title: 'Ouverture', description: 'Allocution de la Présidence de la vingt-deuxième Assemblée des États parties.' } },
          },
          { start: '10:30', end: '11:00', title: 'Follow-up of the Fifth Review Conference', segment: 'general', committee: null, objectives: [] },
        ],
      },
    ],
  })

  it('carries the meeting of last year into the new year in every text and language', () => {
    const copied = carryPresidency(doc(2026), 2025)
    const opening = copied.days[0]!.items[0]!
    expect(opening.description).toBe('Remarks by the President of the Twenty-Third Meeting of the States Parties.')
    expect(opening.speakers).toEqual([{ name: 'President of the 23MSP', kind: 'president' }])
    expect(opening.translations?.fr?.description).toBe('Allocution de la Présidence de la vingt-troisième Assemblée des États parties.')
    expect(staleMeetingMentions(copied)).toEqual([expect.objectContaining({ path: 'days[0].items[1].title', kind: 'review-conference', ordinal: 5, namedYear: 2024 })])
  })

  it('flags what names last year’s meeting when the programme was not carried', () => {
    const stale = staleMeetingMentions(doc(2026))
    expect(stale.map((s) => [s.path, s.ordinal])).toEqual([
      ['days[0].items[0].description', 22],
      ['days[0].items[0].speakers[0].name', 22],
      ['days[0].items[0].translations.fr.description', 22],
      ['days[0].items[1].title', 5],
    ])
    expect(staleMeetingMentions(doc(2025)).map((s) => s.path)).toEqual(['days[0].items[1].title'])
  })
})
