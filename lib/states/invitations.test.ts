import { describe, expect, it } from 'vitest'
import { stateFacts, SHIPPED, type StateRecord } from './list'
import { nextReviewConferenceYear, suggestInvitations } from './invitations'
import { stateName } from './names'

const record = (iso: string, fields: Partial<StateRecord>): StateRecord => ({
  iso,
  status: null,
  article5Deadline: null,
  extensionPending: false,
  article4UnderWay: false,
  significantSurvivors: false,
  version: 1,
  ...fields,
})

describe('the States as data', () => {
  it('ships 164 States Parties and one signatory, with a source and a date', () => {
    expect(SHIPPED.statesParties).toHaveLength(164)
    expect(SHIPPED.signatories).toEqual(['MHL'])
    expect(SHIPPED.asOf).toBe('2024-12-31')
    expect(SHIPPED.statesParties).toEqual(expect.arrayContaining(['KHM', 'COL', 'UKR', 'VAT', 'PSE', 'COK', 'NIU']))
    expect(SHIPPED.statesParties).not.toContain('USA')
  })

  it('names a State in English, French and Spanish, the United Nations way', () => {
    expect([stateName('KHM'), stateName('KHM', 'fr'), stateName('KHM', 'es')]).toEqual(['Cambodia', 'Cambodge', 'Camboya'])
    expect(stateName('BOL', 'fr')).toBe('Bolivie (État plurinational de)')
    expect(stateName('VAT')).toBe('Holy See')
    expect(stateName('XYZ')).toBe('XYZ')
  })

  it('lets the ISU change a status beside the shipped list', () => {
    const facts = stateFacts([record('MHL', { status: 'state-party' }), record('POL', { status: 'not-party' })])
    expect(facts.find((f) => f.iso === 'MHL')?.status).toBe('state-party')
    expect(facts.find((f) => f.iso === 'POL')?.status).toBe('not-party')
    expect(facts.find((f) => f.iso === 'KHM')).toMatchObject({ status: 'state-party', article5Deadline: null, version: null })
  })
})

describe('whom to invite on an item', () => {
  const facts = stateFacts([
    record('KHM', { article5Deadline: '2025-12-31', extensionPending: true }),
    record('COL', { article5Deadline: '2025-12-31' }),
    record('BIH', { article5Deadline: '2027-03-01' }),
    // After the Sixth Review Conference (2029): not in the group.
    record('HRV', { article5Deadline: '2031-03-01' }),
    record('UKR', { article4UnderWay: true, significantSurvivors: true }),
    record('AFG', { significantSurvivors: true }),
    // Not a State Party any more: never invited as one.
    record('POL', { status: 'not-party', article5Deadline: '2026-01-01' }),
  ])

  it('finds the next Review Conference', () => {
    expect(nextReviewConferenceYear(2025)).toBe(2029)
    expect(nextReviewConferenceYear(2024)).toBe(2029)
    expect(nextReviewConferenceYear(2023)).toBe(2024)
  })

  it('invites the States Parties with Article 5 deadlines before the next Review Conference, and those with pending extension requests', () => {
    expect(suggestInvitations({ committee: 'article-5', objectives: ['clearance'] }, 2026, facts)).toEqual([
      { id: 'article-5-deadline', basis: 'States Parties with Article 5 deadlines before the Sixth Review Conference (2029)', states: ['BIH', 'COL', 'KHM'] },
      { id: 'extension-pending', basis: 'States Parties with pending requests for extension of their Article 5 deadlines', states: ['KHM'] },
    ])
  })

  it('invites by objective too, and says nothing on an item of no such subject', () => {
    expect(suggestInvitations({ committee: null, objectives: ['victim-assistance', 'stockpile-destruction'] }, 2026, facts).map((s) => [s.id, s.states])).toEqual([
      ['article-4', ['UKR']],
      ['survivors', ['AFG', 'UKR']],
    ])
    expect(suggestInvitations({ committee: null, objectives: ['universalization'] }, 2026, facts)).toEqual([])
  })
})
