// The States Parties and signatories as shipped (states-parties.json: its source and date inside),
// with what the ISU has entered since: a State's status, and the obligations that shape a programme.
// Pure: the shipped list and the ISU's records are merged here; the database is read in queries.ts.
import shipped from './states-parties.json'

export type StateStatus = 'state-party' | 'signatory' | 'not-party'
export const STATE_STATUSES: readonly StateStatus[] = ['state-party', 'signatory', 'not-party']

/** What the ISU keeps of a State (every field optional: a State without a record has the shipped status and no obligations). */
export type StateRecord = {
  iso: string
  /** The status when it differs from the shipped list (an accession, a withdrawal). */
  status: StateStatus | null
  /** Article 5: the date (YYYY-MM-DD) by which the State must have cleared mined areas. */
  article5Deadline: string | null
  /** Article 5: a request to extend that deadline is pending. */
  extensionPending: boolean
  /** Article 4: stockpile destruction still under way. */
  article4UnderWay: boolean
  /** Reports significant numbers of mine survivors (victim assistance). */
  significantSurvivors: boolean
  version: number
}

export type StateFacts = Omit<StateRecord, 'status' | 'version'> & { status: StateStatus; version: number | null }

export const SHIPPED = shipped as { source: string; asOf: string; compiledOn: string; note: string; statesParties: string[]; signatories: string[] }

export function shippedStatus(iso: string): StateStatus {
  if (SHIPPED.statesParties.includes(iso)) return 'state-party'
  if (SHIPPED.signatories.includes(iso)) return 'signatory'
  return 'not-party'
}

/** The States Parties and signatories (and any State the ISU has a record of), with their facts, by code. */
export function stateFacts(records: readonly StateRecord[]): StateFacts[] {
  const byIso = new Map(records.map((r) => [r.iso, r]))
  const codes = new Set([...SHIPPED.statesParties, ...SHIPPED.signatories, ...byIso.keys()])
  return [...codes].sort().map((iso) => {
    const record = byIso.get(iso)
    return {
      iso,
      status: record?.status ?? shippedStatus(iso),
      article5Deadline: record?.article5Deadline ?? null,
      extensionPending: record?.extensionPending ?? false,
      article4UnderWay: record?.article4UnderWay ?? false,
      significantSurvivors: record?.significantSurvivors ?? false,
      version: record?.version ?? null,
    }
  })
}
