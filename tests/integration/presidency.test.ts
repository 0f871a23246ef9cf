import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Conflict } from '@/lib/actions'
import { Forbidden } from '@/lib/auth/policy'
import type { Role } from '@/lib/auth/permissions'
import type { SessionUser } from '@/lib/auth/user'
import { presidencyOf, savePresident } from '@/lib/presidency/presidents'
import { userWith } from '../support/users'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

describe.each(PROVIDERS)('the President of a year on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  const users = {} as Record<Role, SessionUser>

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    for (const role of ['president', 'isu', 'committee', 'observer'] as const) users[role] = await userWith(t.db, role)
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('the ISU enters and corrects the President; the meeting and its wording follow from the year', async () => {
    expect(await presidencyOf(t.db, 2026)).toEqual({
      presidency: { year: 2026, kind: 'msp', ordinal: 23, short: '23MSP' },
      title: 'President of the Twenty-Third Meeting of the States Parties',
      president: null,
    })
    const first = await savePresident(t.db, users.isu, { year: 2026, president: '  H.E. Ambassador A. Example ', state: 'zmb', version: null })
    expect(first).toEqual({ year: 2026, president: 'H.E. Ambassador A. Example', state: 'ZMB', version: 1 })
    const second = await savePresident(t.db, users.isu, { year: 2026, president: 'H.E. Ambassador B. Example', state: '', version: 1 })
    expect(second).toEqual({ year: 2026, president: 'H.E. Ambassador B. Example', state: null, version: 2 })
    expect((await presidencyOf(t.db, 2026)).president).toEqual(second)
    const events = await t.db.auditEvent.findMany({ where: { action: 'presidency.saved' } })
    expect(events).toHaveLength(2)
  })

  it.skipIf(skip)('a stale version or a second first entry is a conflict; others than the ISU and the President are refused', async () => {
    await expect(savePresident(t.db, users.president, { year: 2026, president: 'Late', state: '', version: 1 })).rejects.toBeInstanceOf(Conflict)
    await expect(savePresident(t.db, users.president, { year: 2026, president: 'Late', state: '', version: null })).rejects.toBeInstanceOf(Conflict)
    await expect(savePresident(t.db, users.committee, { year: 2025, president: 'No', state: '', version: null })).rejects.toBeInstanceOf(Forbidden)
    await expect(savePresident(t.db, users.observer, { year: 2025, president: 'No', state: '', version: null })).rejects.toBeInstanceOf(Forbidden)
    expect((await presidencyOf(t.db, 2025)).president).toBeNull()
  })
})
