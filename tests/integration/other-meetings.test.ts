import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Conflict, NotFound, Refusal } from '@/lib/actions'
import { Forbidden } from '@/lib/auth/policy'
import type { Role } from '@/lib/auth/permissions'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import { addOtherMeeting, listOtherMeetings, removeOtherMeeting, updateOtherMeeting } from '@/lib/meetings/other-meetings'
import type { SessionUser } from '@/lib/auth/user'
import { keptProgrammeOfYear } from '@/lib/programme-store'
import { userWith } from '../support/users'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

const demo = JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8')) as ProgrammeDocument

describe.each(PROVIDERS)('other meetings on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  let programmeId: string
  const users = {} as Record<Role, SessionUser>
  const ccm = { name: 'Convention on Cluster Munitions, Intersessional Meeting', start: '2026-06-22', end: '2026-06-23' }

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    for (const role of ['president', 'isu', 'committee', 'observer'] as const) users[role] = await userWith(t.db, role)
    programmeId = (await t.db.$transaction((tx) => createProgrammeFromDocument(tx, { ...demo, otherMeetings: [] }))).id
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('the ISU adds, changes and removes a meeting, each with an audit event', async () => {
    const added = await addOtherMeeting(t.db, users.isu, { programmeId, ...ccm, name: `  ${ccm.name} ` })
    expect(added).toEqual({ id: added.id, ...ccm })
    expect(await listOtherMeetings(t.db, programmeId)).toEqual([added])

    // The programme the pages keep between requests (issue 18) follows each change at once.
    const keptMeetings = async () => (await keptProgrammeOfYear(t.db, demo.year))!.otherMeetings.map(({ name, start, end }) => ({ name, start, end }))
    expect(await keptMeetings()).toEqual([ccm])
    const changed = await updateOtherMeeting(t.db, users.president, { programmeId, id: added.id, previous: ccm, name: ccm.name, start: '2026-06-24', end: '2026-06-26' })
    expect(changed).toEqual({ id: added.id, name: ccm.name, start: '2026-06-24', end: '2026-06-26' })
    expect(await keptMeetings()).toEqual([{ name: ccm.name, start: '2026-06-24', end: '2026-06-26' }])

    await removeOtherMeeting(t.db, users.isu, { programmeId, id: added.id, previous: { name: ccm.name, start: '2026-06-24', end: '2026-06-26' } })
    expect(await listOtherMeetings(t.db, programmeId)).toEqual([])
    expect(await keptMeetings()).toEqual([])

    const events = await t.db.auditEvent.findMany({ where: { programmeId }, orderBy: { createdAt: 'asc' } })
    expect(events.map((e) => [e.action, e.userId])).toEqual([
      ['otherMeeting.added', users.isu.id],
      ['otherMeeting.changed', users.president.id],
      ['otherMeeting.removed', users.isu.id],
    ])
    expect(events[1]!.detail).toMatchObject({ otherMeetingId: added.id, start: '2026-06-24', before: { start: '2026-06-22' } })
  })

  it.skipIf(skip)('refuses committee members and observers, and changes nothing', async () => {
    const kept = await addOtherMeeting(t.db, users.isu, { programmeId, ...ccm })
    for (const role of ['committee', 'observer'] as const) {
      await expect(addOtherMeeting(t.db, users[role], { programmeId, ...ccm })).rejects.toBeInstanceOf(Forbidden)
      await expect(updateOtherMeeting(t.db, users[role], { programmeId, id: kept.id, previous: ccm, ...ccm, name: 'Renamed' })).rejects.toBeInstanceOf(Forbidden)
      await expect(removeOtherMeeting(t.db, users[role], { programmeId, id: kept.id, previous: ccm })).rejects.toBeInstanceOf(Forbidden)
    }
    expect(await listOtherMeetings(t.db, programmeId)).toEqual([kept])
    await removeOtherMeeting(t.db, users.isu, { programmeId, id: kept.id, previous: ccm })
  })

  it.skipIf(skip)('refuses changes once the programme is approved or published, and allows them in consultation', async () => {
    await t.db.programme.update({ where: { id: programmeId }, data: { status: 'consultation' } })
    const inConsultation = await addOtherMeeting(t.db, users.isu, { programmeId, ...ccm })
    for (const status of ['approved', 'published']) {
      await t.db.programme.update({ where: { id: programmeId }, data: { status } })
      await expect(addOtherMeeting(t.db, users.president, { programmeId, ...ccm })).rejects.toBeInstanceOf(Forbidden)
      await expect(removeOtherMeeting(t.db, users.isu, { programmeId, id: inConsultation.id, previous: ccm })).rejects.toBeInstanceOf(Forbidden)
    }
    await t.db.programme.update({ where: { id: programmeId }, data: { status: 'draft' } })
    await removeOtherMeeting(t.db, users.isu, { programmeId, id: inConsultation.id, previous: ccm })
  })

  it.skipIf(skip)('refuses a missing name, a name over 300 characters, and an end before the start', async () => {
    await expect(addOtherMeeting(t.db, users.isu, { programmeId, ...ccm, name: '   ' })).rejects.toBeInstanceOf(Refusal)
    await expect(addOtherMeeting(t.db, users.isu, { programmeId, ...ccm, name: 'x'.repeat(301) })).rejects.toBeInstanceOf(Refusal)
    await expect(addOtherMeeting(t.db, users.isu, { programmeId, ...ccm, start: '2026-06-23', end: '2026-06-22' })).rejects.toThrow('The end must not be before the start')
    expect(await addOtherMeeting(t.db, users.isu, { programmeId, ...ccm, name: 'x'.repeat(300), start: '2026-06-23', end: '2026-06-23' })).toMatchObject({ start: '2026-06-23' })
    expect(await t.db.otherMeeting.count({ where: { programmeId } })).toBe(1)
    await t.db.otherMeeting.deleteMany({ where: { programmeId } })
  })

  it.skipIf(skip)('a change started from an older version is a conflict that shows the current one; a removed meeting is not found', async () => {
    const m = await addOtherMeeting(t.db, users.isu, { programmeId, ...ccm })
    await updateOtherMeeting(t.db, users.president, { programmeId, id: m.id, previous: ccm, ...ccm, name: 'CCM, Intersessional Meeting' })
    const conflict = await updateOtherMeeting(t.db, users.isu, { programmeId, id: m.id, previous: ccm, ...ccm, end: '2026-06-24' }).catch((e: unknown) => e)
    expect(conflict).toBeInstanceOf(Conflict)
    expect((conflict as Conflict).current).toEqual({ id: m.id, name: 'CCM, Intersessional Meeting', start: ccm.start, end: ccm.end })
    await expect(removeOtherMeeting(t.db, users.isu, { programmeId, id: m.id, previous: ccm })).rejects.toBeInstanceOf(Conflict)
    await removeOtherMeeting(t.db, users.isu, { programmeId, id: m.id, previous: { ...ccm, name: 'CCM, Intersessional Meeting' } })
    await expect(removeOtherMeeting(t.db, users.isu, { programmeId, id: m.id, previous: ccm })).rejects.toBeInstanceOf(NotFound)
    await expect(addOtherMeeting(t.db, users.isu, { programmeId: 'no-such-programme', ...ccm })).rejects.toBeInstanceOf(NotFound)
  })

  it.skipIf(skip)('a meeting of one programme cannot be changed through another', async () => {
    const other = (await t.db.$transaction((tx) => createProgrammeFromDocument(tx, { ...demo, year: 2027, days: [{ date: '2027-06-15', thematic: false, items: [] }] }))).id
    const m = await addOtherMeeting(t.db, users.isu, { programmeId, ...ccm })
    await expect(removeOtherMeeting(t.db, users.isu, { programmeId: other, id: m.id, previous: ccm })).rejects.toBeInstanceOf(NotFound)
    expect(await listOtherMeetings(t.db, programmeId)).toHaveLength(1)
  })
})
