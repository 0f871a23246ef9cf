// The meetings of other Conventions or activities (CCW, CCM, BWC ...) beside a year's programme:
// added, changed and removed by the ISU and the President while the programme is open, each change
// in one transaction with an audit event. A change names the values the user started from, so that
// two people changing one meeting cannot overwrite each other.
import { Conflict, NotFound, Refusal } from '@/lib/actions'
import { audit } from '@/lib/audit'
import { authorize } from '@/lib/auth/policy'
import type { Db, Tx } from '@/lib/db'
import { isIsoDate, type IsoDate } from '@/lib/programme'
import type { SessionUser } from '@/lib/users'

export const MAX_OTHER_MEETING_NAME = 300

export type OtherMeetingFields = { name: string; start: IsoDate; end: IsoDate }
export type StoredOtherMeeting = OtherMeetingFields & { id: string }
export type AddOtherMeetingInput = OtherMeetingFields & { programmeId: string }
export type UpdateOtherMeetingInput = OtherMeetingFields & { programmeId: string; id: string; previous: OtherMeetingFields }
export type RemoveOtherMeetingInput = { programmeId: string; id: string; previous: OtherMeetingFields }

async function openProgramme(tx: Tx, user: SessionUser, programmeId: string) {
  authorize(user, 'otherMeeting.edit') // the role first: a refused user learns nothing of the programme
  const programme = await tx.programme.findUnique({ where: { id: programmeId }, select: { id: true, status: true } })
  if (!programme) throw new NotFound('This programme no longer exists.')
  authorize(user, 'otherMeeting.edit', programme)
  return programme
}

/** The fields as stored: a name of 1 to 300 characters, real dates, the end not before the start. */
function checked(fields: OtherMeetingFields): OtherMeetingFields {
  const name = fields.name.trim()
  if (!name) throw new Refusal('Enter the name of the meeting.')
  if ([...name].length > MAX_OTHER_MEETING_NAME) throw new Refusal(`The name may have at most ${MAX_OTHER_MEETING_NAME} characters.`)
  if (!isIsoDate(fields.start) || !isIsoDate(fields.end)) throw new Refusal('Enter the dates written YYYY-MM-DD.')
  if (fields.end < fields.start) throw new Refusal('The end must not be before the start.')
  return { name, start: fields.start, end: fields.end }
}

const same = (a: OtherMeetingFields, b: OtherMeetingFields) => a.name === b.name && a.start === b.start && a.end === b.end
const fieldsOf = (m: StoredOtherMeeting): StoredOtherMeeting => ({ id: m.id, name: m.name, start: m.start, end: m.end })

async function current(tx: Tx, programmeId: string, id: string, previous: OtherMeetingFields) {
  const row = await tx.otherMeeting.findFirst({ where: { id, programmeId } })
  if (!row) throw new NotFound('Someone else removed this meeting.')
  if (!same(row, previous)) throw new Conflict(fieldsOf(row))
  return row
}

export async function addOtherMeeting(db: Db, user: SessionUser, input: AddOtherMeetingInput): Promise<StoredOtherMeeting> {
  const fields = checked(input)
  return db.$transaction(async (tx) => {
    await openProgramme(tx, user, input.programmeId)
    const row = await tx.otherMeeting.create({ data: { programmeId: input.programmeId, ...fields } })
    await audit(tx, user.id, 'otherMeeting.added', input.programmeId, { otherMeetingId: row.id, ...fields })
    return fieldsOf(row)
  })
}

export async function updateOtherMeeting(db: Db, user: SessionUser, input: UpdateOtherMeetingInput): Promise<StoredOtherMeeting> {
  const fields = checked(input)
  return db.$transaction(async (tx) => {
    await openProgramme(tx, user, input.programmeId)
    const before = await current(tx, input.programmeId, input.id, input.previous)
    // The guard repeats the comparison in the write itself, so a change in between is not overwritten.
    const { count } = await tx.otherMeeting.updateMany({ where: { id: before.id, name: before.name, start: before.start, end: before.end }, data: fields })
    if (count === 0) await current(tx, input.programmeId, input.id, input.previous)
    await audit(tx, user.id, 'otherMeeting.changed', input.programmeId, { otherMeetingId: before.id, ...fields, before: { name: before.name, start: before.start, end: before.end } })
    return { id: before.id, ...fields }
  })
}

export async function removeOtherMeeting(db: Db, user: SessionUser, input: RemoveOtherMeetingInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await openProgramme(tx, user, input.programmeId)
    const before = await current(tx, input.programmeId, input.id, input.previous)
    const { count } = await tx.otherMeeting.deleteMany({ where: { id: before.id, name: before.name, start: before.start, end: before.end } })
    if (count === 0) await current(tx, input.programmeId, input.id, input.previous)
    await audit(tx, user.id, 'otherMeeting.removed', input.programmeId, { otherMeetingId: before.id, name: before.name, start: before.start, end: before.end })
    return { id: before.id }
  })
}

export async function listOtherMeetings(db: Db, programmeId: string): Promise<StoredOtherMeeting[]> {
  const rows = await db.otherMeeting.findMany({ where: { programmeId }, orderBy: [{ start: 'asc' }, { end: 'asc' }, { name: 'asc' }] })
  return rows.map(fieldsOf)
}
