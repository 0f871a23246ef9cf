// Version 2 of the interchange format (programme-format.md, "Version 2"): what it adds, what it
// refuses, and that a version 1 document keeps meaning exactly what it meant.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyVersion2Programme } from '../../tests/fixtures/programmes/arbitraries'
import { clean2026, clean2026v2, day, item, segmentProgramme, type Doc } from '../../tests/fixtures/programmes/build'
import { parseProgramme } from './parse'
import type { ItemInput } from './schema'

function refusals(doc: unknown) {
  const parsed = parseProgramme(doc)
  return parsed.ok ? [] : parsed.findings.map(({ path, message, params }) => ({ path, message, params }))
}
const paths = (doc: unknown) => refusals(doc).map((found) => found.path)

/** A version 2 programme whose first day holds this one item. */
const withItem = (extra: Partial<ItemInput>): Doc =>
  segmentProgramme({ version: 2, days: [day('2026-06-16', [item('10:00', '11:00', 'Committee on Article 5 Implementation', extra)])] })

describe('version 2', () => {
  it('accepts the 2026 programme with speakers, invitations, actions, sub-items, rooms, chairs and translations, and keeps them', () => {
    const parsed = parseProgramme(clean2026v2())
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const article5 = parsed.programme.days[0]?.items[1]
    expect(article5?.speakers).toContainEqual({ name: 'Cambodia', kind: 'state-party', state: 'KHM' })
    expect(article5?.speakers).toContain('Rapporteur')
    expect(article5?.invited).toEqual({ states: ['KHM', 'COL', 'UKR'], basis: 'States Parties with Article 5 deadlines in 2026 or 2027' })
    expect(article5?.actions).toEqual([21, 22, 27])
    expect(article5?.subItems?.map((sub) => sub.title)).toEqual(['Survey and clearance', 'Requests for extension of Article 5 deadlines'])
    expect(article5?.translations?.fr?.subItems?.[0]).toEqual({ title: 'Enquête et déminage' })
    expect(parsed.programme.days[0]).toMatchObject({ room: 'Room XIX', chair: { afternoon: 'Chair of the Committee on Victim Assistance' } })
    expect(parsed.programme.translations?.es?.venue).toBe('Palacio de las Naciones, Ginebra')
    expect(parsed.programme.version).toBe(2)
  })

  it('reads a version 1 document as before, and the same content as version 2 alike', () => {
    const v1 = parseProgramme(clean2026())
    const v2 = parseProgramme({ ...clean2026(), version: 2 })
    expect(v1.ok && v2.ok).toBe(true)
    if (v1.ok && v2.ok) {
      expect(v1.programme.version).toBe(1)
      expect({ ...v2.programme, version: 1 }).toEqual(v1.programme)
    }
  })

  it('refuses the fields of version 2 in a version 1 document, saying which version has them', () => {
    const doc = { ...clean2026v2(), version: 1 }
    const found = refusals(doc)
    expect(found.map((f) => f.path).sort()).toEqual(
      [
        'translations',
        'days[0].room',
        'days[0].chair',
        'days[1].room',
        'days[0].items[0].translations',
        'days[0].items[1].invited',
        'days[0].items[1].actions',
        'days[0].items[1].subItems',
        'days[0].items[1].translations',
        'days[0].items[4].actions',
        // Speaker objects are not names: version 1 has names only.
        'days[0].items[0].speakers[0]',
        ...[0, 1, 2, 3].map((i) => `days[0].items[1].speakers[${i}]`),
        'days[0].items[4].speakers[0]',
        'days[0].items[4].speakers[1]',
        'days[1].items[0].speakers[0]',
      ].sort(),
    )
    expect(found.find((f) => f.path === 'days[0].items[1].invited')).toEqual({
      path: 'days[0].items[1].invited',
      message: 'Unknown field "invited" in days[0].items[1]: version 1 of the programme format has no such field; it is a field of version 2 (write "version": 2 to use it).',
      params: { field: 'days[0].items[1].invited', problem: 'unknown-field', key: 'invited', version2: true },
    })
  })

  it('refuses a speaker object in a version 1 document', () => {
    const doc = segmentProgramme({ days: [day('2026-06-16', [item('10:00', '11:00', 'A', { speakers: [{ name: 'Cambodia', kind: 'state-party', state: 'KHM' }] })])] })
    expect(refusals(doc)).toEqual([
      {
        path: 'days[0].items[0].speakers[0]',
        message:
          'The field days[0].items[0].speakers[0] must be text, but it is an object: speaker objects belong to version 2 of the programme format (write "version": 2 to use them).',
        params: { field: 'days[0].items[0].speakers[0]', problem: 'wrong-type', expected: 'string', actual: 'object', version2: true },
      },
    ])
  })

  it('still refuses an unknown field, naming it', () => {
    expect(refusals(withItem({ speaker: 'Cambodia' } as never))).toEqual([
      {
        path: 'days[0].items[0].speaker',
        message: 'Unknown field "speaker" in days[0].items[0]: the programme format has no such field (check its spelling).',
        params: { field: 'days[0].items[0].speaker', problem: 'unknown-field', key: 'speaker', version2: false },
      },
    ])
    expect(paths(withItem({ speakers: [{ name: 'ICBL', kind: 'civil-society', country: 'CHE' } as never] }))).toEqual(['days[0].items[0].speakers[0].country'])
    expect(paths(segmentProgramme({ version: 2, translations: { de: { title: 'Intersessionelle Treffen' } } as never }))).toEqual(['translations.de'])
    expect(paths(segmentProgramme({ version: 2, translations: { fr: { rationale: 'x' } } as never }))).toEqual(['translations.fr.rationale'])
  })
})

describe('speakers', () => {
  it('takes names and speaker objects of each kind', () => {
    const speakers = [
      'Moderator',
      { name: 'President of the Twenty-Third Meeting of the States Parties', kind: 'president' },
      { name: 'Chair', kind: 'committee-chair' },
      { name: 'Cambodia', kind: 'state-party', state: 'KHM' },
      { name: 'Holy See', kind: 'observer-state', state: 'VAT' },
      { name: 'ISU', kind: 'isu' },
      { name: 'ICRC', kind: 'international-organisation' },
      { name: 'ICBL', kind: 'civil-society' },
      { name: 'Guest', kind: 'other' },
    ] as const
    expect(parseProgramme(withItem({ speakers: [...speakers] })).ok).toBe(true)
  })

  it('wants a State for a State Party or an observer State, and none for anyone else', () => {
    expect(refusals(withItem({ speakers: [{ name: 'Cambodia', kind: 'state-party' }] }))).toEqual([
      {
        path: 'days[0].items[0].speakers[0].state',
        message: 'The field days[0].items[0].speakers[0].state is required for a speaker of kind "state-party": the State\'s ISO 3166-1 alpha-3 code.',
        params: { field: 'days[0].items[0].speakers[0].state', problem: 'state-required', kind: 'state-party' },
      },
    ])
    expect(refusals(withItem({ speakers: [{ name: 'ICBL', kind: 'civil-society', state: 'CHE' }] }))[0]?.params).toEqual({
      field: 'days[0].items[0].speakers[0].state',
      problem: 'state-not-allowed',
      kind: 'civil-society',
    })
  })

  it('wants the State as three capital letters', () => {
    for (const state of ['kh', 'khm', 'KH', 'KHMR', 'K1M', '']) {
      const found = refusals(withItem({ speakers: [{ name: 'Cambodia', kind: 'state-party', state }] }))
      expect(found.map((f) => [f.path, f.params.problem]), state).toEqual([['days[0].items[0].speakers[0].state', 'not-a-state']])
    }
    expect(refusals(withItem({ speakers: [{ name: 'Cambodia', kind: 'state-party', state: 'khm' }] }))[0]?.message).toBe(
      'The field days[0].items[0].speakers[0].state must be the ISO 3166-1 alpha-3 code of a State, three capital letters (for example KHM), but it is "khm".',
    )
  })

  it('knows the kinds, and wants a name', () => {
    expect(refusals(withItem({ speakers: [{ name: 'X', kind: 'delegate' as never }] }))[0]?.params).toMatchObject({ problem: 'not-one-of', value: 'delegate' })
    expect(paths(withItem({ speakers: [{ kind: 'isu' } as never] }))).toEqual(['days[0].items[0].speakers[0].name'])
    expect(paths(withItem({ speakers: [{ name: ' ', kind: 'isu' }] }))).toEqual(['days[0].items[0].speakers[0].name'])
    expect(refusals(withItem({ speakers: [42 as never] }))[0]?.message).toBe('The field days[0].items[0].speakers[0] must be text or an object, but it is the number 42.')
  })
})

describe('invitations, actions, sub-items, chairs and rooms', () => {
  it('wants invited States without repetition, and a basis', () => {
    expect(parseProgramme(withItem({ invited: { states: ['KHM'], basis: 'States Parties with Article 5 deadlines in 2026 or 2027' } })).ok).toBe(true)
    expect(refusals(withItem({ invited: { states: ['KHM', 'COL', 'KHM'], basis: 'Deadlines' } }))).toEqual([
      {
        path: 'days[0].items[0].invited.states[2]',
        message: 'The field days[0].items[0].invited.states[2] repeats "KHM" of entry 0; each State is listed once.',
        params: { field: 'days[0].items[0].invited.states[2]', problem: 'repeated-entry', value: 'KHM', first: 0 },
      },
    ])
    expect(paths(withItem({ invited: { states: [], basis: 'Deadlines' } }))).toEqual(['days[0].items[0].invited.states'])
    expect(paths(withItem({ invited: { states: ['KHM'] } as never }))).toEqual(['days[0].items[0].invited.basis'])
    expect(paths(withItem({ invited: { states: ['Cambodia'], basis: 'x' } }))).toEqual(['days[0].items[0].invited.states[0]'])
  })

  it('wants actions as distinct whole numbers from 1', () => {
    expect(parseProgramme(withItem({ actions: [1, 27, 50] })).ok).toBe(true)
    expect(paths(withItem({ actions: [0] }))).toEqual(['days[0].items[0].actions[0]'])
    expect(paths(withItem({ actions: [2.5] }))).toEqual(['days[0].items[0].actions[0]'])
    expect(paths(withItem({ actions: ['27' as never] }))).toEqual(['days[0].items[0].actions[0]'])
    expect(paths(withItem({ actions: [27, 27] }))).toEqual(['days[0].items[0].actions[1]'])
  })

  it('takes sub-items with a title and an optional description, at most 26 (a to z)', () => {
    expect(parseProgramme(withItem({ subItems: [{ title: 'Survey and clearance' }, { title: 'Extension requests', description: 'Presented by the requesting States.' }] })).ok).toBe(true)
    expect(paths(withItem({ subItems: [{ title: '' }] }))).toEqual(['days[0].items[0].subItems[0].title'])
    expect(paths(withItem({ subItems: [{ title: 'A', start: '10:00' } as never] }))).toEqual(['days[0].items[0].subItems[0].start'])
    const many = Array.from({ length: 27 }, (_, i) => ({ title: `Part ${i + 1}` }))
    expect(refusals(withItem({ subItems: many }))).toEqual([
      {
        path: 'days[0].items[0].subItems',
        message: 'The field days[0].items[0].subItems must hold at most 26 entries, but it has 27.',
        params: { field: 'days[0].items[0].subItems', problem: 'too-many', maximum: 26, count: 27 },
      },
    ])
  })

  it('takes a chair for the morning, the afternoon or both, and a room', () => {
    const onDay = (extra: object) => segmentProgramme({ version: 2, days: [{ ...day('2026-06-16', []), ...extra }] })
    expect(parseProgramme(onDay({ chair: { morning: 'Vice-President' }, room: 'Room XVIII' })).ok).toBe(true)
    expect(refusals(onDay({ chair: {} }))).toEqual([
      {
        path: 'days[0].chair',
        message: 'The field days[0].chair must name the chair of the morning, of the afternoon or of both; leave it out when the President presides.',
        params: { field: 'days[0].chair', problem: 'empty' },
      },
    ])
    expect(paths(onDay({ chair: { evening: 'X' } }))).toEqual(['days[0].chair.evening'])
    expect(paths(onDay({ chair: 'Vice-President' }))).toEqual(['days[0].chair'])
    expect(paths(onDay({ room: '' }))).toEqual(['days[0].room'])
  })
})

describe('translations', () => {
  it('takes French, Spanish and Arabic texts of the document and of items', () => {
    const doc = withItem({
      subItems: [{ title: 'Survey' }, { title: 'Requests' }],
      translations: {
        fr: { title: 'Comité', description: 'Description', subItems: [{ title: 'Enquête' }, { description: 'Demandes' }] },
        es: { title: 'Comité' },
        ar: { title: 'لجنة' },
      },
    })
    doc.translations = { fr: { title: 'Réunions intersessions' }, ar: { venue: 'جنيف' } }
    expect(parseProgramme(doc).ok).toBe(true)
  })

  it('limits each text as its original', () => {
    const long = 'é'.repeat(301)
    const doc = withItem({ translations: { fr: { title: long, description: 'd'.repeat(2001) } } })
    doc.translations = { es: { title: '', venue: long } }
    expect(refusals(doc).map((f) => [f.path, f.params.problem])).toEqual([
      ['translations.es.title', 'empty'],
      ['translations.es.venue', 'too-long'],
      ['days[0].items[0].translations.fr.title', 'too-long'],
      ['days[0].items[0].translations.fr.description', 'too-long'],
    ])
  })

  it('refuses more translated sub-items than the item has', () => {
    expect(refusals(withItem({ subItems: [{ title: 'Survey' }], translations: { fr: { subItems: [{ title: 'Enquête' }, { title: 'De trop' }] } } }))).toEqual([
      {
        path: 'days[0].items[0].translations.fr.subItems',
        message: 'The field days[0].items[0].translations.fr.subItems holds 2 translated sub-items, but the item has 1.',
        params: { field: 'days[0].items[0].translations.fr.subItems', problem: 'translated-sub-items', language: 'fr', count: 2, subItems: 1 },
      },
    ])
  })
})

describe('any version 2 programme', () => {
  it('passes the schema, keeping every field as written', () => {
    fc.assert(
      fc.property(anyVersion2Programme, (doc) => {
        const parsed = parseProgramme(doc)
        expect(parsed.ok).toBe(true)
        if (parsed.ok) expect(parsed.programme.days.map((day) => day.items.map((entry) => entry.speakers))).toEqual(doc.days.map((day) => day.items.map((entry) => entry.speakers)))
      }),
      { numRuns: 200 },
    )
  })
})
