import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Conflict } from '@/lib/actions'
import { Forbidden } from '@/lib/auth/policy'
import type { Role } from '@/lib/auth/permissions'
import type { SessionUser } from '@/lib/auth/user'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import { suggestInvitations } from '@/lib/states/invitations'
import { listStateFacts, saveState, setInvitation } from '@/lib/states/records'
import { userWith } from '../support/users'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

const demo = JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8')) as ProgrammeDocument

const obligations = { status: null, article5Deadline: '2027-03-01', extensionPending: true, article4UnderWay: false, significantSurvivors: true }

describe.each(PROVIDERS)('States and invitations on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  const users = {} as Record<Role, SessionUser>

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    for (const role of ['president', 'isu', 'committee', 'observer'] as const) users[role] = await userWith(t.db, role)
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('the ISU records a State’s obligations, and they suggest whom to invite; a stale version is a conflict', async () => {
    const saved = await saveState(t.db, users.isu, { iso: 'bih', ...obligations, version: null })
    expect(saved).toMatchObject({ iso: 'BIH', article5Deadline: '2027-03-01', extensionPending: true, version: 1 })
    await expect(saveState(t.db, users.isu, { iso: 'BIH', ...obligations, version: null })).rejects.toBeInstanceOf(Conflict)
    await expect(saveState(t.db, users.committee, { iso: 'KHM', ...obligations, version: null })).rejects.toBeInstanceOf(Forbidden)
    // A withdrawal entered by the ISU.
    await saveState(t.db, users.isu, { iso: 'POL', ...obligations, status: 'not-party', version: null })
    const facts = await listStateFacts(t.db)
    expect(facts.filter((f) => f.status === 'state-party')).toHaveLength(163)
    expect(suggestInvitations({ committee: 'article-5' }, 2026, facts).map((s) => s.states)).toEqual([['BIH'], ['BIH']])
  })

  it.skipIf(skip)('an item gets the invited States; a stale item version is a conflict', async () => {
    const programme = await t.db.$transaction((tx) => createProgrammeFromDocument(tx, demo))
    const item = await t.db.item.findFirstOrThrow({ where: { day: { programmeId: programme.id } } })
    const invited = { basis: 'States Parties with Article 5 deadlines before the Sixth Review Conference (2029)', states: ['BIH'] }
    expect(await setInvitation(t.db, users.isu, { itemId: item.id, version: item.version, invited })).toEqual({ itemId: item.id, version: item.version + 1 })
    expect((await t.db.item.findUniqueOrThrow({ where: { id: item.id } })).invited).toEqual(invited)
    await expect(setInvitation(t.db, users.isu, { itemId: item.id, version: item.version, invited })).rejects.toBeInstanceOf(Conflict)
    await expect(setInvitation(t.db, users.committee, { itemId: item.id, version: item.version + 1, invited })).rejects.toBeInstanceOf(Forbidden)
  })
})
