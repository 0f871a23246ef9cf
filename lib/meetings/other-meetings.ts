// The meetings of other Conventions or activities (CCW, CCM, BWC ...) beside a year's programme:
// added, changed and removed by the ISU and the President while the programme is open, each a
// mutation of the one pipeline. A change names the values the user started from, so that two people
// changing one meeting cannot overwrite each other.
import 'server-only'
import { mutation } from '@/lib/actions'
import type { Db, Tx } from '@/lib/db'
import { Conflict, NotFound, Refusal } from '@/lib/failures'
import { isIsoDate, type IsoDate } from '@/lib/programme'
import { AddOtherMeetingSchema, MAX_OTHER_MEETING_NAME, RemoveOtherMeetingSchema, UpdateOtherMeetingSchema } from './other-meetings-schema'

export type OtherMeetingFields = { name: string; start: IsoDate; end: IsoDate }
export type StoredOtherMeeting = OtherMeetingFields & { id: string }

/** The fields as stored: a name of 1 to 300 characters, real dates, the end not before the start. */
function checked(fields: OtherMeetingFields): OtherMeetingFields {
  const name = fields.name.trim()
  if (!name) throw new Refusal('otherMeetingName')
  if ([...name].length > MAX_OTHER_MEETING_NAME) throw new Refusal('otherMeetingNameLong', { max: MAX_OTHER_MEETING_NAME })
  if (!isIsoDate(fields.start) || !isIsoDate(fields.end)) throw new Refusal('otherMeetingDates')
  if (fields.end < fields.start) throw new Refusal('otherMeetingOrder')
  return { name, start: fields.start, end: fields.end }
}

const same = (a: OtherMeetingFields, b: OtherMeetingFields) => a.name === b.name && a.start === b.start && a.end === b.end
const fieldsOf = (m: StoredOtherMeeting): StoredOtherMeeting => ({ id: m.id, name: m.name, start: m.start, end: m.end })

async function current(tx: Tx, programmeId: string, id: string, previous: OtherMeetingFields) {
  const row = await tx.otherMeeting.findFirst({ where: { id, programmeId } })
  if (!row) throw new NotFound('otherMeetingGone')
  if (!same(row, previous)) throw new Conflict(fieldsOf(row))
  return row
}

const onProgramme = { permission: 'otherMeeting.edit', programme: (_tx: Tx, input: { programmeId: string }) => input.programmeId } as const

export const addOtherMeeting = mutation({
  ...onProgramme,
  schema: AddOtherMeetingSchema,
  async run({ tx, programme, audit }, input): Promise<StoredOtherMeeting> {
    const fields = checked(input)
    const row = await tx.otherMeeting.create({ data: { programmeId: programme.id, ...fields } })
    await audit('otherMeeting.added', { otherMeetingId: row.id, ...fields })
    return fieldsOf(row)
  },
})

export const updateOtherMeeting = mutation({
  ...onProgramme,
  schema: UpdateOtherMeetingSchema,
  async run({ tx, programme, audit }, input): Promise<StoredOtherMeeting> {
    const fields = checked(input)
    const before = await current(tx, programme.id, input.id, input.previous)
    // The guard repeats the comparison in the write itself, so a change in between is not overwritten.
    const { count } = await tx.otherMeeting.updateMany({ where: { id: before.id, name: before.name, start: before.start, end: before.end }, data: fields })
    if (count === 0) await current(tx, programme.id, input.id, input.previous)
    await audit('otherMeeting.changed', { otherMeetingId: before.id, ...fields, before: { name: before.name, start: before.start, end: before.end } })
    return { id: before.id, ...fields }
  },
})

export const removeOtherMeeting = mutation({
  ...onProgramme,
  schema: RemoveOtherMeetingSchema,
  async run({ tx, programme, audit }, input): Promise<{ id: string }> {
    const before = await current(tx, programme.id, input.id, input.previous)
    const { count } = await tx.otherMeeting.deleteMany({ where: { id: before.id, name: before.name, start: before.start, end: before.end } })
    if (count === 0) await current(tx, programme.id, input.id, input.previous)
    await audit('otherMeeting.removed', { otherMeetingId: before.id, name: before.name, start: before.start, end: before.end })
    return { id: before.id }
  },
})

export async function listOtherMeetings(db: Db, programmeId: string): Promise<StoredOtherMeeting[]> {
  const rows = await db.otherMeeting.findMany({ where: { programmeId }, orderBy: [{ start: 'asc' }, { end: 'asc' }, { name: 'asc' }] })
  return rows.map(fieldsOf)
}
